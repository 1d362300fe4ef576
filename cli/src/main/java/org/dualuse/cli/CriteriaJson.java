package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.quantity.Quantity;

/**
 * The structured form of a {@link Criterion} in the JSON of {@code show}: logic nodes
 * {@code {"logic": "allOf" | "anyOf" | "not", "of": [...]}}; threshold leaves {@code {parameter,
 * comparison (> >= < <=), value, unit}}; range leaves {@code {parameter, comparison: "in", low, high,
 * lowInclusive, highInclusive, unit}} ({@code "outside": true} for a range the value must lie outside);
 * feature leaves {@code {feature, keywords}}. Values are in the unit the annex writes.
 */
final class CriteriaJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CriteriaJson() {}

  static ObjectNode of(Criterion c) {
    ObjectNode o = NODES.objectNode();
    if (c instanceof AllOf all) {
      logic(o, "allOf", all.criteria());
    } else if (c instanceof AnyOf any) {
      logic(o, "anyOf", any.criteria());
    } else if (c instanceof Not not) {
      logic(o, "not", List.of(not.criterion()));
    } else if (c instanceof Threshold t) {
      o.put("parameter", t.parameter().name());
      o.put("comparison", t.comparison().symbol());
      o.put("value", t.bound().value());
      o.put("unit", t.bound().unit().symbol());
    } else if (c instanceof Range r) {
      Quantity low = r.range().low();
      Quantity high = r.range().high();
      o.put("parameter", r.parameter().name());
      o.put("comparison", "in");
      o.put("low", low.value());
      // both bounds in the lower bound's unit, without the last digit's noise of the conversion
      o.put("high", clean(high.unit().dimension() == low.unit().dimension() ? high.to(low.unit()).value() : high.value()));
      o.put("lowInclusive", r.range().lowInclusive());
      o.put("highInclusive", r.range().highInclusive());
      o.put("unit", low.unit().symbol());
      if (r.outside()) {
        o.put("outside", true);
      }
    } else if (c instanceof Feature f) {
      o.put("feature", f.description());
      f.keywords().forEach(o.putArray("keywords")::add);
    }
    return o;
  }

  private static double clean(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  private static void logic(ObjectNode o, String kind, List<Criterion> of) {
    o.put("logic", kind);
    of.forEach(c -> o.withArray("of").add(of(c)));
  }
}
