package org.dualuse.index.surveillance;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;

/**
 * What a check prepares once per list and node (which note clauses concern a candidate, which
 * vocabulary phrases would show a software item serves a flagged one), kept for the next product.
 * Lists are not kept alive by it. Thread-safe.
 *
 * @param <V> the prepared value
 */
final class PreparedPerNode<V> {
  private final Map<ControlList, Map<ControlCode, V>> byList = Collections.synchronizedMap(new WeakHashMap<>());
  // the list asked last: nearly every call asks about the same list, and finding it in the
  // synchronized map would make every thread take its lock once per candidate
  private volatile Last<V> last;

  private record Last<V>(WeakReference<ControlList> list, Map<ControlCode, V> byCode) {}

  private final BiFunction<ControlNode, ControlList, V> prepare;

  /** @param prepare what to prepare for a node of a list, on first use */
  PreparedPerNode(BiFunction<ControlNode, ControlList, V> prepare) {
    this.prepare = prepare;
  }

  /** The value prepared for a code of a list, or null when the list has no such node. */
  V get(ControlCode code, ControlList list) {
    Last<V> seen = last;
    Map<ControlCode, V> byCode;
    if (seen != null && seen.list().get() == list) {
      byCode = seen.byCode();
    } else {
      byCode = byList.computeIfAbsent(list, l -> new ConcurrentHashMap<>());
      last = new Last<>(new WeakReference<>(list), byCode);
    }
    V value = byCode.get(code);
    if (value == null) {
      ControlNode node = list.find(code).orElse(null);
      if (node == null) {
        return null;
      }
      value = byCode.computeIfAbsent(code, c -> prepare.apply(node, list));
    }
    return value;
  }
}
