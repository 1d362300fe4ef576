package org.dualuse.lists.source;

import static org.dualuse.lists.source.PrintedIndentation.ENTRY_COLUMN;
import static org.dualuse.lists.source.PrintedIndentation.SLACK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;

/**
 * Reads the printed layout of Annex I, line by line, into provisions and documents.
 *
 * <p>The rules, in the order they are tried on each body line:
 *
 * <ol>
 *   <li>A "{@code 3A001.a. continued}" line repeats where the text stands after a page break: it is
 *       dropped, and its code only narrows the choice of the next item's place.
 *   <li>Headings (large or bold) open documents: the general notes, the NTN, GTN, NSN, GSN and GISN,
 *       the acronyms, the definitions; {@code CATEGORY n} and {@code 3A Systems ...} open category
 *       and section notes, which run until the first entry; a centred bold heading inside a category
 *       opens a category note (tables, the technical note on "APP"). The heading of the list of 2020 changes
 *       ends the annex: nothing after it becomes an item.
 *   <li>An entry code at the left margin ({@code 3A001 Electronic items ...}) opens an entry.
 *   <li>A note label ({@code Note:}, {@code Note 2:}, {@code Technical Notes:}, {@code N.B.}, ...)
 *       opens a note. It belongs to the item one level above its indentation (notes are set one
 *       level deeper than the item they qualify), never deeper than the item it follows. A label
 *       indented below the label of an open note is part of that note.
 *   <li>An item marker ({@code a.}, {@code 12.}) opens an item. The printed text gives only the last
 *       segment; the full code comes from the order of markers: the marker either opens the first
 *       child of the current item ({@code a.} or {@code 1.}) or follows an item on the current path
 *       ({@code c.} after {@code b.}). When several places fit, the one whose earlier markers stood
 *       nearest to this marker's indentation wins; a marker out of sequence is placed by its
 *       indentation alone; a marker printed without its full stop counts when it continues a list
 *       exactly. Inside a note, a marker in italics, indented deeper than the note's label, or
 *       opening a new list that the item before the note did not announce ("... as follows:") is
 *       part of the note (notes have their own lists). A list printed inside an item's line
 *       ({@code 1. a. ...; b. ...}) stays the item's text, as the consolidated text keeps it; an
 *       entry whose line starts with {@code a.} keeps its line and gets the item {@code .a}.
 *   <li>Anything else continues the provision or paragraph above; wrapped lines are joined with one
 *       space (without one after a hyphen that ends a word).
 * </ol>
 *
 * <p>The stages have classes of their own: {@link AnnexHeadings} knows the headings and the part of
 * the annex the reader is in, {@link PrintedDocuments} collects the documents' paragraphs, and
 * {@link EntryPath} places item markers and notes in the open entry. This class decides, line by
 * line, which of them a line goes to and collects the provisions.
 *
 * <p>Not thread-safe: one instance per document read.
 */
final class PrintedAnnexLayout {
  /** An entry code at the start of a line ({@code 3A001 Electronic items ...}), its heading after it. */
  static final Pattern ENTRY = Pattern.compile("^(\\d)([A-E])(\\d{3})(?:\\s+(.*)|$)");
  private static final Pattern NOTE_LABEL = Pattern.compile(
      "^(?:(Technical\\s+[Nn]otes?)\\s*(\\d+)?\\s*:"
          + "|(Notes?)\\s*(\\d+)?\\s*:"
          + "|(Note to the [^:]{1,60}):"
          + "|(N\\.\\s?B\\.)\\s*(\\d+)?\\s*[.:]?)\\s*");

  private final String source;
  private final List<Provision> provisions = new ArrayList<>(5000);
  private final AnnexHeadings headings = new AnnexHeadings();
  private final PrintedDocuments documents;
  private final EntryPath entryPath = new EntryPath();
  private PdfLine lastLine;
  /** The last marker of a list printed inside the open item's text, or null. */
  private String inlineSegment;
  /** The last item announced a list ("... as follows:") and none of its items has come yet. */
  private boolean awaitingChildren;

  // the provision being collected
  private String openCode;
  private ProvisionKind openKind;
  private StringBuilder openText;
  private int openPosition;
  private float openLabelX;

  PrintedAnnexLayout(String source) {
    this.source = source;
    this.documents = new PrintedDocuments(source);
  }

  List<Provision> provisions() {
    return provisions;
  }

  List<ListDocument> documents() {
    return documents.documents();
  }

  /** Reads all lines; afterwards {@link #provisions()} and {@link #documents()} hold the result. */
  void read(List<PdfLine> lines) {
    for (PdfLine line : lines) {
      if (headings.ended()) {
        break;
      }
      accept(line, line.text().replaceAll("\\s+", " ").strip());
      lastLine = line;
    }
    finishProvision();
    documents.finish();
    checkComplete();
  }

