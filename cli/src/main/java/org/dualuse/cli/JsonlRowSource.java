package org.dualuse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Product;

/**
 * Rows of a JSON Lines file: one object a line with the description in {@code text} (or
 * {@code description}, or the field the option names), an optional {@code id} (else the line
 * number), optional {@code facts} (object of name to value with unit) and {@code lang}. Blank lines
 * are not rows. A line that is not such an object comes back as a failed row naming its line.
 */
final class JsonlRowSource implements RowSource {
  private final BufferedReader in;
  private final String source;
  private final Optional<String> textField;
  private long line;
  private long position;

  JsonlRowSource(BufferedReader in, String source, Optional<String> textField) {
    this.in = in;
    this.source = source;
    this.textField = textField;
  }

  @Override
  public BatchRow next() throws IOException {
    String s;
    do {
      s = in.readLine();
      if (s == null) {
        return null;
      }
      line++;
      position += CsvRecordReader.utf8Length(s);
    } while (s.isBlank());
    if (line == 1 && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(s);
    } catch (JsonProcessingException e) {
      return fail(null, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return fail(null, "expected one JSON object per line");
    }
    JsonNode idNode = node.get("id");
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
    JsonNode lang = node.get("lang");
    return BatchRow.of(line, id, new Product(text.asText().strip(), facts, lang == null ? "" : lang.asText()));
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
