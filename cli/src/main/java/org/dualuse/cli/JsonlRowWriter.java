package org.dualuse.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.dualuse.core.classify.Product;
import org.dualuse.eval.ClassificationJson;

/**
 * Writes one JSON object a line: {@code line}, {@code id} (null when the input gives none); the
 * product as it was classified, {@code text}, {@code lang} and {@code facts} (the stated facts,
 * from fact columns, {@code fact:} columns or the row's own {@code facts}), absent when the row
 * could not be read; then either {@code error} or the keys of {@code classify --json} as
 * {@link ClassificationJson} writes them ({@code decision}, {@code confidence}, {@code candidates},
 * {@code cyberSurveillance}, {@code article5}, {@code missingFacts}, {@code list},
 * {@code listVersion}, {@code explanation}). With the product in it, a results file is complete
 * for {@code dualuse rescreen}: it needs not the input again.
 */
final class JsonlRowWriter implements RowWriter {
  private static final ObjectWriter ONE_LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private final Writer out;
  private final int top;

  /**
   * @param out where the records go
   * @param top the most candidates a record lists
   */
  JsonlRowWriter(Writer out, int top) {
    this.out = out;
    this.top = top;
  }

  @Override
  public void write(BatchOutcome o) throws IOException {
    ObjectNode n = Json.object();
    n.put("line", o.row().line());
    n.put("id", o.row().id());
    Product p = o.product();
    if (p != null) {
      n.put("text", p.text());
      n.put("lang", p.language());
      ObjectNode facts = n.putObject("facts");
      p.facts().forEach(facts::put);
    }
    if (o.failed()) {
      n.put("error", o.error());
    } else {
      n.setAll(ClassificationJson.of(o.classification(), top, ListVersions.of(o.classification().listId())));
    }
    out.write(ONE_LINE.writeValueAsString(n));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
