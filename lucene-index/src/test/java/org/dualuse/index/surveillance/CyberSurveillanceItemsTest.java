package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a decision rests on a cyber-surveillance item, on the real 2025 list. */
class CyberSurveillanceItemsTest {

  private static final ControlList EU = ControlLists.eu();
  private static final CyberSurveillanceItems ITEMS = CyberSurveillanceItems.standard();

  private static Optional<String> reason(String code, String text) {
    return ITEMS.reason(ControlCode.parse(code), text, EU);
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
  })
  void decisionsOnSurveillanceItemsAndTheirSoftwareAreFlagged(String code, String text) {
    assertTrue(reason(code, text).isPresent(), code + " " + text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "5D001.a;Control software for a shortwave radio with frequency hopping",
      "5E001.a;Design data for an optical fibre proof-test rig",
      "4E001.a;Design know-how for a high-performance computer",
      "3A001.a.1;IMSI catcher",
      "5A001.b.3;IMSI catcher",
  })
  void otherDecisionsAreNot(String code, String text) {
    assertEquals(Optional.empty(), reason(code, text));
  }

  @Test
  void theReasonNamesTheWordsAndTheItem() {
    String why = reason("5D001.a", "Operating software for an IMSI catcher").orElseThrow();
    assertTrue(why.contains("\"IMSI catcher\"") && why.contains("5A001.f.2"), why);
  }

  @Test
  void aBadVocabularyRowIsReportedWithItsLine() {
    CueFileFormatException e = assertThrows(CueFileFormatException.class, () ->
        CyberSurveillanceItems.read(new StringReader("# c\nspyware\t4D004\ten\ts\nimplant\t4X004\ten\ts\n"), "v.tsv"));
    assertEquals(3, e.line(), e.getMessage());
  }
}
