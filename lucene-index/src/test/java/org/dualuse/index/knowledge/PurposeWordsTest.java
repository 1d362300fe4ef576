package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The words that state what software or technology is for: the reader, the matching, the bundled file. */
class PurposeWordsTest {

  private static final String ROWS = String.join("\n",
      "# purpose\tlang\tphrase\tsource",
      "development\ten\tdesign\tannex def. \"development\"",
      "development\ten\tdesign data\tannex def. \"development\"",
      "production\ten\tmanufactur*\tannex def. \"production\"",
      "use\tde\tbedien*\tannex def. \"use\"; translation",
      "use\ten\tmaintenance\tannex def. \"use\"",
      "");

  private static PurposeWords words() {
    return PurposeWords.of(PurposeWords.read(new StringReader(ROWS), "purposes-test.tsv"));
  }

  @Test
  void aWordEndingInAStarMatchesTheCompoundsItBegins() {
    assertEquals(Map.of(Purpose.USE, "Bediensoftware"), words().statedIn("Bediensoftware für Prüfstände"));
    assertEquals(Map.of(Purpose.PRODUCTION, "Manufacturing"), words().statedIn("Manufacturing know-how"));
  }

  @Test
  void anyOtherWordMatchesOnlyItself() {
    // "specially designed" says nothing about what the software is for
    assertEquals(Map.of(), words().statedIn("Software specially designed for widgets"));
    assertEquals(Map.of(Purpose.DEVELOPMENT, "design"), words().statedIn("Widget design software"));
  }

  @Test
  void theEarliestWordsOfAPurposeAreItsEvidenceAndEveryPurposeStatedIsFound() {
    Map<Purpose, String> stated = words().statedIn("Design data, design and maintenance manuals");
    assertEquals(Map.of(Purpose.DEVELOPMENT, "Design data", Purpose.USE, "maintenance"), stated);
    assertEquals(EnumSet.of(Purpose.DEVELOPMENT, Purpose.USE), stated.keySet());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '^', value = {
      "design\\ten\\tdesign\\tannex def.^unknown purpose 'design'",
      "use\\tEN\\trepair\\tannex def.^language must be",
      "use\\ten\\trepair\\t-^missing source",
      "use\\ten\\trepair^expected purpose<TAB>lang<TAB>phrase<TAB>source (4 columns)",
      "use\\ten\\tre*pair\\tannex def.^'*' may only end a word",
      "use\\ten\\t--\\tannex def.^has no word",
      "use\\ten\\trepair\\tannex def.\\nuse\\ten\\tRepair\\tannex def.^duplicate row"})
  void aBadRowIsRefusedWithTheFileAndLine(String row, String message) {
    String text = "# header\n" + row.replace("\\t", "\t").replace("\\n", "\n") + "\n";
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class,
        () -> PurposeWords.read(new StringReader(text), "purposes-test.tsv"));
    assertTrue(e.getMessage().contains("purposes-test.tsv:" + (message.startsWith("duplicate") ? 3 : 2)),
        e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void theBundledRowsStateEveryPurposeInEachOfTheFourLanguages() {
    PurposeWords bundled = Knowledge.standard().purposes();
    assertTrue(bundled.size() > 100, "rows: " + bundled.size());
    Map<Purpose, Set<String>> languages = bundled.rows().stream().collect(Collectors.groupingBy(
        PurposeWords.Row::purpose, Collectors.mapping(PurposeWords.Row::language, Collectors.toSet())));
    for (Purpose p : Purpose.values()) {
      assertEquals(Set.of("en", "de", "fr", "it"), languages.get(p), p.term());
    }
  }

  @Test
  void theBundledRowsReadTheDefinedTermsAndTheirTranslations() {
    PurposeWords bundled = Knowledge.standard().purposes();
    assertEquals(Set.of(Purpose.USE), bundled.statedIn("Wartungshandbuch für Trägheitsplattformen").keySet());
    assertEquals(Set.of(Purpose.PRODUCTION), bundled.statedIn("Fertigungsunterlagen").keySet());
    assertEquals(Set.of(Purpose.DEVELOPMENT), bundled.statedIn("logiciel de conception de radômes").keySet());
    assertEquals(Set.of(Purpose.USE), bundled.statedIn("software di controllo per forni").keySet());
  }
}
