package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code search} and {@code classify} commands on the bundled 2025 list, and their bad input. */
class SearchAndClassifyCommandTest {

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void aLowerThresholdListsFromALowerProbabilityWithTheSameConfidence() throws Exception {
    String text = "Stainless steel ball valve DN50";
    JsonNode standard = Json.MAPPER.readTree(run("classify", text, "--json").out());
    JsonNode lowered = Json.MAPPER.readTree(run("classify", text, "--json", "--threshold", "0.05").out());
    double p = standard.get("confidence").asDouble();
    assertTrue(p > 0.05 && p < 0.5, "the example needs a probability between the thresholds: " + p);
    assertEquals("NOT_LISTED", standard.get("decision").asText());
    assertTrue(!lowered.get("decision").asText().equals("NOT_LISTED"), lowered.toString());
    assertEquals(p, lowered.get("confidence").asDouble(), 1e-9);
  }

  @Test
  void aThresholdOutsideZeroAndOneIsNamedInTheError() {
    CommandRun r = run("classify", "thermal camera", "--threshold", "1.5");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--threshold"), r.err());
    CommandRun e = run("eval", "--dataset", "nope.jsonl", "--threshold", "0");
    assertEquals(2, e.exit());
    assertTrue(e.err().contains("--threshold"), e.err());
  }

  @Test
  void searchPrintsHitsWithCodeScoreAndTextAsJson() throws Exception {
    CommandRun r = run("search", "5A001.j", "--top", "3", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    JsonNode hits = doc.get("hits");
    assertTrue(hits.size() >= 1 && hits.size() <= 3, r.out());
    assertEquals("5A001.j", hits.get(0).get("code").asText());
    assertTrue(hits.get(0).get("score").asDouble() > 0);
    assertTrue(hits.get(0).get("text").asText().length() > 10);
  }

  @Test
  void searchJoinsSeveralWords() {
    CommandRun r = run("search", "IMSI", "catcher", "--top", "3");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("5A001.f"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Keylogger that secretly records the keystrokes of employees on their PCs",
      "Hardware-Keylogger, unauffällig zwischen Tastatur und PC, zeichnet Tastatureingaben auf",
      "Agent de surveillance des employés : enregistrement des frappes à leur insu sur les ordinateurs",
      "Software spia per smartphone che legge di nascosto chat e posizione del bersaglio",
  })
  void everyArticle5IndicatorInTheJsonShowsTheDefinitionsElementsWithTheirWordsAndTheMissingOnes(String text)
      throws Exception {
    CommandRun r = run("classify", text, "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    JsonNode indicators = doc.get("article5");
    assertTrue(indicators.size() > 0, r.out());
    for (JsonNode i : indicators) {
      Set<String> named = new HashSet<>();
      for (JsonNode e : i.get("elements")) {
        assertTrue(e.get("words").size() > 0, e.toString());
        assertTrue(e.get("wording").asText().length() > 0, e.toString());
        assertTrue(named.add(e.get("element").asText()), i.toString());
      }
      for (JsonNode m : i.get("missing")) {
        assertTrue(named.add(m.asText()), i.toString());
      }
      // the five elements of Article 2(20), each once, shown with its words or missing
      assertEquals(Set.of("SPECIALLY_DESIGNED", "COVERT", "NATURAL_PERSONS", "DATA_PROCESSING", "ICT_SYSTEMS"),
          named, i.toString());
      assertTrue(i.get("triggers").size() > 0 || i.get("elements").size() >= 4, i.toString());
    }
  }

  @Test
  void classifyPrintsTheDesignKeysAsJson() throws Exception {
    CommandRun r = run("classify", "Handheld thermal imaging camera, uncooled microbolometer 640 × 512, 8–14 µm, 60 Hz frame rate",
        "--json", "--top", "3");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    for (String key : new String[] {"decision", "candidates", "cyberSurveillance", "article5", "missingFacts", "list", "explanation"}) {
      assertTrue(doc.has(key), key);
    }
    assertEquals("LISTED", doc.get("decision").asText());
    JsonNode first = doc.get("candidates").get(0);
    assertEquals("6A003", first.get("entry").asText());
    for (String key : new String[] {"code", "entry", "score", "evidence"}) {
      assertTrue(first.has(key), key);
    }
    assertTrue(first.get("evidence").get("matchedWords").size() > 0);
    assertTrue(doc.get("candidates").size() <= 3);
  }

  @Test
  void aFactDecidesTheNoteOnTheFrameRate() throws Exception {
    CommandRun r = run("classify", "Handheld thermal imaging camera, uncooled microbolometer 640 × 512",
        "--fact", "frame rate=9 Hz", "--json");
    assertEquals(0, r.exit(), r.err());
    assertEquals("NOT_LISTED", Json.MAPPER.readTree(r.out()).get("decision").asText(), r.out());
  }

  @Test
  void classifyPrintsReadableTextWithoutJson() {
    CommandRun r = run("classify", "Office colour laser printer, 40 pages per minute");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("NOT_LISTED"), r.out());
  }

  @Test
  void badInputIsExitTwoWithOneLineOnStderr() {
    for (String[] args : new String[][] {
        {"classify"}, {"search", "widget", "--top", "0"}, {"classify", "--input", "/no/such/file.csv", "--output", "x.jsonl"},
        {"classify", "camera", "--list", "no-such-list"}, {"classify", "--input", "/no/such/file.csv"}}) {
      CommandRun r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + " -> " + r.out() + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }
}
