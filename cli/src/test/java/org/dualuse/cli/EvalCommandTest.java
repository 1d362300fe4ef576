package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int eval(String... args) {
    CommandLine cl = DualUseCommand.newCommandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    EvalCommand command = cl.getSubcommands().get("eval").getCommand();
    command.classifiers = id -> new BatchClassificationTest.WidgetClassifier();
    command.knownCodes = id -> code -> !code.toString().equals("3A999");
    String[] full = new String[args.length + 1];
    full[0] = "eval";
    System.arraycopy(args, 0, full, 1, args.length);
    return cl.execute(full);
  }

  private Path dataset(String... lines) throws IOException {
    Path p = dir.resolve("cases.jsonl");
    Files.write(p, List.of(lines));
    return p;
  }

  @Test
  void jsonOutputCarriesTheMetricsOfTheDesign() throws IOException {
    Path d =
        dataset(
            "{\"id\":\"a\",\"text\":\"widget, 6 GHz\",\"expected\":[\"9A999.a\"]}",
            "{\"id\":\"b\",\"text\":\"gizmo\",\"expected\":[\"3A999\"]}",
            "{\"id\":\"c\",\"text\":\"chair\",\"expected\":[]}");
    assertEquals(0, eval("--dataset", d.toString(), "--json", "--errors"));
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertEquals(3, json.get("cases").asInt());
    assertEquals(2.0 / 3, json.get("entryTop1").asDouble(), 1e-6);
    assertEquals(1.0, json.get("notListedAccuracy").asDouble());
    assertEquals(0.5, json.get("listedRecall").asDouble());
    assertTrue(json.get("cyberSurveillanceRecall").isNull());
    assertEquals("b", json.get("errors").get(0).get("id").asText());
    assertEquals("dualuse", json.get("format").asText());
    assertEquals("b (line 2): 3A999", json.get("expectedNotInList").get(0).asText());
  }

  @Test
  void casesForAnotherListAreSkippedAndCounted() throws IOException {
    Path d =
        dataset(
            "{\"text\":\"widget\",\"expected\":[\"9A999\"],\"list\":\"us-ccl\"}",
            "{\"text\":\"chair\",\"expected\":[],\"list\":\"test\"}");
    assertEquals(0, eval("--dataset", d.toString(), "--json"));
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertEquals(1, json.get("cases").asInt());
    assertEquals(1, json.get("skippedOtherList").asInt());
  }

  @Test
  void aMalformedLineIsBadInputNamingTheLine() throws IOException {
    Path d = dataset("{\"text\":\"widget\",\"expected\":[]}", "{\"text\":\"x\"}");
    assertEquals(2, eval("--dataset", d.toString()));
    assertTrue(err.toString().contains(":2: missing field 'expected'"), err.toString());
  }

  @Test
  void anUnknownFormatIsBadInput() throws IOException {
    Path d = dataset("{\"text\":\"widget\",\"expected\":[]}");
    assertEquals(2, eval("--dataset", d.toString(), "--format", "xml"));
    assertTrue(err.toString().contains("commoditybench"), err.toString());
  }

  @Test
  void theTextReportShowsRatesIntervalsAndMisses() throws IOException {
    Path d = dataset("{\"id\":\"g\",\"text\":\"gizmo\",\"expected\":[\"3A999\"]}", "{\"text\":\"widget\",\"expected\":[]}");
    assertEquals(0, eval("--dataset", d.toString(), "--errors"));
    String text = out.toString();
    assertTrue(text.contains("entryTop1") && text.contains("95% interval"), text);
    assertTrue(text.contains("- g (line 1) expected [3A999], got NOT_LISTED"), text);
    assertTrue(text.contains("by kind"), text);
  }

  @Test
  void invalidUtf8InADatasetIsBadInputInOneLineNamingTheLineAndTheByte() throws IOException {
    Path d = dir.resolve("latin1.jsonl");
    byte[] good = "{\"text\":\"widget\",\"expected\":[]}\n{\"text\":\"W".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] rest = "rmebildkamera\",\"expected\":[]}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + 1 + rest.length];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = (byte) 0xE4; // 'ä' in ISO-8859-1, no character in UTF-8
    System.arraycopy(rest, 0, all, good.length + 1, rest.length);
    Files.write(d, all);
    assertEquals(2, eval("--dataset", d.toString()));
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("latin1.jsonl:2: invalid UTF-8") && message.contains("0xE4")
        && message.contains("offset " + good.length), message);
    assertTrue(out.toString().isEmpty(), out.toString());
  }
}
