package org.dualuse.bench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GoldenOutputsTest {

  private static final String LISTED = "{\"id\":\"a\",\"decision\":\"LISTED\",\"candidates\":[{\"code\":\"9A999.a\",\"score\":1.5}]}";

  @Test
  void identicalRecordsHaveNoDifferences() {
    assertTrue(GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", LISTED)).isEmpty());
  }

  @Test
  void aChangedDecisionNamesTheCaseAndTheField() {
    String other = LISTED.replace("\"LISTED\"", "\"NOT_LISTED\"");
    List<String> d = GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", other));
    assertEquals(List.of("a: differs in 1 field", "    decision: \"LISTED\" -> \"NOT_LISTED\""), d);
  }

  @Test
  void aChangedScoreInsideACandidateIsFoundByItsPath() {
    String other = LISTED.replace("1.5", "1.25");
    List<String> d = GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", other));
    assertEquals("    candidates[0].score: 1.5 -> 1.25", d.get(1));
  }

  @Test
  void anExtraCandidateIsADifference() {
    String other = LISTED.replace("}]}", "},{\"code\":\"9A999.b\",\"score\":1.0}]}");
    List<String> d = GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", other));
    assertEquals("    candidates[1]: (none) -> {\"code\":\"9A999.b\",\"score\":1.0}", d.get(1));
  }

  @Test
  void aFieldTheGoldenRecordLacksIsNewOutputNotADifference() {
    String other = LISTED.replace("\"score\":1.5}", "\"score\":1.5,\"criteria\":[]}");
    Set<String> added = new TreeSet<>();
    assertTrue(GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", other), added).isEmpty());
    assertEquals(Set.of("candidates[].criteria"), added);
  }

  @Test
  void aFieldTheGoldenRecordHasIsComparedEvenBesideNewOnes() {
    String other = LISTED.replace("\"score\":1.5}", "\"score\":1.25,\"criteria\":[]}");
    List<String> d = GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", other), new TreeSet<>());
    assertEquals(List.of("a: differs in 1 field", "    candidates[0].score: 1.5 -> 1.25"), d);
    String dropped = LISTED.replace(",\"score\":1.5", "");
    assertEquals("    candidates[0].score: 1.5 -> (none)",
        GoldenOutputs.differences(Map.of("a", LISTED), Map.of("a", dropped)).get(1));
  }

  @Test
  void missingAndNewCasesAreListed() {
    String b = LISTED.replace("\"a\"", "\"b\"");
    List<String> d = GoldenOutputs.differences(Map.of("a", LISTED), Map.of("b", b));
    assertEquals(List.of("a: missing (in the golden file, not in this run)", "b: new (in this run, not in the golden file)"), d);
  }

  @Test
  void recordsWithoutAnIdOrWithAnIdTwiceAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> GoldenOutputs.byId(List.of("{\"decision\":\"LISTED\"}")));
    assertThrows(IllegalArgumentException.class, () -> GoldenOutputs.byId(List.of(LISTED, LISTED)));
  }
}
