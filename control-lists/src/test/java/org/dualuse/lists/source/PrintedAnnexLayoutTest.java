package org.dualuse.lists.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;
import org.junit.jupiter.api.Test;

/** The layout rules on synthetic printed lines written in the annex's style. */
class PrintedAnnexLayoutTest {
  private static final float MARGIN = 70.8f;
  private static final float L1 = 113.3f;
  private static final float L2 = 141.6f;
  private static final float L3 = 170.1f;
  private static final float L4 = 198.4f;

  /** Builds pages of lines; y advances per line so that positions stay ordered. */
  private static final class Page {
    private final List<PdfLine> lines = new ArrayList<>();
    private int page = 1;
    private int number;

    Page text(float x, String text) {
      return add(x, 9, false, false, text);
    }

    Page italic(float x, String text) {
      return add(x, 9, true, false, text);
    }

    Page heading(String text) {
      return add(MARGIN, 14, false, false, text);
    }

    Page bold(String text) {
      return add(MARGIN, 9, false, true, text);
    }

    Page nextPage() {
      page++;
      number = 0;
      return this;
    }

    private Page add(float x, float size, boolean italic, boolean bold, String text) {
      number++;
      lines.add(new PdfLine(page, number, x, 60 + number * 12, size, italic, bold, text));
      return this;
    }

    /** The front matter and the empty categories 0 to 8 every complete annex has. */
    Page frontAndCategoriesZeroToEight() {
      heading("GENERAL NOTES TO ANNEX I");
      text(MARGIN, "1. Goods specified in this Annex include both new and used goods.");
      heading("DEFINITIONS OF TERMS USED IN THIS ANNEX");
      text(MARGIN, "Definitions of terms between \"double quotation marks\" are as follows:");
      text(MARGIN, "\"Widget\" (9) means a small device whose name is");
      text(MARGIN, "\"unknown\" to the speaker.");
      italic(L1, "N.B. See also \"gadget\".");
      text(MARGIN, "\"Gadget\" (1 9) means a widget with a purpose.");
      for (int c = 0; c <= 8; c++) {
        heading("CATEGORY " + c + " - NOTHING");
      }
      return this;
    }

    List<PdfLine> lines() {
      return lines;
    }
  }

  private static PrintedAnnexLayout read(Page page) {
    PrintedAnnexLayout layout = new PrintedAnnexLayout("synthetic.pdf");
    layout.read(page.lines());
    return layout;
  }

  private static Map<String, String> items(PrintedAnnexLayout layout) {
    return layout.provisions().stream().filter(p -> p.kind() == ProvisionKind.ITEM)
        .collect(Collectors.toMap(Provision::code, Provision::text, (a, b) -> a + " | " + b, java.util.LinkedHashMap::new));
  }

  private static Page widgets() {
    return new Page().frontAndCategoriesZeroToEight()
        .heading("CATEGORY 9 - AEROSPACE AND PROPULSION")
        .bold("9A Systems, Equipment and Components")
        .italic(L1, "Note: This section note applies to all widgets.")
        .text(MARGIN, "9A999 Widgets as follows:")
        .text(L1, "a. Widgets having an operating frequency exceeding 5 GHz;")
        .text(L1, "b. Gadgets having any of the following:")
        .text(L2, "1. A mass exceeding 10 kg; or")
        .text(L2, "2. A length exceeding 2 m, and having all of the")
        .text(L3, "following:")
        .text(L3, "a. Blue; and")
        .text(L3, "b. Green;")
        .nextPage()
        .text(MARGIN, "9A999.b. continued")
        .italic(L3, "Note: 9A999.b.2. does not control widgets as follows:")
        .italic(L4, "a. Toy widgets;")
        .italic(L4, "b. Widgets for post-")
        .italic(L4, "quantum cryptography.")
        .text(L2, "3 A width exceeding 1 m;")
        .text(L1, "c. Not used;")
        .text(L1, "d. Capacitors as follows:")
        .text(L2, "1. a. Voltage rating greater than 1,4 kV;")
        .text(L3, "b. Energy storage greater than 10 J;")
        .text(L2, "2. Other capacitors;")
        .italic(L1, "Technical Note:")
        .italic(L1, "'Widget' means a widget.")
        .bold("9E Technology")
        .text(MARGIN, "9E999 \"Technology\" for widgets specified in 9A999.")
        .heading("2020 UPDATE OF THE EU CONTROL LIST OF DUAL-USE ITEMS")
        .text(MARGIN, "9A998 Added in 2020: widgets;");
  }

  @Test
  void fullCodesAreRebuiltFromTheOrderAndIndentationOfTheMarkers() {
    Map<String, String> items = items(read(widgets()));
    assertEquals(List.of("9A999", "9A999.a", "9A999.b", "9A999.b.1", "9A999.b.2", "9A999.b.2.a", "9A999.b.2.b",
        "9A999.b.3", "9A999.c", "9A999.d", "9A999.d.1", "9A999.d.2", "9E999"), List.copyOf(items.keySet()));
    assertEquals("Widgets as follows:", items.get("9A999"));
  }

  @Test
  void wrappedLinesAreJoinedWithOneSpaceAndHyphenatedWordsWithout() {
    PrintedAnnexLayout layout = read(widgets());
    assertEquals("A length exceeding 2 m, and having all of the following:", items(layout).get("9A999.b.2"));
    String note = layout.provisions().stream().filter(p -> p.kind() == ProvisionKind.NOTE
        && p.code().equals("9A999.b.2")).findFirst().orElseThrow().text();
    assertTrue(note.endsWith("b. Widgets for post-quantum cryptography."), note);
  }

