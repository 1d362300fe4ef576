package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.index.analysis.ProductKinds.Kind;
import org.junit.jupiter.api.Test;

/** The kind of what a text offers, read from synthetic rows; and the bundled rows' sanity. */
class ProductKindsTest {
  private static final ListAnalyzer ANALYZER = new ListAnalyzer();
  private static final ProductKinds.Prepared KINDS = ProductKinds.read(new StringReader("# synthetic\n"
      + "technology\ten\tdesign documentation\tdefinition\n"
      + "technology\tde\tWartungsunterlagen\tdefinition; translation\n"
      + "software\ten\tfirmware\tdefinition\n"), "test.tsv").prepare(ANALYZER::terms);

  private static Kind kindOf(String text) {
    return KINDS.kindOf(AnalyzedText.of(ANALYZER, text));
  }

  @Test
  void aPhraseSaysTheKind() {
    assertEquals(Kind.TECHNOLOGY, kindOf("Design documentation for a widget press"));
    assertEquals(Kind.SOFTWARE, kindOf("Firmware image v2 for the widget press"));
    assertEquals(Kind.GOODS, kindOf("Widget press, 40 t, with documentation"), "one word of the phrase is not the phrase");
  }

  @Test
  void technologyWinsOverSoftware() {
    assertEquals(Kind.TECHNOLOGY, kindOf("Design documentation of the firmware"));
  }

  @Test
  void aNegatedPhraseSaysNothing() {
    assertEquals(Kind.GOODS, kindOf("Widget press, 40 t, no firmware"));
    assertEquals(Kind.GOODS, kindOf("Widgetpresse ohne Firmware, 40 t"));
    assertEquals(Kind.SOFTWARE, kindOf("Firmware for the widget press, without design documentation"));
  }

  @Test
  void aPhraseAfterWithNamesWhatGoodsComeWith() {
    assertEquals(Kind.GOODS, kindOf("Widget press 40 t with firmware and design documentation"));
    assertEquals(Kind.GOODS, kindOf("Widgetpresse 40 t inkl. Wartungsunterlagen"));
    assertEquals(Kind.GOODS, kindOf("Presse à widgets 40 t avec firmware"));
    assertEquals(Kind.TECHNOLOGY, kindOf("Widget press 40 t with firmware. Design documentation for its frame"),
        "a new sentence is not the accessory list");
    assertEquals(Kind.SOFTWARE, kindOf("Widget counter with no display, firmware limited to counting"),
        "nor is the next clause");
    assertEquals(Kind.SOFTWARE, kindOf("Firmware for widget presses with a 40 t frame"),
        "a phrase before the accessory word still counts");
  }

  @Test
  void thePhrasesOfTheProductsNameDecideOverThoseOfWhatItIsFor() {
    assertEquals(Kind.SOFTWARE, kindOf("Press-planning firmware for widget presses: converts design documentation into strokes"));
    assertEquals(Kind.SOFTWARE, kindOf("Firmware that reads design documentation of widgets"));
    assertEquals(Kind.TECHNOLOGY, kindOf("Design documentation for the firmware of widget presses"));
    assertEquals(Kind.TECHNOLOGY, kindOf("Firmware and design documentation for widget presses"),
        "in the name too, technology wins over software");
  }

  @Test
  void aRowOfAnotherLanguageReadsItsWord() {
    assertEquals(Kind.TECHNOLOGY, kindOf("Wartungsunterlagen Widgetpresse"));
    assertEquals(Kind.GOODS, kindOf("Unterlagen"), "part of the word is not the word");
  }

  @Test
  void badRowsNameFileAndLine() {
    ProductKindsFormatException e = assertThrows(ProductKindsFormatException.class,
        () -> ProductKinds.read(new StringReader("# c\ntechnology\ten\tmanual\n"), "k.tsv"));
    assertTrue(e.getMessage().startsWith("k.tsv:2: "), e.getMessage());
    assertThrows(ProductKindsFormatException.class,
        () -> ProductKinds.read(new StringReader("goods\ten\tmanual\tdef\n"), "k.tsv"));
    assertThrows(ProductKindsFormatException.class,
        () -> ProductKinds.read(new StringReader("software\tes\tprograma\tdef\n"), "k.tsv"));
    assertThrows(ProductKindsFormatException.class,
        () -> ProductKinds.read(new StringReader("software\ten\tapp\tdef\nsoftware\ten\tApp\tdef\n"), "k.tsv"));
    assertThrows(ProductKindsFormatException.class,
        () -> ProductKinds.read(new StringReader("software\ten\tapp\t \n"), "k.tsv"), "a row needs its source");
  }

  @Test
  void theBundledRowsGiveBothKinds() {
    ProductKinds standard = ProductKinds.standard();
    for (Kind k : new Kind[] {Kind.SOFTWARE, Kind.TECHNOLOGY}) {
      assertTrue(standard.phrases(k).size() >= 5, k + ": " + standard.phrases(k));
    }
    assertEquals(Kind.GOODS, standard.prepare(ANALYZER::terms).kindOf(AnalyzedText.of(ANALYZER, "Ball bearing 6204-2RS, steel")));
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    KINDS.kindOf(AnalyzedText.of(ANALYZER, text));
  }
}
