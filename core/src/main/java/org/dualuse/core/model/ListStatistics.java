package org.dualuse.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.quantity.QuantityFinder;

/**
 * Counts that describe a parsed list and how much of it the parser understood.
 *
 * <p>{@code provisionsWithQuantities} counts the nodes (entries and items) whose own text holds at
 * least one number with a unit; {@code provisionsWithCriteria} counts the nodes with a typed,
 * numeric criterion (a {@link org.dualuse.core.criteria.Threshold} or
 * {@link org.dualuse.core.criteria.Range}; features without numbers do not count);
 * {@code quantitiesTyped} is how many of the first also belong to the second, the parser's coverage.
 *
 * @param entries number of entries
 * @param items number of items below the entries
 * @param notes notes attached to nodes, by kind
 * @param decontrolNotes notes that release items
 * @param decontrolNotesWithExclusion decontrol notes whose release condition was typed
 * @param definitions global defined terms
 * @param provisionsWithQuantities nodes whose text holds a quantity
 * @param provisionsWithCriteria nodes with a typed numeric criterion
 * @param quantitiesTyped nodes with both
 * @param cyberSurveillance codes flagged as cyber-surveillance items, in list order
 */
public record ListStatistics(
    int entries,
    int items,
    Map<NoteKind, Integer> notes,
    int decontrolNotes,
    int decontrolNotesWithExclusion,
    int definitions,
    int provisionsWithQuantities,
    int provisionsWithCriteria,
    int quantitiesTyped,
    List<String> cyberSurveillance) {

  public ListStatistics {
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(cyberSurveillance, "cyberSurveillance");
    // an EnumMap keeps the kinds in declaration order, so reports print the same every run
    java.util.EnumMap<NoteKind, Integer> ordered = new java.util.EnumMap<>(NoteKind.class);
    ordered.putAll(notes);
    notes = java.util.Collections.unmodifiableMap(ordered);
    cyberSurveillance = List.copyOf(cyberSurveillance);
  }

  /** Counts a list. Walks every node once; safe to call from any thread. */
  public static ListStatistics of(ControlList list) {
    QuantityFinder finder = QuantityFinder.standard();
    Map<NoteKind, Integer> notes = new EnumMap<>(NoteKind.class);
    for (NoteKind kind : NoteKind.values()) {
      notes.put(kind, 0);
    }
    int decontrol = 0;
    int withExclusion = 0;
    int withQuantities = 0;
    int withCriteria = 0;
    int typed = 0;
    for (ControlNode node : list.allNodes()) {
      boolean quantities = !finder.find(node.text()).isEmpty();
      boolean parametric = node.criteria().map(Criterion::isParametric).orElse(false);
      withQuantities += quantities ? 1 : 0;
      withCriteria += parametric ? 1 : 0;
      typed += quantities && parametric ? 1 : 0;
      for (Note note : node.notes()) {
        notes.merge(note.kind(), 1, Integer::sum);
        if (note.decontrol()) {
          decontrol++;
          withExclusion += note.exclusion().isPresent() ? 1 : 0;
        }
      }
    }
    List<String> cyber = list.nodes().filter(ControlNode::cyberSurveillance).map(n -> n.code().toString()).toList();
    return new ListStatistics(list.entries().size(), list.itemCount(), notes, decontrol, withExclusion,
        list.definitions().size(), withQuantities, withCriteria, typed, cyber);
  }

  /** Share of the nodes with quantities that got a typed criterion, 0 to 1. */
  public double criteriaCoverage() {
    return provisionsWithQuantities == 0 ? 1.0 : (double) quantitiesTyped / provisionsWithQuantities;
  }
}
