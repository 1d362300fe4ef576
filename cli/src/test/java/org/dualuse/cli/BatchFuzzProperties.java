package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Batch files mutated by inserting quotes, separators, line breaks, invalid bytes and huge cells:
 * the batch never throws, writes records in input order, one per row where the mutation keeps the
 * rows apart, and every error record names its own line.
 */
class BatchFuzzProperties {
  private static final int ROWS = 6;
  private final Path dir;

  BatchFuzzProperties() throws Exception {
    dir = Files.createTempDirectory("batch-fuzz");
  }

  @AfterProperty
  void cleanUp() throws Exception {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A mutation: what to insert, where (a share of the file), and whether it may join or split rows. */
  record Mutation(byte[] insert, double at, boolean keepsRows) {}

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> keeping = Combinators.combine(
        Arbitraries.of(",", ";", "\t", "\u00FF\u00FE", "\u00C3", "=SUM(A1)", "x".repeat(5000), "\u200B", " ")
            .map(s -> s.chars().allMatch(c -> c < 0x100) && s.chars().anyMatch(c -> c >= 0x80) && !s.equals("\u200B")
                ? s.getBytes(StandardCharsets.ISO_8859_1) : s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.doubles().between(0.15, 1)).as((b, at) -> new Mutation(b, at, true));
    Arbitrary<Mutation> joining = Combinators.combine(Arbitraries.of("\"", "\n", "\r\n", "\"\"", "{", "}"),
        Arbitraries.doubles().between(0.15, 1)).as((s, at) -> new Mutation(s.getBytes(StandardCharsets.UTF_8), at, false));
    return Arbitraries.oneOf(keeping, joining).list().ofMinSize(1).ofMaxSize(3);
  }

  private static byte[] mutate(String base, List<Mutation> ms) {
    byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
    for (Mutation m : ms) {
      int at = (int) Math.min(bytes.length, Math.round(m.at() * bytes.length));
      if (m.keepsRows()) {
        // keep a row-keeping insertion inside a row: before the last line break, next to no line break
        at = Math.min(at, bytes.length - 1);
        while (at > 0 && (bytes[at - 1] == '\n' || bytes[at] == '\n' || bytes[at] == '\r')) {
          at--;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, at);
      out.writeBytes(m.insert());
      out.write(bytes, at, bytes.length - at);
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private List<JsonNode> runOn(String name, byte[] content) throws Exception {
    Path in = dir.resolve(name);
    Files.write(in, content);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();
    int code = new BatchClassification(new BatchClassificationTest.WidgetClassifier(), in, out,
        BatchOptions.defaults().withProgress(BatchOptions.Progress.NONE).withMaxTextLength(1000).withThreads(2),
        new PrintWriter(err)).run();
    assertTrue(code == BatchClassification.OK || code == BatchClassification.ROWS_FAILED
        || code == BatchClassification.BAD_INPUT, "exit " + code);
    if (code == BatchClassification.BAD_INPUT) {
      assertEquals(1, err.toString().strip().lines().count(), err.toString());
      return null;
    }
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      rows.add(Json.MAPPER.readTree(line));
    }
    long last = 0;
    for (JsonNode r : rows) {
      long line = r.get("line").asLong();
      assertTrue(line > last, "records in input order: " + rows);
      last = line;
      if (r.has("error")) {
        assertTrue(r.get("error").asText().contains("line " + line), r.toString());
      } else {
        assertTrue(r.has("decision"), r.toString());
      }
    }
    return rows;
  }

  @Property(tries = 150)
  void aMutatedCsvGivesOneRecordPerRowInOrderAndErrorsNameTheirLine(@ForAll("mutations") List<Mutation> ms)
      throws Exception {
    StringBuilder csv = new StringBuilder("id,text,lang\n");
    for (int i = 1; i <= ROWS; i++) {
      csv.append(i).append(",\"widget number ").append(i).append("\",en\n");
    }
    List<JsonNode> rows = runOn("in.csv", mutate(csv.toString(), ms));
    if (rows != null && ms.stream().allMatch(Mutation::keepsRows)) {
      assertEquals(ROWS, rows.size(), rows.toString());
    }
  }

  @Property(tries = 150)
  void aMutatedJsonLinesFileGivesOneRecordPerRowInOrderAndErrorsNameTheirLine(
      @ForAll("mutations") List<Mutation> ms) throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= ROWS; i++) {
      jsonl.append("{\"id\":\"").append(i).append("\",\"text\":\"widget number ").append(i).append("\"}\n");
    }
    List<JsonNode> rows = runOn("in.jsonl", mutate(jsonl.toString(), ms));
    if (rows != null && ms.stream().allMatch(Mutation::keepsRows)) {
      assertEquals(ROWS, rows.size(), rows.toString());
    }
  }
}
