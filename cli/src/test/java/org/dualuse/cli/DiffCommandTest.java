package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code diff} command on the bundled 2021 and 2025 EU lists, and its bad input. */
class DiffCommandTest {

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void diffAsJsonNamesBothListsAndTheEntriesThe2025ListAdded() throws Exception {
    CommandRun r = run("diff", "--from", "eu-annex-i-2021-09-09", "--to", "eu-annex-i-2025-11-15", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    assertEquals("eu-annex-i-2021-09-09", doc.get("from").asText());
    assertEquals("eu-annex-i-2025-11-15", doc.get("to").asText());
    List<String> added = new ArrayList<>();
    doc.get("added").forEach(n -> added.add(n.asText()));
    assertTrue(added.containsAll(List.of("3A501", "3B501", "4A506", "4A507")), added.toString());
    assertTrue(doc.get("removed").isArray());
    JsonNode first = doc.get("changed").get(0);
    assertTrue(first.has("code") && first.has("kind") && first.has("before") && first.has("after"), first.toString());
    assertEquals(doc.get("added").size(), doc.get("counts").get("ADDED").asInt());
  }

  @Test
  void diffAsJsonCarriesTheNewKindsAndTheThroughputChangeOf0B004b2() throws Exception {
    CommandRun r = run("diff", "--from", "eu-annex-i-2021-09-09", "--to", "eu", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.MAPPER.readTree(r.out());
    boolean stated = false;
    boolean row = false;
    for (JsonNode c : doc.get("changed")) {
      if (c.get("code").asText().equals("0B004.b.2") && c.get("kind").asText().equals("THRESHOLD_CHANGED")) {
        stated = c.get("before").asText().contains("56 m3/s");
      }
      if (c.get("code").asText().equals("4A001.a.2.a")) {
        row = c.get("kind").asText().equals("BECAME_TABLE_ROW") && c.get("movedTo").asText().equals("4A001.a.2");
      }
    }
    assertTrue(stated, "0B004.b.2 is a threshold change (56 -> 5 m3/s)");
    assertTrue(row, "4A001.a.2.a became a table row of 4A001.a.2");
    assertTrue(doc.get("counts").has("NOTE_MOVED"), doc.get("counts").toString());
  }

  @Test
  void diffWithoutJsonPrintsReadableLines() {
    CommandRun r = run("diff", "--from", "eu-annex-i-2021-09-09", "--to", "eu");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("eu-annex-i-2021-09-09 -> eu-annex-i-2025-11-15"), r.out().lines().findFirst().orElse(""));
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("+ 3A501 ")), "no line for 3A501");
  }

  @Test
  void anUnknownListIsBadInputWithOneLineOnStderr() {
    CommandRun r = run("diff", "--from", "eu-annex-i-1999", "--to", "eu", "--json");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("eu-annex-i-1999"), r.err());
    assertTrue(r.out().isEmpty());
  }
}
