package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The {@code lists}, {@code stats} and {@code show} commands on the bundled lists, and their bad input. */
class ListCommandsTest {

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void listsSaysThe2021ListIsNorwaysReproductionNotTheOfficialJournalPrint() throws Exception {
    CommandRun r = CommandRun.of("lists", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode eu2021 = null;
    for (JsonNode l : Json.MAPPER.readTree(r.out()).get("lists")) {
      assertTrue(!l.get("source").asText().isBlank(), l.toString());
      if (l.get("id").asText().equals("eu-annex-i-2021-09-09")) {
        eu2021 = l;
      }
    }
    assertTrue(eu2021 != null, "the 2021 list keeps its id");
    assertTrue(eu2021.get("title").asText().contains("Liste II – flerbruksvarer (2021)"), eu2021.toString());
    assertTrue(eu2021.get("source").asText().contains("Norway")
        && eu2021.get("source").asText().contains("not the Official Journal print"), eu2021.toString());
  }

  @Test
  void showPrintsTheNodeWithItsAncestorsChildrenAndNotesAsJson() throws Exception {
    CommandRun r = run("show", "0A001.i", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    assertEquals("0A001.i", doc.get("code").asText());
    assertEquals("0A001", doc.get("ancestors").get(0).asText());
    assertEquals("0A001.i.1", doc.get("children").get(0).asText());
    assertEquals("NOTE", doc.get("notes").get(0).get("kind").asText());
    assertTrue(doc.get("notes").get(0).get("decontrol").asBoolean());
    for (String key : new String[] {"text", "terms", "references", "criteria", "cyberSurveillance"}) {
      assertTrue(doc.has(key), key);
    }
  }

  @Test
  void showGivesTheCriteriaAsATreeBesideTheReadableLine() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(run("show", "6A005.b.6.b", "--json").out());
    JsonNode tree = doc.get("criteriaTree");
    assertEquals("pulse duration", tree.get("parameter").asText());
    assertEquals("in", tree.get("comparison").asText());
    assertEquals(1.0, tree.get("low").asDouble());
    assertEquals(1000.0, tree.get("high").asDouble(), "both bounds in the lower bound's unit, ps");
    assertTrue(tree.get("lowInclusive").asBoolean(), "'equal to or exceeding 1 ps' includes it");
    assertEquals("ps", tree.get("unit").asText());
    JsonNode ruby = null;
    for (JsonNode note : Json.MAPPER.readTree(run("show", "6A005", "--json").out()).get("notes")) {
      if (note.get("label").asText().equals("Note 5")) {
        ruby = note.get("exclusionTree");
      }
    }
    assertEquals("anyOf", ruby.get("logic").asText());
    assertEquals("allOf", ruby.get("of").get(0).get("logic").asText());
  }

  @Test
  void showPrintsReadableTextWithoutJson() {
    CommandRun r = run("show", "0A001.h");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("0A001.h  "), r.out());
    assertTrue(r.out().contains("Technical Note"), r.out());
  }

  @Test
  void anUnknownCodeIsBadInputWithOneLineOnStderr() {
    CommandRun r = run("show", "9A999.a");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("9A999.a"), r.err());
    assertTrue(r.out().isEmpty());
  }

  @Test
  void aMalformedCodeIsBadInput() {
    assertEquals(2, run("show", "not-a-code").exit());
  }

  @Test
  void anUnknownListIsBadInputNamingTheKnownIds() {
    CommandRun r = run("stats", "--list", "nowhere");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("eu-annex-i-2025-11-15"), r.err());
  }

  @Test
  void statsCountsTheListAsJson() throws Exception {
    CommandRun r = run("stats", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    assertEquals("eu-annex-i-2025-11-15", doc.get("list").asText());
    assertEquals(384, doc.get("entries").asInt());
    assertTrue(doc.get("items").asInt() > 3000);
    assertEquals(163, doc.get("notes").get("NB").asInt(), "the N.B. headers of the text, 8 of them inside lines");
    assertEquals(175, doc.get("definitions").asInt());
    assertTrue(doc.get("provisionsWithQuantities").asInt() > 500);
    assertTrue(doc.get("cyberSurveillance").isArray());
    int thresholds = doc.get("thresholdProvisions").asInt();
    assertTrue(thresholds > 1000, "threshold provisions " + thresholds);
    assertTrue(doc.get("thresholdProvisionsTyped").asInt() + doc.get("thresholdProvisionsPartlyTyped").asInt() <= thresholds);
    assertFalse(doc.has("error"));
  }

  @Test
  void statsSaysHowMuchTheKnowledgeFilesCover() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(run("stats", "--json").out());
    // every goods entry (A, B, C) but three umbrella entries has a subject (the knowledge module's tests name them)
    assertTrue(doc.get("subjectCoverage").asDouble() > 0.98, doc.toString());
    assertTrue(doc.get("subjects").asInt() > doc.get("entries").asInt(), doc.toString());
    assertTrue(doc.get("chemicalsWithCas").asInt() > 100, doc.toString());
    JsonNode byLanguage = doc.get("vocabularyRowsByLanguage");
    for (String language : new String[] {"de", "en", "fr", "it", "mul"}) {
      assertTrue(byLanguage.path(language).asInt() > 0, language + " in " + byLanguage);
    }
  }
}
