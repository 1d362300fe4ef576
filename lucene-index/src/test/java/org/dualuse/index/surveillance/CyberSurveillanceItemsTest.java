package org.dualuse.index.surveillance;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cyber-surveillance flag of a decision, by its node's scope and the product text, on the real 2025 list. */
class CyberSurveillanceItemsTest {

  private static final ControlList EU = ControlLists.eu();
  private static final CyberSurveillanceItems ITEMS = CyberSurveillanceItems.standard();

  private static CyberSurveillanceFlag flag(String code, String text) {
    return ITEMS.flagOf(ControlCode.parse(code), ProductText.of(text), EU, Article5Screen.standard());
  }

  @Test
  void softwareOrTechnologyFoundThroughSurveillanceGoodsIsAnItem() {
    // no name of the vocabulary and no element of Article 2(20) in the words: only the goods it was found through
    ProductText text = ProductText.of("Produktionsunterlagen, Stand 2024");
    Article5Screen screen = Article5Screen.standard();
    CyberSurveillanceFlag through = ITEMS.flagOf(ControlCode.parse("5E001.a"), text, EU, screen,
        Optional.of(ControlCode.parse("5A001.f.1")));
    assertEquals(CyberSurveillanceScope.IS_ITEM, through.scope(), through.reason());
    assertTrue(through.reason().contains("5A001.f.1"), through.reason());
    CyberSurveillanceFlag otherGoods = ITEMS.flagOf(ControlCode.parse("5E001.a"), text, EU, screen,
        Optional.of(ControlCode.parse("5A001.b.5")));
    assertEquals(CyberSurveillanceScope.COVERS, otherGoods.scope(), otherGoods.reason());
    CyberSurveillanceFlag none = ITEMS.flagOf(ControlCode.parse("5E001.a"), text, EU, screen, Optional.empty());
    assertEquals(CyberSurveillanceScope.COVERS, none.scope(), none.reason());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "5A001.f.2;anything at all",
      "5A001.j.1.b;anything at all",
      "5D002.c.3.b;anything at all",
      "5D001.a;Control software for a vehicle-mounted IMSI catcher, licence only",
      "5D001.c;Firmware that gives a radio the functions of a cell-site simulator",
      "5E001.a;Schematics and know-how for building a fake base station",
      "5E001.a;Training on operating a monitoring centre for police",
      "4E001.a;Source-level know-how for a command and control platform for implants",
      "5D001.a;Software for a tactical system that covertly intercepts the calls of targeted subscribers",
  })
  void decisionsOnSurveillanceItemsAndOnSoftwareShownToServeThemAreItems(String code, String text) {
    CyberSurveillanceFlag f = flag(code, text);
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope(), f.reason());
    assertTrue(f.reason().startsWith(code), f.reason());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "5D001.a;Control software for a shortwave radio with frequency hopping",
      "5E001.a;Design data for an optical fibre proof-test rig",
      "4E001.a;Design know-how for a high-performance computer",
  })
  void softwareAndTechnologyThatOnlyCoverSurveillanceItemsKeepTheirScope(String code, String text) {
    CyberSurveillanceFlag f = flag(code, text);
    assertEquals(CyberSurveillanceScope.COVERS, f.scope(), f.reason());
    assertTrue(f.isCyberSurveillance(), "COVERS reads as yes");
    assertTrue(f.reason().contains("does not show"), f.reason());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "3A001.a.1;Memory chip with radiation hardening",
      "5A001.b.3;Frequency-hopping radio for civil aviation",
      "5A001.f.4;RF monitoring receiver that detects the operation of jammers",
  })
  void otherDecisionsAreNotItems(String code, String text) {
    CyberSurveillanceFlag f = flag(code, text);
    assertFalse(f.isCyberSurveillance(), f.toString());
  }

  @Test
  void aListedProductIsAnItemByWhatItsTextShowsWhateverEntryListsIt() {
    // a listing under an entry that is not a surveillance item does not stop the text from showing one
    CyberSurveillanceFlag f = flag("5A001.b.3", "IMSI catcher that logs the identities of phones in range");
    assertEquals(CyberSurveillanceScope.IS_ITEM, f.scope());
    assertTrue(f.reason().contains("Article 2(20)"), f.reason());
  }

  @Test
  void theNarrowerFlagStaysWhenTheTextShowsNoSurveillanceOfPersons() {
    CyberSurveillanceFlag f = flag("5A001.f.4", "RF monitoring receiver that detects the operation of jammers");
    assertEquals(CyberSurveillanceScope.GROUPED_WITH, f.scope());
  }

  @Test
  void theReasonNamesTheWordsAndTheItem() {
    String why = flag("5D001.a", "Operating software for an IMSI catcher").reason();
    assertTrue(why.contains("\"IMSI catcher\"") && why.contains("5A001.f.2"), why);
  }

  @Test
  void aBadVocabularyRowIsReportedWithItsLine() {
    CueFileFormatException e = assertThrows(CueFileFormatException.class, () ->
        CyberSurveillanceItems.read(new StringReader("# c\nspyware\t4D004\ten\ts\nimplant\t4X004\ten\ts\n"), "v.tsv"));
    assertEquals(3, e.line(), e.getMessage());
  }
}
