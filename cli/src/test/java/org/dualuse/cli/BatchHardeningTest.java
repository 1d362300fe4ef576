package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch inputs that used to lose rows or answer silently wrong, each with the widget classifier. */
class BatchHardeningTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(Path in, Path out, BatchOptions options) {
    return new BatchClassification(new BatchClassificationTest.WidgetClassifier(), in, out,
        options.withProgress(BatchOptions.Progress.NONE), new PrintWriter(err)).run();
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> jsonLines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  private static List<Integer> lines(List<JsonNode> rows) {
    return rows.stream().map(r -> r.get("line").asInt()).toList();
  }

  @Test
  void anUnclosedQuoteCostsItsOwnRowNotTheNext() throws IOException {
    Path in = write("in.csv", "id,text\n1,\"thermal widget\"\n2,\"IMSI catcher\n3,\"office chair\"\n4,\"GaN widget\"\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults()));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(List.of(2, 3, 4, 5), lines(rows));
    assertTrue(rows.get(1).get("error").asText().contains("line 3"), rows.get(1).toString());
    assertEquals("3", rows.get(2).get("id").asText());
    assertEquals("NOT_LISTED", rows.get(2).get("decision").asText());
    assertEquals("LISTED", rows.get(3).get("decision").asText());
  }

  @Test
  void aQuoteClosedOnALaterRowWithTheWrongFieldCountGivesThoseRowsBack() throws IOException {
    Path in = write("in.csv", "id,text,lang\n1,\"widget,en\n2,chair\",en,x\n3,widget,en\n");
    Path out = dir.resolve("out.jsonl");
    run(in, out, BatchOptions.defaults());
    List<JsonNode> rows = jsonLines(out);
    assertEquals(List.of(2, 3, 4), lines(rows));
    assertEquals("LISTED", rows.get(2).get("decision").asText());
  }

  @Test
  void invalidUtf8IsAnErrorRecordNamingLineAndByte() throws IOException {
    byte[] bad = "id,text\n1,widget\n2,wid\u00FFget\n3,widget\n".getBytes(StandardCharsets.ISO_8859_1);
    Path in = write("in.csv", bad);
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults()));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(List.of(2, 3, 4), lines(rows));
    String e = rows.get(1).get("error").asText();
    assertTrue(e.contains("line 3, byte 6") && e.contains("UTF-8"), e);
  }

  @Test
  void jsonLinesWithTwoObjectsTrailingGarbageOrADuplicateKeyAreErrorRecords() throws IOException {
    Path in = write("in.jsonl", String.join("\n",
        "{\"id\":\"a\",\"text\":\"widget\"}",
        "{\"id\":\"b\",\"text\":\"widget\"} {\"id\":\"c\",\"text\":\"widget\"}",
        "{\"id\":\"d\",\"text\":\"widget\"} xyz",
        "{\"id\":\"e\",\"text\":\"chair\",\"text\":\"widget\"}",
        "{\"id\":\"f\",\"text\":\"widget\"}", ""));
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults()));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(List.of(1, 2, 3, 4, 5), lines(rows));
    for (int i = 1; i <= 3; i++) {
      assertTrue(rows.get(i).get("error").asText().contains("line " + (i + 1)), rows.get(i).toString());
    }
    assertTrue(rows.get(3).get("error").asText().contains("Duplicate field"), rows.get(3).toString());
  }

  @Test
  void errorRecordsNeverTakeALineNumberAsTheirId() throws IOException {
    Path in = write("in.csv", "id,text\n3,widget\n\"broken,widget\n");
    Path out = dir.resolve("out.jsonl");
    run(in, out, BatchOptions.defaults());
    List<JsonNode> rows = jsonLines(out);
    assertEquals("3", rows.get(0).get("id").asText());
    assertTrue(rows.get(1).get("id").isNull(), rows.get(1).toString());
  }

  @Test
  void aHugeCellIsAnErrorRecordAndTheBatchGoesOn() throws IOException {
    Path in = write("in.csv", "id,text\n1,widget\n2," + "widget ".repeat(20_000) + "\n3,widget\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults().withMaxTextLength(1000)));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(List.of(2, 3, 4), lines(rows));
    assertTrue(rows.get(1).get("error").asText().contains("longer than"), rows.get(1).toString());
    assertEquals("LISTED", rows.get(2).get("decision").asText());
  }

  @Test
  void aSemicolonOrTabSeparatedCsvIsRead() throws IOException {
    for (String sep : List.of(";", "\t")) {
      Path in = write("in.csv", "id" + sep + "text\n1" + sep + "widget, 5 GHz\n");
      Path out = dir.resolve("out.jsonl");
      assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults()), err.toString());
      assertEquals("LISTED", jsonLines(out).get(0).get("decision").asText());
    }
  }

  @Test
  void noTextColumnNamesTheSeparatorItSplitBy() throws IOException {
    Path in = write("in.csv", "id|text\n1|widget\n");
    assertEquals(BatchClassification.BAD_INPUT, run(in, dir.resolve("out.jsonl"), BatchOptions.defaults()));
    assertTrue(err.toString().contains("commas") && err.toString().contains("semicolon"), err.toString());
  }

  @Test
  void csvOutputNeutralisesFormulas() throws IOException {
    Path in = write("in.csv", "id,text\n\"=HYPERLINK(\"\"http://x\"\")\",widget\n@SUM(1),chair\n");
    Path out = dir.resolve("out.csv");
    run(in, out, BatchOptions.defaults());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(1).startsWith("2,\"'=HYPERLINK("), lines.get(1));
    assertTrue(lines.get(2).startsWith("3,'@SUM(1),"), lines.get(2));
  }

  @Test
  void topAndLanguageApplyToEveryRow() throws IOException {
    Path in = write("in.csv", "id,text\n1,widget\n");
    Path out = dir.resolve("out.jsonl");
    run(in, out, BatchOptions.defaults().withTop(1).withLanguage("de"));
    assertEquals(1, jsonLines(out).get(0).get("candidates").size());
  }

  @Test
  void tooManyThreadsIsRejectedInOneLine() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BatchOptions.defaults().withThreads(20_000_000));
    assertTrue(e.getMessage().contains("4 per core"), e.getMessage());
  }

  @Test
  void aFailedRunLeavesTheOldOutputAndNoTemporaryFile() throws IOException {
    Path in = write("in.csv", "id,text\n1,widget\n");
    Path out = write("out.jsonl", "old\n");
    // an unreadable format is found before anything is written
    assertEquals(BatchClassification.BAD_INPUT,
        run(in, out, BatchOptions.defaults().withTextColumn("nope")));
    assertEquals("old\n", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
    assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults()));
    assertTrue(Files.readString(out).contains("LISTED"));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }
}
