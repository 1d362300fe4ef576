package org.dualuse.lists.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.DocumentKind;
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
 * <p>Not thread-safe: one instance per document read.
 */
final class PrintedAnnexLayout {

  /** Indentation step of the printed list: one centimetre. */
  private static final float STEP = 28.35f;
  /** Where first-level items of an entry usually start. */
  private static final float FIRST_LEVEL_X = 113.3f;
  /** Entry codes stand at the left margin (70.8 pt); anything right of this is indented text. */
  private static final float ENTRY_COLUMN = 100f;
  /** Tolerance when comparing indentations. */
  private static final float SLACK = 5f;

  private static final Pattern CONTINUED =
      Pattern.compile("^(\\d[A-E]\\d{3}(?:\\.[a-z0-9]{1,3})*\\.?|Note\\s+\\d+|.{1,40}?)\\s+continued\\.?$");
  private static final Pattern ENTRY = Pattern.compile("^(\\d)([A-E])(\\d{3})(?:\\s+(.*)|$)");
  private static final Pattern MARKER_WITHOUT_STOP = Pattern.compile("^([1-9]\\d?|[a-z]) ([A-Z\"'].*)");
  private static final Pattern CATEGORY = Pattern.compile("^CATEGORY\\s+(\\d)\\b");
  private static final Pattern PART = Pattern.compile("^Part\\s+(\\d)\\s*[-–]");
  private static final Pattern SECTION = Pattern.compile("^(\\d)([A-E])(\\d?)\\s+[A-Z]");
  private static final Pattern END = Pattern.compile("^\\d{4}\\s+Update of the EU Control List", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTE_LABEL = Pattern.compile(
      "^(?:(Technical\\s+[Nn]otes?)\\s*(\\d+)?\\s*:"
          + "|(Notes?)\\s*(\\d+)?\\s*:"
          + "|(Note to the [^:]{1,60}):"
          + "|(N\\.\\s?B\\.)\\s*(\\d+)?\\s*[.:]?)\\s*");
  /** A heading has words, not just a stray bold colon. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{3,}");
  private static final Pattern CRYPTOGRAPHY_NOTE = Pattern.compile("(?m)^Note \\d+:\\s*Cryptography Note\\b");
  private static final Pattern DEFINITION = Pattern.compile(
      "^[\"“][^\"”]+[\"”][^\"“(]*(?:\\([^()]*\\)\\s*)*?\\(\\s*(?:\\d|GTN|NTN|GSN|GISN|All|def)[\\s\\d,]*(?:\\s(?:\\d|GTN|NTN|GSN|GISN|All|def)\\s*)*\\)");

  private enum Mode { FRONT, DOCUMENT, CATEGORY, END }

  private final String source;
  private final List<Provision> provisions = new ArrayList<>(5000);
  private final List<ListDocument> documents = new ArrayList<>();
  private final Set<String> codes = new HashSet<>();

  private Mode mode = Mode.FRONT;
  private final Set<Integer> categoriesSeen = new HashSet<>();
  private Category category;

  // the document being collected
  private DocumentKind docKind;
  private String docTitle;
  private final List<StringBuilder> paragraphs = new ArrayList<>();
  private float docMargin;
  private boolean definitionSeen;
  private Category docCategory;
  private ProductGroup docGroup;

  // the entry being read
  private ControlCode entry;
  private final List<String> path = new ArrayList<>();
  private final Map<Integer, Float> depthX = new HashMap<>();
  private ControlCode continuedHint;
  private PdfLine lastLine;
  private int outOfSequence;
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
  }

  List<Provision> provisions() {
    return provisions;
  }

  List<ListDocument> documents() {
    return documents;
  }

  /** Reads all lines; afterwards {@link #provisions()} and {@link #documents()} hold the result. */
  void read(List<PdfLine> lines) {
    for (PdfLine line : lines) {
      if (mode == Mode.END) {
        break;
      }
      accept(line, line.text().replaceAll("\\s+", " ").strip());
      lastLine = line;
    }
    finishProvision();
    finishDocument();
    checkComplete();
  }

  private void accept(PdfLine line, String text) {
    if (isContinued(line, text)) {
      return;
    }
    if (heading(line, text)) {
      return;
    }
    if (mode == Mode.FRONT) {
      return;
    }
    if (mode == Mode.CATEGORY && line.x() < ENTRY_COLUMN && !line.italic()) {
      Matcher e = ENTRY.matcher(text);
      if (e.matches()) {
        openEntry(line, e);
        return;
      }
    }
    Matcher label = NOTE_LABEL.matcher(text);
    boolean isLabel = label.lookingAt() && (line.italic() || text.contains(":") || text.startsWith("N.B"));
    if (entry == null) {
      documentLine(line, text, isLabel);
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
    Optional<ItemMarker> marker = ItemMarker.at(text).or(() -> markerWithoutStop(line, text));
    if (marker.isPresent() && inlineSegment != null && openKind == ProvisionKind.ITEM
        && marker.get().sameKindAs(inlineSegment) && marker.get().follows(inlineSegment)) {
      inlineSegment = marker.get().segment();
      append(text);
      return;
    }
    if (marker.isPresent() && isItemLine(line, marker.get())) {
      Optional<List<String>> place = place(line, marker.get());
      if (place.isPresent()) {
        openItem(line, place.get(), marker.get());
        return;
      }
    }
    append(text);
  }

  // ---- page-flow artefacts and headings

  private boolean isContinued(PdfLine line, String text) {
    if (line.x() > ENTRY_COLUMN || !text.endsWith("continued") && !text.endsWith("continued.")) {
      return false;
    }
    Matcher m = CONTINUED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    continuedHint = ControlCode.tryParse(m.group(1)).orElse(null);
    return true;
  }

  private boolean heading(PdfLine line, String text) {
    boolean prominent = line.fontSize() >= 11 || line.bold();
    if (!prominent || text.contains("....")) {
      return false;
    }
    if (END.matcher(text).find()) {
      finishProvision();
      finishDocument();
      mode = Mode.END;
      return true;
    }
    Optional<DocumentKind> front = frontDocument(text);
    if (front.isPresent() && mode != Mode.CATEGORY) {
      startDocument(front.get(), text, null, null);
      mode = Mode.DOCUMENT;
      return true;
    }
    if (mode == Mode.FRONT) {
      return false;
    }
    Matcher c = CATEGORY.matcher(text);
    if (c.find() && line.x() < ENTRY_COLUMN) {
      int digit = c.group(1).charAt(0) - '0';
      category = Category.of(digit);
      categoriesSeen.add(digit);
      mode = Mode.CATEGORY;
      startDocument(DocumentKind.CATEGORY_NOTE, "Category " + digit + " — " + text + " — notes", category, null);
      return true;
    }
    if (mode != Mode.CATEGORY) {
      return false;
    }
    Matcher p = PART.matcher(text);
    if (p.find() && line.x() < ENTRY_COLUMN) {
      startDocument(DocumentKind.SECTION_NOTE, "Category " + category.digit() + " — " + text + " — notes",
          category, null);
      return true;
    }
    Matcher s = SECTION.matcher(text);
    if (s.find() && (line.x() < ENTRY_COLUMN || line.bold()) && !ENTRY.matcher(text).find()
        && s.group(1).charAt(0) - '0' == category.digit()) {
      ProductGroup group = ProductGroup.of(s.group(2).charAt(0)).orElseThrow();
      startDocument(DocumentKind.SECTION_NOTE, "Category " + category.digit() + " — " + text + " — notes",
          category, group);
      return true;
    }
    if (line.bold() && line.x() > ENTRY_COLUMN && ItemMarker.at(text).isEmpty() && WORDS.matcher(text).find()) {
      // a centred bold heading inside a category ("TABLE - DEPOSITION TECHNIQUES", "TECHNICAL NOTE
      // ON "ADJUSTED PEAK PERFORMANCE"") heads text that belongs to the category, not to an entry
      startDocument(DocumentKind.CATEGORY_NOTE, "Category " + category.digit() + " — " + text + " — notes",
          category, null);
      return true;
    }
    return false;
  }

  private static Optional<DocumentKind> frontDocument(String text) {
    if (text.startsWith("GENERAL NOTES TO ANNEX")) {
      return Optional.of(DocumentKind.GENERAL_NOTES);
    } else if (text.startsWith("NUCLEAR TECHNOLOGY NOTE")) {
      return Optional.of(DocumentKind.NUCLEAR_TECHNOLOGY_NOTE);
    } else if (text.startsWith("GENERAL TECHNOLOGY NOTE")) {
      return Optional.of(DocumentKind.GENERAL_TECHNOLOGY_NOTE);
    } else if (text.startsWith("NUCLEAR SOFTWARE NOTE")) {
      return Optional.of(DocumentKind.NUCLEAR_SOFTWARE_NOTE);
    } else if (text.startsWith("GENERAL SOFTWARE NOTE")) {
      return Optional.of(DocumentKind.GENERAL_SOFTWARE_NOTE);
    } else if (text.startsWith("GENERAL \"INFORMATION SECURITY\" NOTE")
        || text.startsWith("GENERAL “INFORMATION SECURITY” NOTE")) {
      return Optional.of(DocumentKind.INFORMATION_SECURITY_NOTE);
    } else if (text.startsWith("ACRONYMS AND ABBREVIATIONS USED IN THIS ANNEX")) {
      return Optional.of(DocumentKind.ACRONYMS);
    } else if (text.startsWith("DEFINITIONS OF TERMS USED IN THIS ANNEX")) {
      return Optional.of(DocumentKind.DEFINITIONS);
    }
    return Optional.empty();
  }

  // ---- documents

  private void startDocument(DocumentKind kind, String title, Category cat, ProductGroup grp) {
    finishProvision();
    finishDocument();
    entry = null;
    docKind = kind;
    docTitle = title.strip();
    docMargin = Float.MAX_VALUE;
    docCategory = cat;
    docGroup = grp;
  }

  private void documentLine(PdfLine line, String text, boolean isLabel) {
    if (docKind == null) {
      throw new ControlListFormatException(source, line.position(), null,
          "text outside any entry or document at " + line.where() + ": '" + text
              + "'; expected a heading, an entry code or a note before it");
    }
    docMargin = Math.min(docMargin, line.x());
    boolean starts;
    if (docKind == DocumentKind.DEFINITIONS) {
      boolean definition = DEFINITION.matcher(text).find();
      // before the first definition the preamble's sentences are paragraphs of their own
      starts = paragraphs.isEmpty() || isLabel || definition || ItemMarker.at(text).isPresent()
          || !definitionSeen && line.x() <= docMargin + 1 && endsSentence() && !startsLower(text);
      definitionSeen |= definition;
    } else {
      starts = paragraphs.isEmpty() || isLabel || ItemMarker.at(text).isPresent()
          || line.x() <= docMargin + 1 && endsSentence() && !startsLower(text);
    }
    if (starts) {
      paragraphs.add(new StringBuilder(text));
    } else {
      join(paragraphs.get(paragraphs.size() - 1), text);
    }
  }

  private boolean endsSentence() {
    if (paragraphs.isEmpty()) {
      return true;
    }
    StringBuilder last = paragraphs.get(paragraphs.size() - 1);
    char c = last.charAt(last.length() - 1);
    return c == '.' || c == ':' || c == ';';
  }

  private static boolean startsLower(String text) {
    return Character.isLowerCase(text.charAt(0));
  }

  private void finishDocument() {
    if (docKind != null && !paragraphs.isEmpty()) {
      StringBuilder text = new StringBuilder();
      for (StringBuilder p : paragraphs) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(p);
      }
      Optional<Category> cat = Optional.ofNullable(docCategory);
      Optional<ProductGroup> grp = Optional.ofNullable(docGroup);
      Matcher crypto = CRYPTOGRAPHY_NOTE.matcher(text);
      if (docKind == DocumentKind.SECTION_NOTE && crypto.find()) {
        // Note 3 of Category 5 Part 2 is the Cryptography Note: a document of its own, as in the consolidated text
        String before = text.substring(0, crypto.start()).strip();
        if (!before.isEmpty()) {
          documents.add(new ListDocument(docKind, docTitle, before, cat, grp));
        }
        documents.add(new ListDocument(DocumentKind.CRYPTOGRAPHY_NOTE, "Cryptography Note",
            text.substring(crypto.start()).strip(), cat, grp));
      } else {
        documents.add(new ListDocument(docKind, docTitle, text.toString(), cat, grp));
      }
    }
    docKind = null;
    paragraphs.clear();
  }

  // ---- entries, items and notes

  private void openEntry(PdfLine line, Matcher m) {
    finishProvision();
    finishDocument();
    ControlCode code = ControlCode.parse(m.group(1) + m.group(2) + m.group(3));
    if (category == null || code.category() != category) {
      throw new ControlListFormatException(source, line.position(), code.toString(),
          "entry of category " + code.category().digit() + " found under "
              + (category == null ? "no category heading" : "Category " + category.digit()) + " (" + line.where() + ")");
    }
    entry = code;
    path.clear();
    depthX.clear();
    continuedHint = null;
    if (!codes.add(code.toString())) {
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
    int owner = Math.max(0, Math.min(depthAt(line.x()) - 1, path.size()));
    if (awaitingChildren && Math.abs(expectedX(path.size()) - line.x()) <= SLACK) {
      // a note between "... as follows:" and the first item of that list, set level with the item
      owner = path.size();
    }
    String code = codeOf(path.subList(0, owner));
    continuedHint = null;
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

  private Optional<List<String>> place(PdfLine line, ItemMarker marker) {
    List<List<String>> candidates = new ArrayList<>();
    for (int d = 1; d <= path.size(); d++) {
      String current = path.get(d - 1);
      if (marker.sameKindAs(current) && marker.follows(current)) {
        List<String> p = new ArrayList<>(path.subList(0, d - 1));
        p.add(marker.segment());
        candidates.add(p);
      }
    }
    if (marker.isFirst()) {
      List<String> p = new ArrayList<>(path);
      p.add(marker.segment());
      candidates.add(p);
    }
    candidates.removeIf(p -> codes.contains(codeOf(p)));
    if (candidates.isEmpty()) {
      return placeByIndentation(line, marker);
    }
    candidates.sort(java.util.Comparator.comparingDouble(p -> Math.abs(expectedX(p.size()) - line.x())));
    List<String> best = candidates.get(0);
    if (continuedHint != null && candidates.size() > 1) {
      // indentation decides; the "continued" line only breaks a near tie
      float bestDistance = Math.abs(expectedX(best.size()) - line.x());
      for (List<String> p : candidates) {
        boolean near = Math.abs(expectedX(p.size()) - line.x()) - bestDistance < SLACK;
        if (near && continuedHint.isPrefixOf(codeFor(p)) && !continuedHint.equals(codeFor(p))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.of(best);
  }

  /**
   * A marker out of sequence (the printed list skips or repeats a number) is placed by its
   * indentation alone, when that matches a level of the same kind of marker.
   */
  private Optional<List<String>> placeByIndentation(PdfLine line, ItemMarker marker) {
    int d = depthAt(line.x());
    boolean kindFits = d == path.size() + 1 || marker.sameKindAs(path.get(d - 1));
    List<String> p = new ArrayList<>(path.subList(0, d - 1));
    p.add(marker.segment());
    if (!kindFits || Math.abs(expectedX(d) - line.x()) > SLACK || codes.contains(codeOf(p))) {
      return Optional.empty();
    }
    outOfSequence++;
    return Optional.of(p);
  }

  /**
   * A marker printed without its full stop ("12 Clostridium ...", "f Mobile ...") that continues a
   * list exactly, at that list's indentation.
   */
  private Optional<ItemMarker> markerWithoutStop(PdfLine line, String text) {
    Matcher m = MARKER_WITHOUT_STOP.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (int d = 1; d <= path.size(); d++) {
      String current = path.get(d - 1);
      if (m.group(1).equals(ItemMarker.successor(current))
          && Math.abs(expectedX(d) - line.x()) <= SLACK) {
        return Optional.of(new ItemMarker(m.group(1), m.group(2)));
      }
    }
    return Optional.empty();
  }

  private ControlCode codeFor(List<String> segments) {
    ControlCode c = entry;
    for (String s : segments) {
      c = c.child(s);
    }
    return c;
  }

  private void openItem(PdfLine line, List<String> place, ItemMarker marker) {
    finishProvision();
    path.clear();
    path.addAll(place);
    depthX.put(place.size(), line.x());
    continuedHint = null;
    String code = codeOf(path);
    codes.add(code);
    open(code, ProvisionKind.ITEM, marker.text(), line.position(), line.x());
    // "1. a. Voltage rating ...; b. ...": a list printed inside the item's own text stays its text,
    // as the consolidated text keeps it
    inlineSegment = ItemMarker.at(marker.text()).filter(ItemMarker::isFirst).map(ItemMarker::segment).orElse(null);
  }

  /** The depth whose items stand nearest to this indentation. */
  private int depthAt(float x) {
    int best = 1;
    float bestDistance = Float.MAX_VALUE;
    for (int d = 1; d <= path.size() + 1; d++) {
      float distance = Math.abs(expectedX(d) - x);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  private float expectedX(int depth) {
    Float seen = depthX.get(depth);
    if (seen != null) {
      return seen;
    }
    Float first = depthX.get(1);
    return (first == null ? FIRST_LEVEL_X : first) + STEP * (depth - 1);
  }

  private String codeOf(List<String> segments) {
    return segments.isEmpty() ? entry.toString() : entry + "." + String.join(".", segments);
  }

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
      join(openText, text);
    } else {
      documentLine(lastLine, text, false);
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

  /** Joins a wrapped line: one space, none after a word-final hyphen ("post-" + "quantum"). */
  private static void join(StringBuilder to, String text) {
    int n = to.length();
    if (n == 0) {
      to.append(text);
      return;
    }
    boolean hyphen = n > 1 && to.charAt(n - 1) == '-' && Character.isLetter(to.charAt(n - 2))
        && Character.isLowerCase(text.charAt(0));
    if (!hyphen) {
      to.append(' ');
    }
    to.append(text);
  }

  private void checkComplete() {
    String last = lastLine == null ? "no text" : lastLine.where();
    if (provisions.isEmpty()) {
      throw new ControlListFormatException(source, lastLine == null ? 0 : lastLine.position(), null,
          "no entries found (read up to " + last + "); expected Categories 0 to 9 of Annex I");
    }
    for (int digit = 0; digit <= 9; digit++) {
      if (!categoriesSeen.contains(digit)) {
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