  @Test
  void aNoteBelongsToTheItemOneLevelAboveItsIndentationAndKeepsItsItalicList() {
    PrintedAnnexLayout layout = read(widgets());
    Provision note = layout.provisions().stream().filter(p -> p.kind() == ProvisionKind.NOTE).findFirst().orElseThrow();
    assertEquals("9A999.b.2", note.code());
    assertTrue(note.text().startsWith("Note: 9A999.b.2. does not control widgets as follows: a. Toy widgets;"), note.text());
    Provision technical = layout.provisions().stream().filter(p -> p.kind() == ProvisionKind.TECHNICAL_NOTE)
        .findFirst().orElseThrow();
    assertEquals("9A999", technical.code());
    assertEquals("Technical Note: 'Widget' means a widget.", technical.text());
  }

  @Test
  void aNumberPrintedWithoutItsFullStopStillContinuesItsList() {
    assertEquals("A width exceeding 1 m;", items(read(widgets())).get("9A999.b.3"));
  }

  @Test
  void aListPrintedInsideAnItemsTextStaysItsText() {
    assertEquals("a. Voltage rating greater than 1,4 kV; b. Energy storage greater than 10 J;",
        items(read(widgets())).get("9A999.d.1"));
  }

  @Test
  void continuedLinesAndTheListOfChangesNeverBecomeProvisions() {
    PrintedAnnexLayout layout = read(widgets());
    assertTrue(layout.provisions().stream().noneMatch(p -> p.text().contains("continued")));
    assertTrue(layout.provisions().stream().noneMatch(p -> p.code().startsWith("9A998")));
  }

  @Test
  void definitionsAreOneParagraphPerDefinitionWithTheirNotesOnLinesOfTheirOwn() {
    ListDocument definitions = read(widgets()).documents().stream()
        .filter(d -> d.kind() == DocumentKind.DEFINITIONS).findFirst().orElseThrow();
    assertEquals(List.of(
        "Definitions of terms between \"double quotation marks\" are as follows:",
        "\"Widget\" (9) means a small device whose name is \"unknown\" to the speaker.",
        "N.B. See also \"gadget\".",
        "\"Gadget\" (1 9) means a widget with a purpose."), List.of(definitions.text().split("\n")));
  }

  @Test
  void sectionHeadingsOpenSectionNotesUntilTheFirstEntry() {
    ListDocument section = read(widgets()).documents().stream()
        .filter(d -> d.kind() == DocumentKind.SECTION_NOTE).findFirst().orElseThrow();
    assertEquals("Note: This section note applies to all widgets.", section.text());
    assertEquals("9", String.valueOf(section.category().orElseThrow().digit()));
    assertEquals("A", section.group().orElseThrow().name());
  }

  private static Page gadgets() {
    return new Page().frontAndCategoriesZeroToEight()
        .heading("CATEGORY 9 - AEROSPACE AND PROPULSION")
        .text(MARGIN, "9E999 Gadgets as follows:")
        .text(L1, "a. Gadgets as follows:")
        .italic(L1, "N.B.: SEE ALSO 9E998.")
        .text(L2, "1. Blue gadgets;")
        .text(L2, "2. Green gadgets.")
        .italic(L2, "Technical Notes:")
        .text(L2, "1. 'Blue' is a colour.")
        .italic(L2, "2. 'Green' is another.")
        .text(L1, "b. Sprockets;");
  }

  @Test
  void aNoteBetweenAnAnnouncedListAndItsFirstItemBelongsToTheItemThatAnnouncedIt() {
    PrintedAnnexLayout layout = read(gadgets());
    assertEquals(List.of("9E999", "9E999.a", "9E999.a.1", "9E999.a.2", "9E999.b"), List.copyOf(items(layout).keySet()));
    Provision nb = layout.provisions().stream().filter(p -> p.kind() == ProvisionKind.NB).findFirst().orElseThrow();
    assertEquals("9E999.a", nb.code());
  }

  @Test
  void aListThatANoteOpensIsTheNotesOwnEvenInUprightType() {
    Provision technical = read(gadgets()).provisions().stream()
        .filter(p -> p.kind() == ProvisionKind.TECHNICAL_NOTE).findFirst().orElseThrow();
    assertEquals("9E999.a", technical.code());
    assertEquals("Technical Notes: 1. 'Blue' is a colour. 2. 'Green' is another.", technical.text());
  }

  @Test
  void aTextThatStopsBeforeCategoryNineIsRejectedAsTruncated() {
    Page page = new Page().frontAndCategoriesZeroToEight();
    ControlListFormatException e = assertThrows(ControlListFormatException.class, () -> read(page));
    assertTrue(e.getMessage().contains("synthetic.pdf") && e.getMessage().contains("Categor"), e.getMessage());
  }

  @Test
  void anEntryUnderTheWrongCategoryIsRejectedWithItsPlace() {
    Page page = new Page().frontAndCategoriesZeroToEight().text(MARGIN, "9A999 Widgets.");
    ControlListFormatException e = assertThrows(ControlListFormatException.class, () -> read(page));
    assertTrue(e.getMessage().contains("9A999") && e.getMessage().contains("page 1 line"), e.getMessage());
  }
}
