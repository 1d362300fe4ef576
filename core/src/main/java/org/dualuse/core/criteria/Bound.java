package org.dualuse.core.criteria;

import org.dualuse.core.quantity.FoundQuantity;

/**
 * One compared value of a provision as {@link BoundReader} reads it: the quantity found, its
 * comparator (null for a test condition such as "at 293 K" and for a written range), where the
 * condition starts and ends in the text (the comparator included), the parameter it bounds and
 * whether the text named that parameter, whether a range is excluded ("outside") or must be covered
 * whole ("entire"), and a second name the same bound holds for, or null.
 */
record Bound(FoundQuantity found, Comparison comparison, int start, int end, Parameter parameter,
    boolean named, boolean outside, boolean entire, Parameter alternative) {
  Bound(FoundQuantity found, Comparison comparison, int start, int end, Parameter parameter, boolean named,
      boolean outside, boolean entire) {
    this(found, comparison, start, end, parameter, named, outside, entire, null);
  }
}
