package org.dualuse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;

/**
 * Reads back the JSON Lines results of {@code classify --input} ({@link JsonlRowWriter}): one
 * {@link ResultRow} per record, in file order, with the product when the record carries its
 * {@code text} (and {@code facts}, {@code lang}). A record that is not such an object (bad JSON, no
 * {@code line}, an unknown decision, a code that does not parse) comes back as a failed row naming
 * the results file and its line, so that a summary or a re-screening counts it instead of dropping
 * it. Blank lines are not records. Not thread-safe.
 */
final class ResultsFile implements Closeable {
  private final InputLines in;
  private final String source;
  private long position;

  /**
   * @param file the results file (UTF-8 JSON Lines)
   * @throws IOException when it cannot be opened
   */
  ResultsFile(Path file) throws IOException {
    this.in = new InputLines(Files.newInputStream(file), Integer.MAX_VALUE / 8);
    this.source = file.toString();
  }

  /** The next record, or null at the end. */
  ResultRow next() throws IOException {
    InputLines.Line l;
    do {
      l = in.next();
      if (l == null) {
        return null;
      }
      position += l.bytes();
    } while (l.problem() == null && l.text().isBlank());
    if (l.problem() != null) {
      return ResultRow.unreadable(l.number(), null, source + ": " + l.problem());
    }
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(l.text());
    } catch (JsonProcessingException e) {
      return ResultRow.unreadable(l.number(), null, source + ": line " + l.number() + ": not a JSON object: "
          + e.getOriginalMessage());
    }
    try {
      return read(n);
    } catch (IllegalArgumentException | DualUseException e) {
      String id = n != null && n.hasNonNull("id") ? n.get("id").asText() : null;
      return ResultRow.unreadable(l.number(), id, source + ": line " + l.number() + ": " + e.getMessage());
    }
  }

  /** The input bytes read so far, for progress. */
  long position() {
    return position;
  }

  private static ResultRow read(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected one results record (a JSON object)");
    }
    if (!n.hasNonNull("line") || !n.get("line").canConvertToLong() || n.get("line").asLong() < 1) {
      throw new IllegalArgumentException("no 'line' (is this a results file of classify --input?)");
    }
    long line = n.get("line").asLong();
    String id = n.hasNonNull("id") ? n.get("id").asText() : null;
    Product product = product(n);
    if (n.hasNonNull("error")) {
      return ResultRow.failed(line, id, product, n.get("error").asText());
    }
    if (!n.hasNonNull("decision")) {
      throw new IllegalArgumentException("neither 'decision' nor 'error'");
    }
    Decision decision;
    try {
      decision = Decision.valueOf(n.get("decision").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown decision " + DualUseException.quote(n.get("decision").asText()));
    }
    Optional<ControlCode> first = Optional.empty();
    JsonNode candidates = n.get("candidates");
    if (candidates != null && candidates.isArray() && candidates.size() > 0 && candidates.get(0).hasNonNull("code")) {
      first = Optional.of(ControlCode.parse(candidates.get(0).get("code").asText()));
    }
    List<String> article5 = new ArrayList<>();
    for (JsonNode a : array(n, "article5")) {
      article5.add(a.path("indicator").asText());
    }
    List<ResultRow.Question> questions = new ArrayList<>();
    for (JsonNode m : array(n, "missingFacts")) {
      questions.add(new ResultRow.Question(m.path("parameter").asText(), m.path("question").asText()));
    }
    Optional<Double> confidence = n.hasNonNull("confidence") && n.get("confidence").isNumber()
        ? Optional.of(n.get("confidence").asDouble()) : Optional.empty();
    return new ResultRow(line, id, product, null, decision, decision == Decision.NOT_LISTED ? Optional.empty() : first,
        n.path("cyberSurveillance").asBoolean(false), article5, questions, n.path("list").asText(""), confidence,
        false);
  }

  /** The product a record carries; null when it has no {@code text} (results of an earlier version). */
  private static Product product(JsonNode n) {
    if (!n.hasNonNull("text")) {
      return null;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    JsonNode f = n.get("facts");
    if (f != null && f.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        facts.put(e.getKey(), e.getValue().asText());
      }
    }
    return new Product(n.get("text").asText(), facts, n.path("lang").asText(""));
  }

  private static Iterable<JsonNode> array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    return a != null && a.isArray() ? a : List.of();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
