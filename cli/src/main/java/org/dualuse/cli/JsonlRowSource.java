package org.dualuse.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.criteria.FactFormatException;

/**
 * Rows of a JSON Lines file: one object a line with the description in {@code text} (or
 * {@code description}, or the field the option names), an optional {@code id} (or the field the
 * option names), optional {@code facts} (object of name to value with unit) and {@code lang}, and the
 * fields that {@link FactColumn}s map (a number or a string; null or absent states nothing). Blank
 * lines are not rows. A line that is not exactly one such object comes back as a failed row naming its
 * line: not JSON, two objects or anything after the object, a key given twice, bytes that are not
 * UTF-8, a line longer than the limit, a mapped field whose value cannot be read as its
 * parameter's (naming the field).
 */
final class JsonlRowSource implements RowSource {
  /** One object a line, and nothing after it; a key given twice is an error, not "the last wins". */
  private static final ObjectReader STRICT = Json.MAPPER.reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final InputLines in;
  private final String source;
  private final Optional<String> textField;
  private final String idField;
  private final List<FactColumn> mapped;
  private final Set<FactColumn> seen = new HashSet<>();
  private long line;
  private long position;

  JsonlRowSource(InputLines in, String source, Optional<String> textField, Optional<String> idField,
      List<FactColumn> mapped) {
    this.in = in;
    this.source = source;
    this.textField = textField;
    this.idField = idField.orElse("id");
    this.mapped = List.copyOf(mapped);
  }

  /** The mapped fields no row has had so far (a misspelt field name states nothing, silently otherwise). */
  @Override
  public List<FactColumn> unseenFactColumns() {
    return mapped.stream().filter(m -> !seen.contains(m)).toList();
  }

  @Override
  public BatchRow next() throws IOException {
    InputLines.Line l;
    do {
      l = in.next();
      if (l == null) {
        return null;
      }
      line = l.number();
      position += l.bytes();
    } while (l.problem() == null && l.text().isBlank());
    if (l.problem() != null) {
      return BatchRow.failed(line, null, source + ": " + l.problem());
    }
    JsonNode node;
    try {
      node = STRICT.readTree(l.text());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
      return BatchRow.failed(line, null, source + ": line " + line + where + ": not one valid JSON object: "
          + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return fail(null, "expected one JSON object per line");
    }
    JsonNode idNode = node.get(idField);
    String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asText() : null;
    JsonNode text = textField.map(node::get).orElseGet(() -> node.has("text") ? node.get("text") : node.get("description"));
    if (text == null || text.isNull()) {
      return fail(id, "no " + textField.map(f -> "'" + f + "'").orElse("'text' or 'description'") + " field");
    }
    if (!text.isTextual() || text.asText().isBlank()) {
      return fail(id, "empty text");
    }
    Map<String, String> facts = new LinkedHashMap<>();
    JsonNode f = node.get("facts");
    if (f != null && !f.isNull()) {
      if (!f.isObject()) {
        return fail(id, "'facts' must be an object of name to value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isValueNode() || e.getValue().isNull()) {
          return fail(id, "fact '" + e.getKey() + "' must be a value with unit");
        }
        facts.put(e.getKey(), e.getValue().asText());
      }
    }
    for (FactColumn m : mapped) {
      JsonNode v = fieldIgnoringCase(node, m.column());
      if (v == null || v.isNull()) {
        continue;
      }
      seen.add(m);
      if (!v.isValueNode() || v.isBoolean()) {
        return fail(id, "field '" + m.column() + "' (" + m + ") must be a number or a string");
      }
      if (v.asText().isBlank()) {
        continue;
      }
      if (facts.containsKey(m.parameter().name())) {
        return fail(id, "field '" + m.column() + "' (" + m + ") and 'facts' both state '" + m.parameter().name() + "'");
      }
      try {
        facts.put(m.parameter().name(), m.value(v.asText()));
      } catch (FactFormatException e) {
        return fail(id, "field '" + m.column() + "' (" + m + "): " + e.getMessage());
      }
    }
    JsonNode lang = node.get("lang");
    return BatchRow.of(line, id, new Product(text.asText().strip(), facts, lang == null ? "" : lang.asText()));
  }

  private static JsonNode fieldIgnoringCase(JsonNode node, String name) {
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return node.get(f);
      }
    }
    return null;
  }

  private BatchRow fail(String id, String problem) {
    return BatchRow.failed(line, id, source + ": line " + line + ": " + problem);
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
