package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code classify --json} on the bundled 2025 list writes each candidate's evidence as data beside its
 * lines, and the two agree: the lines of {@code criteriaMet}, {@code criteriaFailed} and {@code
 * criteriaUnknown} are the explanations of the {@code criteria} with outcome MET, FAILED and UNKNOWN,
 * in order; every released note line is a note checked.
 */
class StructuredEvidenceJsonTest {

  private static final String AMPLIFIER =
      "GaN MMIC power amplifier, operating frequency 3.3 GHz to 3.6 GHz, peak saturated output power 60 W";

  private static JsonNode classify(String text) throws Exception {
    CommandRun r = CommandRun.of("classify", text, "--json", "--top", "10");
    assertEquals(0, r.exit(), r.err());
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void theCriteriaLinesAreTheExplanationsOfTheCriteriaOfEachOutcome() throws Exception {
    int criteria = 0;
    for (String text : List.of(AMPLIFIER, "Handheld thermal camera, 640 x 512, NETD 40 mK, 60 Hz",
        "Consumer laptop with AES-256 full disk encryption")) {
      for (JsonNode candidate : classify(text).get("candidates")) {
        JsonNode e = candidate.get("evidence");
        for (Map.Entry<String, String> lines : Map.of("criteriaMet", "MET", "criteriaFailed", "FAILED",
            "criteriaUnknown", "UNKNOWN").entrySet()) {
          List<String> fromData = new ArrayList<>();
          for (JsonNode c : e.get("criteria")) {
            if (c.get("outcome").asText().equals(lines.getValue())) {
              fromData.add(c.get("explanation").asText());
            }
          }
          List<String> shown = new ArrayList<>();
          e.get(lines.getKey()).forEach(l -> shown.add(l.asText()));
          assertEquals(shown, fromData, candidate.get("code") + " " + lines.getKey());
        }
        criteria += e.get("criteria").size();
        assertTrue(e.has("notesChecked") && e.has("subjects"), e.toString());
      }
    }
    assertTrue(criteria > 0, "the texts need criteria");
  }

  @Test
  void aFailedThresholdCarriesItsComparisonBoundAndTheFactThatFailedIt() throws Exception {
    JsonNode failed = null;
    JsonNode met = null;
    for (JsonNode candidate : classify(AMPLIFIER).get("candidates")) {
      for (JsonNode c : candidate.get("evidence").get("criteria")) {
        if (c.path("parameter").asText().equals("operating frequency") && c.get("outcome").asText().equals("FAILED")
            && failed == null) {
          failed = c;
        }
        if (c.path("parameter").asText().equals("peak saturated output power") && c.get("outcome").asText().equals("MET")
            && met == null) {
          met = c;
        }
      }
    }
    assertTrue(failed != null && met != null, "an operating frequency failed and an output power met");
    assertFalse(failed.get("comparison").asText().isEmpty());
    JsonNode fact = failed.get("fact");
    assertEquals("text", fact.get("source").asText());
    assertTrue(fact.get("named").asBoolean());
    assertEquals(3.3, fact.get("low").get("value").asDouble(), 1e-9);
    assertEquals(3.6, fact.get("high").get("value").asDouble(), 1e-9);
    assertEquals("GHz", fact.get("low").get("unit").asText());
    String value = AMPLIFIER.substring(fact.get("start").asInt(), fact.get("end").asInt());
    assertTrue(value.contains("3.3 GHz") && fact.get("span").asText().contains(value.strip()), value + " / " + fact);
    assertEquals(">", met.get("comparison").asText());
    assertEquals("W", met.get("bound").get("unit").asText());
    assertFalse(met.get("bound").get("inclusive").asBoolean());
    assertEquals(60, met.get("fact").get("value").asDouble(), 1e-9);
    assertEquals("W", met.get("fact").get("unit").asText());
  }

  @Test
  void aNoteThatReleasesIsANoteCheckedWithWhatDecidedIt() throws Exception {
    JsonNode doc = classify("Consumer laptop with AES-256 full disk encryption");
    JsonNode released = null;
    JsonNode candidate = null;
    for (JsonNode c : doc.get("candidates")) {
      for (JsonNode n : c.get("evidence").get("notesChecked")) {
        if (n.get("action").asText().equals("RELEASED")) {
          released = n;
          candidate = c;
        }
      }
    }
    assertTrue(released != null, doc.toString());
    assertTrue(released.get("node").isNull(), "a general note stands before the categories");
    assertTrue(released.get("label").asText().contains("Cryptography Note"), released.toString());
    assertEquals("Consumer", released.get("decidedBy").get(0).asText());
    List<String> notes = new ArrayList<>();
    candidate.get("evidence").get("notes").forEach(n -> notes.add(n.asText()));
    assertTrue(notes.contains("released: " + released.get("line").asText()), notes.toString());
  }
}
