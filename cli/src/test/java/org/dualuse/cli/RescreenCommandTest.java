package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What rescreen does with every kind of record a results file may hold. */
class RescreenCommandTest {
  @TempDir Path dir;

  private static String record(int line, String id, String text, String decision, String code, String list) {
    return "{\"line\":" + line + ",\"id\":\"" + id + "\"" + (text == null ? "" : ",\"text\":\"" + text + "\",\"facts\":{}")
        + ",\"decision\":\"" + decision + "\",\"candidates\":[" + (code == null ? "" : "{\"code\":\"" + code + "\"}")
        + "],\"list\":\"" + list + "\"}";
  }

  private Path results() throws IOException {
    List<String> lines = List.of(
        // a row the 2025 list classifies as the 2021 results say: no change, not written
        record(2, "same", "office swivel chair with armrests", "NOT_LISTED", null, ControlLists.EU_2021),
        // a stored decision that the newer list cannot give: changed, written with its causes
        record(3, "changed", "office swivel chair with armrests", "LISTED", "0B004.b.2", ControlLists.EU_2021),
        "{\"line\":4,\"id\":\"failed\",\"error\":\"in.csv: line 4: empty text\"}",
        record(5, "old", null, "LISTED", "3A001", ControlLists.EU_2021),
        record(6, "other", "office chair", "NOT_LISTED", null, ControlLists.EU_2025),
        "not json");
    return Files.writeString(dir.resolve("r.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void changedRowsAreWrittenWithTheirCausesAndEveryRowThatCannotBeComparedIsCounted() throws IOException {
    Path out = dir.resolve("changed.jsonl");
    CommandRun run = CommandRun.of("rescreen", "--results", results().toString(), "--to", "eu", "--output",
        out.toString(), "--json", "--threads", "1");
    assertEquals(BatchClassification.ROWS_FAILED, run.exit(), run.err());
    JsonNode counts = Json.MAPPER.readTree(run.out());
    assertEquals(6, counts.get("rows").asInt());
    assertEquals(1, counts.get("unchanged").asInt());
    assertEquals(1, counts.get("changed").asInt());
    assertEquals(1, counts.get("skipped").asInt(), "the row the batch failed on has nothing to compare");
    assertEquals(3, counts.get("failed").asInt());
    assertEquals(1, counts.get("transitions").get("LISTED -> NOT_LISTED").asInt());
    assertEquals(1, counts.get("nearestCauseKinds").get("THRESHOLD_CHANGED").asInt(), counts.toString());
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      rows.add(Json.MAPPER.readTree(line));
    }
    assertEquals(List.of("changed", "old", "other", "null"), rows.stream().map(r -> r.get("id").asText()).toList());
    JsonNode changed = rows.get(0);
    assertEquals("LISTED 0B004.b.2 -> NOT_LISTED", changed.get("transition").asText());
    assertEquals("0B004.b.2", changed.get("causes").get(0).get("code").asText());
    assertEquals("THRESHOLD_CHANGED", changed.get("nearestCause").asText());
    assertTrue(rows.get(1).get("error").asText().contains("no 'text'"), rows.get(1).toString());
    assertTrue(rows.get(2).get("error").asText().contains("screened against " + ControlLists.EU_2025),
        rows.get(2).toString());
    assertTrue(rows.get(3).get("error").asText().contains("line 6: not a JSON object"), rows.get(3).toString());
    assertTrue(run.err().contains("1 changed"), run.err());
  }

  @Test
  void asCsvAChangedRowNamesBothScreeningsAndItsCauses() throws IOException {
    Path out = dir.resolve("changed.csv");
    CommandRun run = CommandRun.of("rescreen", "--results", results().toString(), "--output", out.toString());
    assertEquals(BatchClassification.ROWS_FAILED, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out);
    List<String> header = CsvRecordReaderTest.fields(lines.get(0));
    assertEquals(List.of("line", "id", "decisionBefore", "codeBefore", "listBefore", "decisionAfter", "codeAfter",
        "entryAfter", "cyberSurveillance", "confidence", "questions", "listAfter", "listVersionAfter", "causeKinds",
        "causes", "evidence", "error"), header);
    List<String> changed = CsvRecordReaderTest.fields(lines.get(1));
    assertEquals("LISTED", changed.get(header.indexOf("decisionBefore")));
    assertEquals("0B004.b.2", changed.get(header.indexOf("codeBefore")));
    assertEquals("NOT_LISTED", changed.get(header.indexOf("decisionAfter")));
    assertEquals("2025-11-15", changed.get(header.indexOf("listVersionAfter")));
    assertTrue(changed.get(header.indexOf("causes")).startsWith("THRESHOLD_CHANGED 0B004.b.2; TEXT_CHANGED 0B004.b.2"),
        changed.get(header.indexOf("causes")));
    assertEquals(5, lines.size(), "the changed row and three error records");
  }

  @Test
  void aResultsFileWithoutAClassifiedRowIsBadInput() throws IOException {
    Path empty = Files.writeString(dir.resolve("e.jsonl"), "{\"line\":2,\"id\":\"x\",\"error\":\"empty text\"}\n");
    CommandRun run = CommandRun.of("rescreen", "--results", empty.toString(), "--output", dir.resolve("o.jsonl").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no classified row names its list"), run.err());
  }
}
