package org.dualuse.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.code.ControlCode;
import org.dualuse.eval.ClassificationJson;
import org.dualuse.lists.diff.ListChange;
import org.dualuse.lists.diff.ScreeningChange;

/**
 * One JSON object a changed row: {@code line}, {@code id}, {@code text}, {@code facts},
 * {@code before} ({@code decision}, {@code code}, {@code list}, {@code listVersion}),
 * {@code after} (the whole classification, as {@code classify --json}), {@code transition},
 * {@code causeKinds}, {@code nearestCause} (the kind of the first cause, null when none) and
 * {@code causes} ({@code kind}, {@code code}, {@code movedTo},
 * {@code before}, {@code after}, {@code remark}); or {@code line}, {@code id}, {@code error}.
 */
final class JsonlChangedRowWriter implements ChangedRowWriter {
  private static final ObjectWriter ONE_LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private final Writer w;

  JsonlChangedRowWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void change(ResultRow row, ScreeningChange change, Classification after) throws IOException {
    ObjectNode n = Json.object();
    n.put("line", row.line());
    n.put("id", row.id());
    n.put("text", row.product().text());
    ObjectNode facts = n.putObject("facts");
    row.product().facts().forEach(facts::put);
    ObjectNode before = n.putObject("before");
    before.put("decision", change.before().decision().name());
    before.put("code", change.before().code().map(ControlCode::toString).orElse(null));
    before.put("list", change.before().listId());
    before.put("listVersion", ListVersions.of(change.before().listId()));
    n.set("after", ClassificationJson.of(after, Integer.MAX_VALUE, ListVersions.of(after.listId())));
    n.put("transition", change.transition());
    ArrayNode kinds = n.putArray("causeKinds");
    change.causeKinds().forEach(k -> kinds.add(k.name()));
    n.put("nearestCause", change.nearestCause().map(c -> c.kind().name()).orElse(null));
    ArrayNode causes = n.putArray("causes");
    for (ListChange c : change.causes()) {
      ObjectNode o = causes.addObject();
      o.put("kind", c.kind().name());
      o.put("code", c.code().toString());
      c.movedTo().ifPresent(m -> o.put("movedTo", m.toString()));
      o.put("before", c.before());
      o.put("after", c.after());
      if (!c.remark().isEmpty()) {
        o.put("remark", c.remark());
      }
    }
    write(n);
  }

  @Override
  public void error(ResultRow row, String error) throws IOException {
    ObjectNode n = Json.object();
    n.put("line", row.line());
    n.put("id", row.id());
    n.put("error", error);
    write(n);
  }

  private void write(ObjectNode n) throws IOException {
    w.write(ONE_LINE.writeValueAsString(n));
    w.write('\n');
  }

  @Override
  public void close() throws IOException {
    w.close();
  }
}
