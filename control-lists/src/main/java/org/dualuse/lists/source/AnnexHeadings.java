package org.dualuse.lists.source;

import static org.dualuse.lists.source.PrintedIndentation.ENTRY_COLUMN;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.DocumentKind;

/**
 * The headings of the printed annex, and the part of the annex they leave the reader in: before the
 * general notes, among the front documents, in Categories 0 to 9, or past the end. Headings are set
 * large or bold; a line of dots marks the table of contents, whose lines look like headings but
 * open nothing. Which headings count depends on the part: category and section headings only
 * after the front matter has begun, part and section headings only inside a category.
 *
 * <p>Not thread-safe: one instance per document read.
 */
final class AnnexHeadings {
  private static final Pattern CATEGORY = Pattern.compile("^CATEGORY\\s+(\\d)\\b");
  private static final Pattern PART = Pattern.compile("^Part\\s+(\\d)\\s*[-–]");
  private static final Pattern SECTION = Pattern.compile("^(\\d)([A-E])(\\d?)\\s+[A-Z]");
  private static final Pattern END = Pattern.compile("^\\d{4}\\s+Update of the EU Control List", Pattern.CASE_INSENSITIVE);
  /** A heading has words, not just a stray bold colon. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{3,}");

  /** What a heading line does: it ends the annex, or opens a document. */
  sealed interface Heading permits EndOfAnnex, DocumentHeading {}

  /** The heading of the list of changes that follows the annex: nothing after it is an item. */
  record EndOfAnnex() implements Heading {}

  /**
   * A heading that opens a document: one of the front documents, or the notes of a category or
   * of a section, which run until the first entry.
   *
   * @param category the category the notes belong to, null for a front document
   * @param group the section's product group, null unless a section heading opened the notes
   */
  record DocumentHeading(DocumentKind kind, String title, Category category, ProductGroup group)
      implements Heading {}

  private enum Part { FRONT, DOCUMENT, CATEGORY, END }

  private Part part = Part.FRONT;
  private final Set<Integer> categoriesSeen = new HashSet<>();
  private Category category;

  /** True before the first front document: the cover and the table of contents hold no text to read. */
  boolean beforeFrontMatter() {
    return part == Part.FRONT;
  }

  /** True once a category heading has been read: entries may follow. */
  boolean inCategories() {
    return part == Part.CATEGORY;
  }

  /** True after the heading that ends the annex. */
  boolean ended() {
    return part == Part.END;
  }

  /** The category of the last category heading, or null before the first. */
  Category category() {
    return category;
  }

  /** True when the heading of Category {@code digit} has been read. */
  boolean sawCategory(int digit) {
    return categoriesSeen.contains(digit);
  }

  /** The heading this line is, if it is one; reading it moves the reader to the part it opens. */
  Optional<Heading> read(PdfLine line, String text) {
    boolean prominent = line.fontSize() >= 11 || line.bold();
    if (!prominent || text.contains("....")) {
      return Optional.empty();
    }
    if (END.matcher(text).find()) {
      part = Part.END;
      return Optional.of(new EndOfAnnex());
    }
    Optional<DocumentKind> front = frontDocument(text);
    if (front.isPresent() && part != Part.CATEGORY) {
      part = Part.DOCUMENT;
      return Optional.of(new DocumentHeading(front.get(), text, null, null));
    }
    if (part == Part.FRONT) {
      return Optional.empty();
    }
    Matcher c = CATEGORY.matcher(text);
    if (c.find() && line.x() < ENTRY_COLUMN) {
      int digit = c.group(1).charAt(0) - '0';
      category = Category.of(digit);
      categoriesSeen.add(digit);
      part = Part.CATEGORY;
      return Optional.of(new DocumentHeading(DocumentKind.CATEGORY_NOTE, "Category " + digit + " — " + text + " — notes",
          category, null));
    }
    if (part != Part.CATEGORY) {
      return Optional.empty();
    }
    Matcher p = PART.matcher(text);
    if (p.find() && line.x() < ENTRY_COLUMN) {
      return Optional.of(categoryNotes(DocumentKind.SECTION_NOTE, text, null));
    }
    Matcher s = SECTION.matcher(text);
    if (s.find() && (line.x() < ENTRY_COLUMN || line.bold()) && !PrintedAnnexLayout.ENTRY.matcher(text).find()
        && s.group(1).charAt(0) - '0' == category.digit()) {
      ProductGroup group = ProductGroup.of(s.group(2).charAt(0)).orElseThrow();
      return Optional.of(categoryNotes(DocumentKind.SECTION_NOTE, text, group));
    }
    if (line.bold() && line.x() > ENTRY_COLUMN && ItemMarker.at(text).isEmpty() && WORDS.matcher(text).find()) {
      // a centred bold heading inside a category ("TABLE - DEPOSITION TECHNIQUES", "TECHNICAL NOTE
      // ON "ADJUSTED PEAK PERFORMANCE"") heads text that belongs to the category, not to an entry
      return Optional.of(categoryNotes(DocumentKind.CATEGORY_NOTE, text, null));
    }
    return Optional.empty();
  }

  private DocumentHeading categoryNotes(DocumentKind kind, String text, ProductGroup group) {
    return new DocumentHeading(kind, "Category " + category.digit() + " — " + text + " — notes", category, group);
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
}
