package org.dualuse.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
   * Reads a whole dataset file. Its bytes are decoded as UTF-8 line by line, strictly: a byte that
   * is not part of a valid character is an error naming the line and its byte offset, never a
   * replacement character in a case's text.
   *
   * @throws DatasetFormatException on a malformed line, invalid UTF-8 included
   * @throws UncheckedIOException when the file cannot be read (the message names it)
   */
  public static List<LabelledCase> read(Path file, DatasetFormat format) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset " + file + ": " + e.getMessage(), e);
    }
    try {
      return read(new StringReader(decodeStrictly(bytes, file.toString())), file.toString(), format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of UTF-8 bytes, decoded one line at a time so that an error names its line.
   *
   * @throws DatasetFormatException at the first invalid byte: the line, the byte's position in it
   *     and its offset in the file (both counted from 0)
   */
  static String decodeStrictly(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder(bytes.length);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n') {
        continue;
      }
      ByteBuffer in = ByteBuffer.wrap(bytes, start, i - start);
      // UTF-8 never decodes to more chars than it has bytes
      CharBuffer chars = CharBuffer.allocate(i - start);
      decoder.reset();
      CoderResult result = decoder.decode(in, chars, true);
      if (!result.isError()) {
        result = decoder.flush(chars);
      }
      if (result.isError()) {
        int offset = in.position();
        throw new DatasetFormatException(source, line, String.format(Locale.ROOT,
            "invalid UTF-8: byte 0x%02X at byte %d of the line (offset %d in the file) is not part of a valid"
                + " character; save the file as UTF-8", bytes[offset] & 0xFF, offset - start, offset));
      }
      text.append(chars.flip());
      if (i < bytes.length) {
        text.append('\n');
      }
      start = i + 1;
      line++;
    }
    return text.toString();
  }

  /**
   * Reads a dataset from a reader; {@code source} names it in error messages.
   *
   * @throws DatasetFormatException on a malformed line
   */
  public static List<LabelledCase> read(Reader reader, String source, DatasetFormat format)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
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
