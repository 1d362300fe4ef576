package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchClassificationTest {

  @TempDir Path dir;

  /** Says LISTED 9A999.a for texts with "widget", NOT_LISTED otherwise; the facts go to the explanation. */
  static final class WidgetClassifier implements Classifier {
    @Override
    public Classification classify(Product p) {
      if (p.text().contains("explode")) {
        throw new IllegalStateException("cannot classify " + p.text());
      }
      String facts = p.facts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
      if (p.text().contains("widget")) {
        Candidate c = new Candidate(ControlCode.parse("9A999.a"), 1.5, Truth.UNKNOWN, Evidence.NONE);
        return new Classification(Decision.LISTED, List.of(c), false, List.of(), List.of(), "test", facts);
      }
      Candidate rejected = new Candidate(ControlCode.parse("1A999"), 0.1, Truth.NO_MATCH, Evidence.NONE);
      return new Classification(Decision.NOT_LISTED, List.of(rejected), false, List.of(), List.of(), "test", facts);
    }

    @Override
    public String listId() {
      return "test";
    }
  }

  private final StringWriter err = new StringWriter();

  private int run(Path in, Path out, BatchOptions options) {
    return new BatchClassification(new WidgetClassifier(), in, out, options.withProgress(BatchOptions.Progress.NONE),
        new PrintWriter(err)).run();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> jsonLines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void aCsvWithIdAndFactColumnsGivesOneJsonRecordPerRowInOrder() throws IOException {
    Path in = write("in.csv", "id,text,fact:frame rate,plant\nM1,thermal widget,60 Hz,1000\nM2,office chair,,1000\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults()));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(2, rows.size());
    assertEquals("M1", rows.get(0).get("id").asText());
    assertEquals(2, rows.get(0).get("line").asInt());
    assertEquals("LISTED", rows.get(0).get("decision").asText());
    assertEquals("9A999.a", rows.get(0).get("candidates").get(0).get("code").asText());
    assertEquals("frame rate=60 Hz", rows.get(0).get("explanation").asText(), "only fact: columns are facts");
    assertEquals("NOT_LISTED", rows.get(1).get("decision").asText());
    assertEquals("", rows.get(1).get("explanation").asText(), "empty cells give no fact");
  }

  @Test
  void withoutFactPrefixesTheOtherColumnsAreFactsAndWithoutAnIdColumnTheIdIsNull() throws IOException {
    Path in = write("in.csv", "Description,Frequency\nwidget,6 GHz\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults()));
    JsonNode row = jsonLines(out).get(0);
    assertEquals(2, row.get("line").asInt());
    assertTrue(row.get("id").isNull(), row.toString());
    assertEquals("Frequency=6 GHz", row.get("explanation").asText());
  }

  @Test
  void aGeneratedTenThousandRowCsvGivesTenThousandRecordsInInputOrder() throws IOException {
    Path in = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(in)) {
      w.write("id,text\n");
      for (int i = 0; i < 10_000; i++) {
        w.write("R" + i + "," + (i % 7 == 0 ? "\"widget, mark " + i + "\"" : "bolt " + i) + "\n");
      }
    }
    Path out = dir.resolve("big.csv.out.csv");
    assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults().withThreads(2)));
    List<String> lines = Files.readAllLines(out);
    assertEquals(CsvRowWriter.HEADER, lines.get(0));
    assertEquals(10_001, lines.size());
    for (int i = 0; i < 10_000; i++) {
      String[] f = lines.get(i + 1).split(",", -1);
      assertEquals(String.valueOf(i + 2), f[0]);
      assertEquals("R" + i, f[1]);
      assertEquals(i % 7 == 0 ? "LISTED" : "NOT_LISTED", f[2], "row " + i);
    }
    assertTrue(err.toString().contains("10,000 rows, 0 failed"), err.toString());
  }

  @Test
  void badRowsBecomeErrorRecordsNamingTheirLineAndTheBatchGoesOn() throws IOException {
    Path in =
        write(
            "in.csv",
            "id,text\n"
                + "A,widget one\n"
                + "B,bad \"quote\n"
                + "C,\n"
                + "D,too,many\n"
                + "E,explode\n"
                + "F,\"never closed\n"
                + "G,widget two\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults()));
    List<JsonNode> rows = jsonLines(out);
    // a record that cannot be split into fields has no id; its line is never made one (it could clash)
    assertEquals(java.util.Arrays.asList("A", null, "C", "D", "E", null, "G"),
        rows.stream().map(r -> r.get("id").isNull() ? null : r.get("id").asText()).toList());
    for (int i : new int[] {1, 2, 3, 4, 5}) {
      JsonNode r = rows.get(i);
      assertTrue(r.has("error"), r.toString());
      assertTrue(r.get("error").asText().contains("line " + (i + 2)), r.toString());
      assertFalse(r.has("decision"));
    }
    assertEquals("LISTED", rows.get(6).get("decision").asText());
    assertTrue(err.toString().contains("5 failed"), err.toString());
  }

  @Test
  void jsonLinesInCsvOutWithTheTextColumnNamed() throws IOException {
    Path in = write("in.jsonl", "{\"id\":7,\"name\":\"widget\",\"facts\":{\"power\":\"2 W\"}}\n\n{\"name\":\"chair\"}\nnot json\n");
    Path out = dir.resolve("out.csv");
    int code = run(in, out, BatchOptions.defaults().withTextColumn("name"));
    assertEquals(BatchClassification.ROWS_FAILED, code);
    List<String> lines = Files.readAllLines(out);
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("1,7,LISTED,9A999.a,9A999,false,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("3,,NOT_LISTED,,,false,"), "no code for an unlisted row: " + lines.get(2));
    assertTrue(lines.get(2).endsWith(",1A999,"), "the candidates still name the rejected one: " + lines.get(2));
    assertTrue(lines.get(3).startsWith("4,,") && lines.get(3).contains("line 4, column 1: not one valid JSON object"),
        lines.get(3));
  }

  @Test
  void aCsvWithoutATextColumnIsBadInputWithOneLineOnStderr() throws IOException {
    Path in = write("in.csv", "id,name\n1,widget\n");
    assertEquals(BatchClassification.BAD_INPUT, run(in, dir.resolve("out.jsonl"), BatchOptions.defaults()));
    String message = err.toString().strip();
    assertFalse(message.contains("\n"), message);
    assertTrue(message.contains("no text column") && message.contains("[id, name]"), message);
  }

  @Test
  void aMissingInputFileIsBadInput() {
    assertEquals(BatchClassification.BAD_INPUT, run(dir.resolve("nope.csv"), dir.resolve("out.jsonl"), BatchOptions.defaults()));
    assertTrue(err.toString().contains("nope.csv"));
  }

  @Test
  void anUnknownExtensionNeedsTheFormatNamed() throws IOException {
    Path in = write("in.txt", "{\"text\":\"widget\"}\n");
    assertEquals(BatchClassification.BAD_INPUT, run(in, dir.resolve("out.jsonl"), BatchOptions.defaults()));
    assertEquals(BatchClassification.OK, run(in, dir.resolve("out.jsonl"), BatchOptions.defaults().withInputFormat(BatchFormat.JSONL)));
  }

  @Test
  void theOutputMustNotBeTheInput() throws IOException {
    Path in = write("in.jsonl", "{\"text\":\"widget\"}\n");
    assertEquals(BatchClassification.BAD_INPUT, run(in, in, BatchOptions.defaults()));
    assertEquals("{\"text\":\"widget\"}\n", Files.readString(in));
  }

  @Test
  void progressLinesAndTheSummaryFollowTheClock() {
    StringWriter s = new StringWriter();
    long[] now = {0};
    ProgressReporter p = new ProgressReporter(new PrintWriter(s), BatchOptions.Progress.LINES, 1000, () -> now[0]);
    p.rowDone(10, 0, 5);
    assertEquals("", s.toString(), "nothing before the interval");
    now[0] = 5_000_000_000L;
    p.rowDone(1000, 2, 500);
    assertTrue(s.toString().contains("1,000 rows, 2 failed (50% of input), 200 rows/s, ETA 5.0 s"), s.toString());
    now[0] = 10_000_000_000L;
    p.finish(2000, 2);
    assertTrue(s.toString().contains("2,000 rows, 2 failed, in 10 s (200 rows/s)"), s.toString());
  }
}
