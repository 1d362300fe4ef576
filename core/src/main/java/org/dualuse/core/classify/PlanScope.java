package org.dualuse.core.classify;

import java.util.stream.IntStream;

/**
 * The plans at and below one node of a {@link ParameterClassifier}'s list, with what of the {@link
 * PlanTables} they reach: their parts, the slots of those parts, and the parameters and features one
 * of whose slots lies among them. A scoped evaluation reads only these. They depend on the node alone,
 * so the classifier works them out once per node instead of on every evaluation (where finding the
 * plans, marking the parts and asking of every parameter and feature of the entry whether it reaches
 * them cost more than evaluating the few slots that changed).
 *
 * <p>The scope of every plan ({@link #whole}) has no part or slot marks: everything is in it.
 * Immutable (the arrays are never written after construction), so thread-safe.
 */
final class PlanScope {
  /** The plans in scope are {@code [from, to)}, in code order. */
  final int from;
  final int to;
  /** Per part, whether a plan in scope holds it; null when every part is in scope. */
  final boolean[] partInScope;
  /** Per slot, whether a part in scope holds it; null when every slot is in scope. */
  private final boolean[] slotInScope;
  /** The parameters (by their index in the tables) with a slot in scope, in order. */
  final int[] parameters;
  /** The features (by their index in the tables) with a slot in scope, in order. */
  final int[] features;

  private PlanScope(int from, int to, boolean[] partInScope, boolean[] slotInScope, int[] parameters,
      int[] features) {
    this.from = from;
    this.to = to;
    this.partInScope = partInScope;
    this.slotInScope = slotInScope;
    this.parameters = parameters;
    this.features = features;
  }

  /** Every plan, part, slot, parameter and feature of the tables. */
  static PlanScope whole(PlanTables tables) {
    return new PlanScope(0, tables.plans.size(), null, null,
        IntStream.range(0, tables.parameters.length).toArray(), IntStream.range(0, tables.features.length).toArray());
  }

  /** The plans {@code [from, to)} and the parts, slots, parameters and features they reach. */
  static PlanScope of(PlanTables tables, int from, int to) {
    boolean[] parts = new boolean[tables.parts.size()];
    for (int i = from; i < to; i++) {
      for (int p : tables.planParts[i]) {
        parts[p] = true;
      }
    }
    boolean[] slots = new boolean[tables.slotLeaf.length];
    for (int s = 0; s < slots.length; s++) {
      for (int p : tables.slotParts[s]) {
        if (parts[p]) {
          slots[s] = true;
          break;
        }
      }
    }
    return new PlanScope(from, to, parts, slots, reaching(tables.parameterSlots, slots),
        reaching(tables.featureSlots, slots));
  }

  /** Whether every plan is in scope. */
  boolean isWhole() {
    return partInScope == null;
  }

  /** Whether a part in scope holds the slot. */
  boolean holds(int slot) {
    return slotInScope == null || slotInScope[slot];
  }

  /** The indices of the rows one of whose slots is in scope. */
  private static int[] reaching(int[][] slotsOf, boolean[] slotInScope) {
    return IntStream.range(0, slotsOf.length)
        .filter(i -> IntStream.of(slotsOf[i]).anyMatch(s -> slotInScope[s]))
        .toArray();
  }
}
