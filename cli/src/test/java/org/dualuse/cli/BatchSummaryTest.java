package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSummaryTest {
  @TempDir Path dir;

  private static ResultRow row(long line, String id, Decision d, String code, boolean cyber, List<String> article5,
      List<String> missing) {
    return new ResultRow(line, id, Product.of("text " + line), null, d, Optional.ofNullable(code).map(ControlCode::parse),
        cyber, article5, missing.stream().map(m -> new ResultRow.Question(m, "What is the " + m + "?")).toList(), "test",
        Optional.empty(), false);
  }

  private static BatchSummary sample() {
    BatchSummary s = new BatchSummary();
    s.add(row(2, "A", Decision.LISTED, "3A001.b.2", false, List.of(), List.of()));
    s.add(row(3, "B", Decision.LISTED, "5A001.f.1", true, List.of(), List.of()));
    s.add(row(4, "C", Decision.NEEDS_FACTS, "3A001.a.5", false, List.of(), List.of("resolution", "sample rate")));
    s.add(row(5, "<script>alert(1)</script>", Decision.NEEDS_FACTS, "6A003.b.4", false, List.of(), List.of("frame rate")));
    s.add(row(6, "E", Decision.NOT_LISTED, null, false, List.of("communications interception"), List.of()));
    s.add(row(7, "F", Decision.NOT_LISTED, null, false, List.of(), List.of()));
    s.add(ResultRow.failed(8, "G", null, "in.csv: line 8: empty text"));
    s.add(row(9, "H", Decision.NEEDS_FACTS, "3A001.a.5", false, List.of(), List.of("resolution")));
    return s;
  }

  @Test
  void rowsAreCountedByDecisionCategoryAndEntry() {
    JsonNode j = sample().toJson();
    assertEquals(8, j.get("rows").asInt());
    assertEquals(1, j.get("failed").asInt());
    assertEquals(2, j.get("decisions").get("LISTED").asInt());
    assertEquals(3, j.get("decisions").get("NEEDS_FACTS").asInt());
    assertEquals(2, j.get("decisions").get("NOT_LISTED").asInt());
    JsonNode electronics = j.get("categories").get(3);
    assertEquals("Electronics", electronics.get("title").asText());
    assertEquals(1, electronics.get("listed").asInt());
    assertEquals(2, electronics.get("needsFacts").asInt());
    assertEquals(10, j.get("categories").size(), "every category, with or without rows");
    JsonNode first = j.get("entries").get(0);
    assertEquals("3A001", first.get("entry").asText(), "the entry with most rows first");
    assertEquals(3, first.get("listed").asInt() + first.get("needsFacts").asInt());
  }

  @Test
  void cyberSurveillanceItemsAndArticle5IndicatorsAreCountedApart() {
    JsonNode c = sample().toJson().get("cyberSurveillance");
    assertEquals(1, c.get("listedRows").asInt());
    assertEquals("5A001", c.get("listedEntries").get(0).get("entry").asText());
    assertEquals(1, c.get("article5Rows").asInt());
    assertEquals("communications interception", c.get("article5Indicators").get(0).get("indicator").asText());
  }

  @Test
  void rowsNeedingFactsAreListedWithTheQuestionsMostAskedFirst() {
    JsonNode n = sample().toJson().get("needsFacts");
    assertEquals(3, n.get("rows").asInt());
    assertEquals("resolution", n.get("questions").get(0).get("parameter").asText());
    assertEquals(2, n.get("questions").get(0).get("rows").asInt());
    assertEquals(List.of("C", "<script>alert(1)</script>", "H"),
        List.of(n.get("rowsListed").get(0).get("id").asText(), n.get("rowsListed").get(1).get("id").asText(),
            n.get("rowsListed").get(2).get("id").asText()));
    assertTrue(n.get("rowsListedComplete").asBoolean());
  }

  @Test
  void thePageIsOneStaticFileWithBalancedMarkupAndEveryInputTextEscaped() {
    String html = SummaryPage.of(sample());
    assertFalse(html.contains("<script"), "an id from the input never becomes markup");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for (String external : List.of("http:", "https:", "src=", "<link", "@import", "url(")) {
      assertFalse(html.contains(external), "the page refers to nothing outside itself: " + external);
    }
    assertTrue(html.contains("<td>3 Electronics</td>"), "a row per category");
    assertTrue(html.contains("class=\"bar\""));
    assertBalanced(html);
  }

  /** Every element the page opens is closed in order (void elements aside). */
  private static void assertBalanced(String html) {
    Matcher m = Pattern.compile("<(/?)([a-z0-9]+)[^>]*>").matcher(html);
    Deque<String> open = new ArrayDeque<>();
    List<String> empty = List.of("meta", "br", "hr");
    while (m.find()) {
      String tag = m.group(2);
      if (empty.contains(tag)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(tag);
      } else {
        assertEquals(open.isEmpty() ? "(none)" : open.peek(), tag, "closing " + tag + " at " + m.start());
        open.pop();
      }
    }
    assertTrue(open.isEmpty(), "left open: " + open);
  }

  @Test
  void aSummaryNameGivesAJsonAndAnHtmlFile() throws IOException {
    assertEquals(List.of(dir.resolve("s.json"), dir.resolve("s.html")), SummaryFiles.of(dir.resolve("s")));
    assertEquals(List.of(dir.resolve("s.json"), dir.resolve("s.html")), SummaryFiles.of(dir.resolve("s.json")));
    assertEquals(List.of(dir.resolve("s.json"), dir.resolve("s.html")), SummaryFiles.of(dir.resolve("s.HTML")));
    List<Path> files = SummaryFiles.write(sample(), dir.resolve("s"));
    assertEquals(8, Json.MAPPER.readTree(files.get(0).toFile()).get("rows").asInt());
    assertTrue(Files.readString(files.get(1)).startsWith("<!DOCTYPE html>"));
    Path output = Files.writeString(dir.resolve("r.json"), "{}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SummaryFiles.checkWritable(dir.resolve("r"), output));
    assertTrue(e.getMessage().contains("would overwrite"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SummaryFiles.checkWritable(dir.resolve("none").resolve("s")));
  }

  @Test
  void aResultsFileReadsBackToTheRowsItWasWrittenFrom() throws IOException {
    Path results = Files.writeString(dir.resolve("r.jsonl"), String.join("\n",
        "{\"line\":2,\"id\":\"A\",\"text\":\"GaN amplifier\",\"lang\":\"en\",\"facts\":{\"operating frequency\":\"3 GHz\"},"
            + "\"decision\":\"NEEDS_FACTS\",\"confidence\":0.5,\"candidates\":[{\"code\":\"3A001.b.2\"}],"
            + "\"cyberSurveillance\":false,\"article5\":[],\"missingFacts\":[{\"parameter\":\"peak saturated output power\","
            + "\"question\":\"What is it?\",\"decides\":[]}],\"list\":\"eu-annex-i-2025-11-15\"}",
        "{\"line\":3,\"id\":null,\"error\":\"in.csv: line 3: empty text\"}",
        "",
        "not json",
        "{\"line\":5,\"decision\":\"MAYBE\"}",
        "{\"id\":\"no line\",\"decision\":\"LISTED\"}") + "\n");
    List<ResultRow> rows = new java.util.ArrayList<>();
    try (ResultsFile in = new ResultsFile(results)) {
      for (ResultRow r = in.next(); r != null; r = in.next()) {
        rows.add(r);
      }
    }
    assertEquals(5, rows.size(), "a blank line is no record");
    ResultRow first = rows.get(0);
    assertEquals(Map.of("operating frequency", "3 GHz"), first.product().facts());
    assertEquals(Optional.of(ControlCode.parse("3A001.b.2")), first.code());
    assertEquals("peak saturated output power", first.questions().get(0).parameter());
    assertTrue(rows.get(1).failed() && !rows.get(1).unreadable(), "a row the batch failed on");
    for (ResultRow bad : rows.subList(2, 5)) {
      assertTrue(bad.unreadable(), bad.toString());
      assertTrue(bad.error().startsWith(results + ": line "), bad.error());
    }
    assertTrue(rows.get(3).error().contains("unknown decision 'MAYBE'"), rows.get(3).error());
    assertTrue(rows.get(4).error().contains("no 'line'"), rows.get(4).error());
  }
}
