package org.dualuse.lists.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.parse.ControlListFormatException;

/**
 * The documents of the printed annex (the general notes, the NTN, GTN, NSN, GSN and GISN, the
 * acronyms, the definitions, the category and section notes), collected paragraph by paragraph
 * from their lines.
 *
 * <p>A line starts a paragraph when it is the document's first, a note label, an item marker, or
 * stands at the document's left margin after a line that ended a sentence and does not start in
 * lower case. In the definitions, each definition starts a paragraph; the margin rule holds only
 * for the preamble before the first definition, since a definition's wrapped lines return to the
 * margin too.
 *
 * <p>Not thread-safe: one instance per document read.
 */
final class PrintedDocuments {
  private static final Pattern CRYPTOGRAPHY_NOTE = Pattern.compile("(?m)^Note \\d+:\\s*Cryptography Note\\b");
  private static final Pattern DEFINITION = Pattern.compile(
      "^[\"“][^\"”]+[\"”][^\"“(]*(?:\\([^()]*\\)\\s*)*?\\(\\s*(?:\\d|GTN|NTN|GSN|GISN|All|def)[\\s\\d,]*(?:\\s(?:\\d|GTN|NTN|GSN|GISN|All|def)\\s*)*\\)");

  private final String source;
  private final List<ListDocument> documents = new ArrayList<>();

  // the document being collected
  private DocumentKind kind;
  private String title;
  private final List<StringBuilder> paragraphs = new ArrayList<>();
  private float margin;
  private boolean definitionSeen;
  private Category category;
  private ProductGroup group;

  /** @param source the name of the file read, for errors */
  PrintedDocuments(String source) {
    this.source = source;
  }

  /** The finished documents, in the order they were printed. */
  List<ListDocument> documents() {
    return documents;
  }

  /** Finishes the open document and opens another. */
  void start(AnnexHeadings.DocumentHeading heading) {
    finish();
    kind = heading.kind();
    title = heading.title().strip();
    margin = Float.MAX_VALUE;
    category = heading.category();
    group = heading.group();
  }

  /**
   * Adds a line to the open document.
   *
   * @param isLabel the line starts with a note label
   * @throws ControlListFormatException when no document is open: the text stands before any heading
   */
  void line(PdfLine line, String text, boolean isLabel) {
    if (kind == null) {
      throw new ControlListFormatException(source, line.position(), null,
          "text outside any entry or document at " + line.where() + ": '" + text
              + "'; expected a heading, an entry code or a note before it");
    }
    margin = Math.min(margin, line.x());
    boolean starts;
    if (kind == DocumentKind.DEFINITIONS) {
      boolean definition = DEFINITION.matcher(text).find();
      // before the first definition the preamble's sentences are paragraphs of their own
      starts = paragraphs.isEmpty() || isLabel || definition || ItemMarker.at(text).isPresent()
          || !definitionSeen && line.x() <= margin + 1 && endsSentence() && !startsLower(text);
      definitionSeen |= definition;
    } else {
      starts = paragraphs.isEmpty() || isLabel || ItemMarker.at(text).isPresent()
          || line.x() <= margin + 1 && endsSentence() && !startsLower(text);
    }
    if (starts) {
      paragraphs.add(new StringBuilder(text));
    } else {
      WrappedLines.join(paragraphs.get(paragraphs.size() - 1), text);
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

  /** Finishes the open document, if any; a heading with no text under it makes no document. */
  void finish() {
    if (kind != null && !paragraphs.isEmpty()) {
      StringBuilder text = new StringBuilder();
      for (StringBuilder p : paragraphs) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(p);
      }
      Optional<Category> cat = Optional.ofNullable(category);
      Optional<ProductGroup> grp = Optional.ofNullable(group);
      Matcher crypto = CRYPTOGRAPHY_NOTE.matcher(text);
      if (kind == DocumentKind.SECTION_NOTE && crypto.find()) {
        // Note 3 of Category 5 Part 2 is the Cryptography Note: a document of its own, as in the consolidated text
        String before = text.substring(0, crypto.start()).strip();
        if (!before.isEmpty()) {
          documents.add(new ListDocument(kind, title, before, cat, grp));
        }
        documents.add(new ListDocument(DocumentKind.CRYPTOGRAPHY_NOTE, "Cryptography Note",
            text.substring(crypto.start()).strip(), cat, grp));
      } else {
        documents.add(new ListDocument(kind, title, text.toString(), cat, grp));
      }
    }
    kind = null;
    paragraphs.clear();
  }
}