  private void accept(PdfLine line, String text) {
    if (entryPath.isContinued(line, text)) {
      return;
    }
    Optional<AnnexHeadings.Heading> heading = headings.read(line, text);
    if (heading.isPresent()) {
      finishProvision();
      if (heading.get() instanceof AnnexHeadings.DocumentHeading opened) {
        entryPath.leave();
        documents.start(opened);
      } else {
        documents.finish();
      }
      return;
    }
    if (headings.beforeFrontMatter()) {
      return;
    }
    if (headings.inCategories() && line.x() < ENTRY_COLUMN && !line.italic()) {
      Matcher e = ENTRY.matcher(text);
      if (e.matches()) {
        openEntry(line, e);
        return;
      }
    }
    Matcher label = NOTE_LABEL.matcher(text);
    boolean isLabel = label.lookingAt() && (line.italic() || text.contains(":") || text.startsWith("N.B"));
    if (entryPath.entry() == null) {
      documents.line(line, text, isLabel);
      return;
    }
    if (isLabel && openKind != null && openKind != ProvisionKind.ITEM && line.x() > openLabelX + SLACK) {
      // a note inside a note ("Technical Note" to paragraph 2.c of a Technical Note) is part of it
      append(text);
      return;
    }
    if (isLabel) {
      openNote(line, text, label);
      return;
    }
    Optional<ItemMarker> marker = ItemMarker.at(text).or(() -> entryPath.markerWithoutStop(line, text));
    if (marker.isPresent() && inlineSegment != null && openKind == ProvisionKind.ITEM
        && marker.get().sameKindAs(inlineSegment) && marker.get().follows(inlineSegment)) {
      inlineSegment = marker.get().segment();
      append(text);
      return;
    }
    if (marker.isPresent() && isItemLine(line, marker.get())) {
      Optional<List<String>> place = entryPath.place(line, marker.get());
      if (place.isPresent()) {
        openItem(line, place.get(), marker.get());
        return;
      }
    }
    append(text);
  }

  // ---- entries, items and notes

  private void openEntry(PdfLine line, Matcher m) {
    finishProvision();
    documents.finish();
    ControlCode code = ControlCode.parse(m.group(1) + m.group(2) + m.group(3));
    Category category = headings.category();
    if (category == null || code.category() != category) {
      throw new ControlListFormatException(source, line.position(), code.toString(),
          "entry of category " + code.category().digit() + " found under "
              + (category == null ? "no category heading" : "Category " + category.digit()) + " (" + line.where() + ")");
    }
    if (!entryPath.open(code)) {
      throw new ControlListFormatException(source, line.position(), code.toString(),
          "entry printed twice (" + line.where() + ")");
    }
    String text = m.group(4) == null ? "" : m.group(4);
    open(code.toString(), ProvisionKind.ITEM, text, line.position(), line.x());
    Optional<ItemMarker> first = ItemMarker.at(text).filter(ItemMarker::isFirst);
    if (first.isPresent()) {
      // "9E101 a. Technology ...": the entry has no heading of its own and its first item starts on
      // its line; the entry keeps the line as printed and the item gets its code
      openItem(line, List.of(first.get().segment()), first.get());
    }
  }

  private void openNote(PdfLine line, String text, Matcher label) {
    finishProvision();
    ProvisionKind kind;
    if (label.group(1) != null) {
      kind = ProvisionKind.TECHNICAL_NOTE;
    } else if (label.group(6) != null) {
      kind = ProvisionKind.NB;
    } else {
      kind = ProvisionKind.NOTE;
    }
    // finishing the provision above has settled whether it announced a list
    String code = entryPath.openNote(line.x(), awaitingChildren);
    open(code, kind, text, line.position(), line.x());
  }

  /**
   * An item marker inside a note belongs to the note when it is italic, when it opens a list (the
   * note's own list) other than the one the item before the note announced ("... as follows:"), or
   * when it is indented below the note's label.
   */
  private boolean isItemLine(PdfLine line, ItemMarker marker) {
    if (openKind == null || openKind == ProvisionKind.ITEM) {
      return true;
    }
    if (line.italic()) {
      return false;
    }
    if (marker.isFirst()) {
      // a new list inside a note is the note's own, unless the item before the note announced one
      return awaitingChildren;
    }
    return line.x() <= openLabelX + SLACK;
  }

  private void openItem(PdfLine line, List<String> place, ItemMarker marker) {
    finishProvision();
    String code = entryPath.openItem(place, line.x());
    open(code, ProvisionKind.ITEM, marker.text(), line.position(), line.x());
    // "1. a. Voltage rating ...; b. ...": a list printed inside the item's own text stays its text,
    // as the consolidated text keeps it
    inlineSegment = ItemMarker.at(marker.text()).filter(ItemMarker::isFirst).map(ItemMarker::segment).orElse(null);
  }

  // ---- the provision being collected

  private void open(String code, ProvisionKind kind, String text, int position, float x) {
    finishProvision();
    inlineSegment = null;
    openCode = code;
    openKind = kind;
    openText = new StringBuilder(text);
    openPosition = position;
    openLabelX = x;
  }

  private void append(String text) {
    if (openText != null) {
      WrappedLines.join(openText, text);
    } else {
      documents.line(lastLine, text, false);
    }
  }

  private void finishProvision() {
    if (openKind == ProvisionKind.ITEM) {
      String text = openText.toString().strip();
      awaitingChildren = text.endsWith(":");
    }
    if (openKind != null) {
      provisions.add(new Provision(openCode, openKind, openText.toString().strip(), openPosition));
    }
    openKind = null;
    openText = null;
    openCode = null;
  }

  private void checkComplete() {
    String last = lastLine == null ? "no text" : lastLine.where();
    if (provisions.isEmpty()) {
      throw new ControlListFormatException(source, lastLine == null ? 0 : lastLine.position(), null,
          "no entries found (read up to " + last + "); expected Categories 0 to 9 of Annex I");
    }
    for (int digit = 0; digit <= 9; digit++) {
      if (!headings.sawCategory(digit)) {
        ControlCode entry = entryPath.entry();
        throw new ControlListFormatException(source, lastLine.position(), entry == null ? null : entry.toString(),
            "the text ends at " + last + " without Category " + digit + "; the file is truncated or not Annex I");
      }
    }
    ControlCode lastEntry = ControlCode.parse(provisions.get(provisions.size() - 1).code()).entry();
    if (lastEntry.category() != Category.of(9) || lastEntry.group() != ProductGroup.E) {
      throw new ControlListFormatException(source, lastLine.position(), lastEntry.toString(),
          "the text ends at " + last + " in " + lastEntry + "; expected it to run to the end of section 9E");
    }
  }
}
