package org.dualuse.bench.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ControlCodeFormatException;

/**
 * Reads labelled datasets into {@link LabelledCase}s, in file order.
 *
 * <p>Both formats are JSON Lines (UTF-8); blank lines and lines whose first non-blank character is
 * {@code #} are comments. Every other line must be one case: a malformed line (bad JSON, a missing
 * or mistyped field, an invalid code, an id used twice) throws a {@link DatasetFormatException}
 * naming the file and the line. Nothing is dropped silently. See {@link DatasetFormat} for the
 * fields of each format and {@link EccnMapping} for how CommodityBench's US labels become Annex I
 * labels.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DatasetReader() {}

  /**
   * Reads a whole dataset file.
   *
   * @throws DatasetFormatException on a malformed line
   * @throws UncheckedIOException when the file cannot be read (the message names it)
   */
  public static List<LabelledCase> read(Path file, DatasetFormat format) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a dataset from a reader; {@code source} names it in error messages.
   *
   * @throws DatasetFormatException on a malformed line
   */
  public static List<LabelledCase> read(Reader reader, String source, DatasetFormat format)
      throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<LabelledCase> cases = new ArrayList<>();
    Map<String, Integer> firstLineOfId = new HashMap<>();
    String raw;
    int line = 0;
    while ((raw = in.readLine()) != null) {
      line++;
      String text = line == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
      String stripped = text.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(stripped);
      } catch (JsonProcessingException e) {
        throw new DatasetFormatException(source, line, "not valid JSON: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new DatasetFormatException(source, line, "expected one JSON object per line");
      }
      LabelledCase c =
          format == DatasetFormat.COMMODITYBENCH
              ? commodityBenchCase(node, source, line)
              : dualUseCase(node, source, line);
      Integer first = firstLineOfId.putIfAbsent(c.id(), line);
      if (first != null) {
        throw new DatasetFormatException(source, line, "id '" + c.id() + "' already used on line " + first);
      }
      cases.add(c);
    }
    requireSplitOnAllOrNone(cases, source);
    return List.copyOf(cases);
  }

  private static LabelledCase dualUseCase(JsonNode node, String source, int line) {
    String text = requiredText(node, "text", source, line);
    JsonNode expectedNode = node.get("expected");
    if (expectedNode == null || expectedNode.isNull()) {
      throw new DatasetFormatException(source, line, "missing field 'expected' ([] for not listed)");
    }
    if (!expectedNode.isArray()) {
      throw new DatasetFormatException(source, line, "'expected' must be an array of codes, was " + expectedNode);
    }
    List<ControlCode> expected = new ArrayList<>();
    for (JsonNode e : expectedNode) {
      if (!e.isTextual()) {
        throw new DatasetFormatException(source, line, "'expected' holds a non-string: " + e);
      }
      try {
        expected.add(ControlCode.parse(e.asText().strip()));
      } catch (ControlCodeFormatException ex) {
        throw new DatasetFormatException(source, line, "invalid code in 'expected': " + ex.getMessage(), ex);
      }
    }
    return new LabelledCase(
        optionalText(node, "id", source, line),
        text,
        expected,
        facts(node, source, line),
        optionalBoolean(node, "cyberSurveillance", source, line),
        optionalText(node, "list", source, line),
        optionalText(node, "lang", source, line),
        optionalText(node, "kind", source, line),
        optionalText(node, "rationale", source, line),
        optionalText(node, "style", source, line),
        split(node, source, line),
        line);
  }

  /** A corpus is split whole or not at all: a case without a half would be counted in neither. */
  private static void requireSplitOnAllOrNone(List<LabelledCase> cases, String source) {
    LabelledCase firstSplit = null;
    LabelledCase firstUnsplit = null;
    for (LabelledCase c : cases) {
      if (c.split().isPresent() && firstSplit == null) {
        firstSplit = c;
      } else if (c.split().isEmpty() && firstUnsplit == null) {
        firstUnsplit = c;
      }
    }
    if (firstSplit != null && firstUnsplit != null) {
      throw new DatasetFormatException(source, firstUnsplit.line(),
          "case '" + firstUnsplit.id() + "' has no 'split' while line " + firstSplit.line()
              + " has one: a split corpus gives every case its half (tune or check)");
    }
  }

  private static Optional<Split> split(JsonNode node, String source, int line) {
    try {
      return Split.parse(optionalText(node, "split", source, line));
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, line, e.getMessage(), e);
    }
  }

  private static LabelledCase commodityBenchCase(JsonNode node, String source, int line) {
    String text = requiredText(node, "description", source, line);
    String gold = requiredText(node, "gold_eccn", source, line);
    EccnMapping.Mapped mapped;
    try {
      mapped = EccnMapping.toAnnexI(gold);
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(source, line, "'gold_eccn': " + e.getMessage(), e);
    }
    String category = optionalText(node, "category", source, line);
    String rationale =
        "US ECCN " + gold.strip() + (category.isEmpty() ? "" : " (category " + category + ")")
            + " -> " + mapped.rule().description();
    return new LabelledCase(
        optionalText(node, "id", source, line),
        text,
        mapped.expected(),
        Map.of(),
        false,
        "",
        "en",
        mapped.rule().label(),
        rationale,
        "",
        Optional.empty(),
        line);
  }

  private static String requiredText(JsonNode node, String field, String source, int line) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new DatasetFormatException(source, line, "missing field '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new DatasetFormatException(source, line, "'" + field + "' must be a string, was " + v);
    }
    if (v.asText().isBlank()) {
      throw new DatasetFormatException(source, line, "'" + field + "' is blank");
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String field, String source, int line) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isValueNode() || v.isBoolean()) {
      throw new DatasetFormatException(source, line, "'" + field + "' must be a string, was " + v);
    }
    return v.asText();
  }

  private static boolean optionalBoolean(JsonNode node, String field, String source, int line) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new DatasetFormatException(source, line, "'" + field + "' must be true or false, was " + v);
    }
    return v.asBoolean();
  }

  private static Map<String, String> facts(JsonNode node, String source, int line) {
    JsonNode v = node.get("facts");
    if (v == null || v.isNull()) {
      return Map.of();
    }
    if (!v.isObject()) {
      throw new DatasetFormatException(source, line, "'facts' must be an object of name to value, was " + v);
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getValue().isValueNode() || f.getValue().isNull()) {
        throw new DatasetFormatException(
            source, line, "fact '" + f.getKey() + "' must be a value with unit, was " + f.getValue());
      }
      facts.put(f.getKey(), f.getValue().asText());
    }
    return facts;
  }
}
