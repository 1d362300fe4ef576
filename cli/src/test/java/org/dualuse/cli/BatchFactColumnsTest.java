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
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characteristic columns as facts, and what a batch writes for an ERP to import. */
class BatchFactColumnsTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  /**
   * LISTED 9A999.a for "widget", NEEDS_FACTS 9A999.b for "gadget", NOT_LISTED otherwise; the
   * product's facts, as name=value;..., are the explanation.
   */
  static final class FactEcho implements Classifier {
    @Override
    public Classification classify(Product p) {
      String facts = p.facts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(";"));
      Evidence evidence = new Evidence(List.of("widget"), List.of("frequency > 5 GHz: 6 GHz meets it"), List.of(),
          List.of(), List.of(), "9A999.a: text and criteria fit; words: widget.");
      if (p.text().contains("widget")) {
        return new Classification(Decision.LISTED,
            List.of(new Candidate(ControlCode.parse("9A999.a"), 2.0, Truth.MATCH, evidence)), true, List.of(),
            List.of(), "test", facts, OptionalDouble.of(0.8125));
      }
      if (p.text().contains("gadget")) {
        return new Classification(Decision.NEEDS_FACTS,
            List.of(new Candidate(ControlCode.parse("9A999.b"), 1.0, Truth.UNKNOWN, Evidence.NONE)), false, List.of(),
            List.of(new MissingFact("mass", "What is the mass?", List.of(ControlCode.parse("9A999.b"))),
                new MissingFact("wavelength", "What is the wavelength?", List.of(ControlCode.parse("9A999.b")))),
            "test", facts, OptionalDouble.of(0.5));
      }
      return new Classification(Decision.NOT_LISTED,
          List.of(new Candidate(ControlCode.parse("1A999"), 0.1, Truth.NO_MATCH, Evidence.NONE)), false, List.of(),
          List.of(), "test", facts + " The best remaining candidate fits the text too weakly. More words.",
          OptionalDouble.of(0.12));
    }

    @Override
    public String listId() {
      return "test";
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(Path in, Path out, BatchOptions options) {
    return new BatchClassification(new FactEcho(), in, out, options.withProgress(BatchOptions.Progress.NONE),
        new PrintWriter(err)).run();
  }

  private static BatchOptions mapped(String... specs) {
    return BatchOptions.defaults().withFactColumns(FactColumns.of(List.of(specs), null));
  }

  private static List<JsonNode> jsonLines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void aMappedColumnStatesItsParameterInItsUnitAndTheOtherColumnsStateNothing() throws IOException {
    Path in = write("in.csv", "MATNR;text;FREQ_GHZ;PLANT\nM1;widget;6,2;1000\nM2;widget;;1000\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.OK, run(in, out,
        mapped("operating frequency=FREQ_GHZ:GHz").withIdColumn("MATNR")));
    List<JsonNode> rows = jsonLines(out);
    assertEquals("M1", rows.get(0).get("id").asText());
    assertEquals("operating frequency=6,2 GHz", rows.get(0).get("explanation").asText(),
        "the plant is no fact once columns are mapped");
    assertEquals("6,2 GHz", rows.get(0).get("facts").get("operating frequency").asText(), "the results keep the facts");
    assertEquals("", rows.get(1).get("explanation").asText(), "an empty cell states nothing");
  }

  @Test
  void aCellThatIsNoValueFailsItsRowNamingLineAndColumnAndTheBatchGoesOn() throws IOException {
    Path in = write("in.csv", "id,text,FREQ_GHZ\nA,widget,6\nB,widget,n/a\nC,widget,0\nD,widget,5 W\nE,widget,7\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, mapped("operating frequency=FREQ_GHZ:GHz")));
    List<JsonNode> rows = jsonLines(out);
    assertEquals(5, rows.size());
    for (int i : new int[] {1, 2, 3}) {
      String error = rows.get(i).get("error").asText();
      assertTrue(error.contains("line " + (i + 2)) && error.contains("column 'FREQ_GHZ'"), error);
      assertFalse(rows.get(i).has("decision"));
    }
    assertTrue(rows.get(1).get("error").asText().contains("'n/a'"));
    assertEquals("operating frequency=7 GHz", rows.get(4).get("explanation").asText());
  }

  @Test
  void aMappedColumnTheHeaderLacksOrThatIsTheTextColumnIsBadInput() throws IOException {
    Path in = write("in.csv", "id,text,FREQ\n1,widget,6\n");
    assertEquals(BatchClassification.BAD_INPUT, run(in, dir.resolve("a.jsonl"), mapped("operating frequency=FREQ_GHZ:GHz")));
    assertTrue(err.toString().contains("no column 'FREQ_GHZ'"), err.toString());
    assertEquals(BatchClassification.BAD_INPUT, run(in, dir.resolve("b.jsonl"), mapped("operating frequency=text:GHz")));
    assertTrue(err.toString().contains("maps the text column"), err.toString());
    Path prefixed = write("p.csv", "id,text,FREQ,fact:frequency\n1,widget,6,7 GHz\n");
    assertEquals(BatchClassification.BAD_INPUT, run(prefixed, dir.resolve("c.jsonl"), mapped("operating frequency=FREQ:GHz")));
    assertTrue(err.toString().contains("state the same parameter"), err.toString());
  }

  @Test
  void inJsonLinesAMappedFieldIsANumberOrAStringAndAFieldNoRowHasIsReported() throws IOException {
    Path in = write("in.jsonl", "{\"id\":1,\"text\":\"widget\",\"F\":6.5}\n{\"id\":2,\"text\":\"widget\",\"F\":\"7,5\"}\n"
        + "{\"id\":3,\"text\":\"widget\",\"F\":null}\n{\"id\":4,\"text\":\"widget\",\"F\":{\"v\":1}}\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out,
        mapped("operating frequency=F:GHz", "wavelength=WL_NM:nm")));
    List<JsonNode> rows = jsonLines(out);
    assertEquals("operating frequency=6.5 GHz", rows.get(0).get("explanation").asText());
    assertEquals("operating frequency=7,5 GHz", rows.get(1).get("explanation").asText());
    assertEquals("", rows.get(2).get("explanation").asText());
    assertTrue(rows.get(3).get("error").asText().contains("field 'F'"), rows.get(3).toString());
    assertTrue(err.toString().contains("no row has the field 'WL_NM'"), err.toString());
  }

  @Test
  void theCsvOutputHasTheColumnsAnErpImports() throws IOException {
    Path in = write("in.csv", "id,text\nW1,widget\nG1,gadget\nN1,chair\nX1,\"\"\n");
    Path out = dir.resolve("out.csv");
    assertEquals(BatchClassification.ROWS_FAILED, run(in, out, BatchOptions.defaults()));
    List<String> lines = Files.readAllLines(out);
    assertEquals(CsvRowWriter.HEADER, lines.get(0));
    List<String> header = List.of(CsvRowWriter.HEADER.split(","));
    assertEquals(List.of("line", "id", "decision", "code", "entry", "cyberSurveillance", "confidence", "questions",
        "list", "listVersion", "evidence", "article5", "missingFacts", "candidates", "error"), header);
    List<String> widget = CsvRecordReaderTest.fields(lines.get(1));
    assertEquals(List.of("2", "W1", "LISTED", "9A999.a", "9A999", "true", "0.813", "", "test", ""),
        widget.subList(0, 10));
    assertEquals("9A999.a: text and criteria fit; words: widget. Met: frequency > 5 GHz: 6 GHz meets it.",
        widget.get(header.indexOf("evidence")));
    List<String> gadget = CsvRecordReaderTest.fields(lines.get(2));
    assertEquals("What is the mass? | What is the wavelength?", gadget.get(header.indexOf("questions")));
    assertEquals("mass; wavelength", gadget.get(header.indexOf("missingFacts")));
    List<String> chair = CsvRecordReaderTest.fields(lines.get(3));
    assertEquals(List.of("", "", ""), List.of(chair.get(3), chair.get(4), chair.get(6)),
        "an unlisted row has no code, entry or confidence");
    assertEquals("The best remaining candidate fits the text too weakly.", chair.get(header.indexOf("evidence")).strip());
    List<String> failed = CsvRecordReaderTest.fields(lines.get(4));
    assertTrue(failed.get(header.indexOf("error")).contains("line 5"), lines.get(4));
    assertEquals(header.size(), failed.size());
  }

  @Test
  void theJsonLinesOutputKeepsTheProductAndTheWholeClassification() throws IOException {
    Path in = write("in.jsonl", "{\"id\":\"A\",\"text\":\"gadget\",\"lang\":\"de\",\"facts\":{\"mass\":\"5 kg\"}}\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(BatchClassification.OK, run(in, out, BatchOptions.defaults()));
    JsonNode row = jsonLines(out).get(0);
    assertEquals("gadget", row.get("text").asText());
    assertEquals("de", row.get("lang").asText());
    assertEquals("5 kg", row.get("facts").get("mass").asText());
    assertEquals(0.5, row.get("confidence").asDouble());
    assertEquals("What is the mass?", row.get("missingFacts").get(0).get("question").asText());
    assertEquals("", row.get("listVersion").asText(), "a list of a test has no registry entry");
  }
}
