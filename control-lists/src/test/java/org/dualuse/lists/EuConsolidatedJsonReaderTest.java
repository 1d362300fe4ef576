package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.ProvisionKind;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.junit.jupiter.api.Test;

/** The reader on small synthetic files in the publisher's format. */
class EuConsolidatedJsonReaderTest {
  private static AnnexSource read(String json) {
    return new EuConsolidatedJsonReader().read(json.getBytes(StandardCharsets.UTF_8), "synthetic.json");
  }

  private static String file(String verbatim, String docs) {
    return "{\"valid_from\":\"2025-01-01\",\"entries\":[{\"entry_code\":\"9A999\",\"verbatim_text\":"
        + "\"" + verbatim + "\"}],\"docs\":[" + docs + "]}";
  }

  @Test
  void everyLineIsAProvisionWithItsKindAndLineNumber() {
    AnnexSource s = read(file("9A999 Widgets as follows:\\n9A999.a Toys;\\n9A999.a Note 2: 9A999.a. does not control dolls."
        + "\\n9A999.a Technical Note: 'Toy' is synthetic.\\n9A999 N.B. See also 9B999.", ""));
    assertEquals(5, s.provisions().size());
    assertEquals(ProvisionKind.NOTE, s.provisions().get(2).kind());
    assertEquals("Note 2: 9A999.a. does not control dolls.", s.provisions().get(2).text());
    assertEquals(ProvisionKind.TECHNICAL_NOTE, s.provisions().get(3).kind());
    assertEquals(ProvisionKind.NB, s.provisions().get(4).kind());
    assertEquals(5, s.provisions().get(4).line());
    assertEquals("eu-annex-i-2025-01-01", s.listId());
    assertEquals(64, s.provenance().sha256().length());
  }

  @Test
  void theCryptographyNoteIsSplitFromItsSectionNotes() {
    AnnexSource s = read(file("9A999 Widgets.", "{\"doc_type\":\"section_note\",\"title\":\"Category 5 — Part 2 - X — notes\","
        + "\"verbatim_text\":\"Note 1: Not used.\\nNote 3: Cryptography Note 5A002 does not control widgets.\"}"));
    assertEquals(2, s.documents().size());
    assertEquals(DocumentKind.SECTION_NOTE, s.documents().get(0).kind());
    assertEquals(DocumentKind.CRYPTOGRAPHY_NOTE, s.documents().get(1).kind());
    assertTrue(s.documents().get(1).text().startsWith("Note 3: Cryptography Note"));
    assertEquals(5, s.documents().get(1).category().orElseThrow().digit());
  }

  @Test
  void aLineWithoutACodeIsAFormatErrorNamingFileLineAndEntry() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> read(file("9A999 Widgets as follows:\\nwidgets for toys", "")));
    assertEquals("synthetic.json", e.source());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("control code"), e.getMessage());
  }

  @Test
  void aLineOfAnotherEntryIsAFormatError() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> read(file("9A999 Widgets as follows:\\n9B999.a Testers.", "")));
    assertEquals("9B999.a", e.code());
  }

  @Test
  void missingFieldsAndBrokenJsonAreFormatErrors() {
    assertThrows(ControlListFormatException.class, () -> read("{\"valid_from\":\"2025-01-01\"}"));
    assertThrows(ControlListFormatException.class, () -> read("{\"valid_from\":\"soon\",\"entries\":[]}"));
    assertThrows(ControlListFormatException.class, () -> read("{\"entries\": [ {"));
  }
}
