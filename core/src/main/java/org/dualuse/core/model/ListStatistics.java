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
 * @param thresholdProvisions nodes whose own text states a bound: a comparison word before a number
 *     ("exceeding 2,7 GHz", "equal to or less than 5 µm") or after it ("75 W or more")
 * @param thresholdProvisionsTyped of those, the nodes with at least as many typed bounds (a threshold
 *     one, a range two) as bounds stated
 * @param thresholdProvisionsPartlyTyped of those, the nodes with some typed bounds, fewer than stated
 * @param cyberSurveillance codes that are cyber-surveillance items
 *     ({@link CyberSurveillanceScope#IS_ITEM}), in list order
 * @param cyberSurveillanceFlags per code, in list order, every flag with a scope other than
 *     {@link CyberSurveillanceScope#NONE} or with a reason (a NONE that says why: a release note took
 *     the cyber-surveillance items out)
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
    int thresholdProvisions,
    int thresholdProvisionsTyped,
    int thresholdProvisionsPartlyTyped,
    List<String> cyberSurveillance,
    Map<String, CyberSurveillanceFlag> cyberSurveillanceFlags) {

  public ListStatistics {
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(cyberSurveillance, "cyberSurveillance");
    // an EnumMap keeps the kinds in declaration order, so reports print the same every run
    java.util.EnumMap<NoteKind, Integer> ordered = new java.util.EnumMap<>(NoteKind.class);
    ordered.putAll(notes);
    notes = java.util.Collections.unmodifiableMap(ordered);
    cyberSurveillance = List.copyOf(cyberSurveillance);
    Objects.requireNonNull(cyberSurveillanceFlags, "cyberSurveillanceFlags");
    cyberSurveillanceFlags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cyberSurveillanceFlags));
  }

  /** How many nodes have each cyber-surveillance scope other than NONE, in the order of the scopes. */
  public Map<CyberSurveillanceScope, Integer> cyberSurveillanceScopeCounts() {
    Map<CyberSurveillanceScope, Integer> out = new EnumMap<>(CyberSurveillanceScope.class);
    for (CyberSurveillanceScope s : CyberSurveillanceScope.values()) {
      if (s != CyberSurveillanceScope.NONE) {
        out.put(s, 0);
      }
    }
    cyberSurveillanceFlags.values().forEach(f -> out.computeIfPresent(f.scope(), (k, v) -> v + 1));
    return java.util.Collections.unmodifiableMap(out);
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
    int thresholds = 0;
    int thresholdsTyped = 0;
    int thresholdsPartly = 0;
    for (ControlNode node : list.allNodes()) {
      int stated = statedBounds(node.text());
      if (stated > 0) {
        int bounds = node.criteria().map(ListStatistics::typedBounds).orElse(0);
        thresholds++;
        thresholdsTyped += bounds >= stated ? 1 : 0;
        thresholdsPartly += bounds > 0 && bounds < stated ? 1 : 0;
      }
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
    List<String> cyber = list.nodes().filter(n -> n.cyberSurveillanceFlag().scope() == CyberSurveillanceScope.IS_ITEM)
        .map(n -> n.code().toString()).toList();
    Map<String, CyberSurveillanceFlag> flags = new java.util.LinkedHashMap<>();
    list.nodes().filter(n -> n.cyberSurveillanceFlag().scope() != CyberSurveillanceScope.NONE
            || !n.cyberSurveillanceFlag().reason().isEmpty())
        .forEach(n -> flags.put(n.code().toString(), n.cyberSurveillanceFlag()));
    return new ListStatistics(list.entries().size(), list.itemCount(), notes, decontrol, withExclusion,
        list.definitions().size(), withQuantities, withCriteria, typed, thresholds, thresholdsTyped, thresholdsPartly,
        cyber, flags);
  }

  // read apart from the criteria extractor on purpose: the count checks the extractor, so it must not
  // share its grammar. A comparison word, then at most a few filler words, then a number; or a number,
  // a unit, then "or more"
  private static final java.util.regex.Pattern STATED_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?<![\\p{L}])(?:exceed(?:ing|s)?|(?:greater|more|higher|larger|longer|less|lower|smaller|shorter|fewer|better|wider|faster)"
          + "(?:\\s*\\((?:better|less|lower)\\))?\\s+than|below|above|at\\s+least|not\\s+less\\s+than|up\\s+to|within|in\\s+excess\\s+of)"
          + "(?:\\s+(?:or\\s+equal\\s+to|a|an|the|of|approximately))*\\s*[-+−]?\\d");
  private static final java.util.regex.Pattern STATED_AFTER = java.util.regex.Pattern.compile(
      "(?i)\\d[\\d,. ]*\\s*[\\p{L}µ°%/²³·]+\\s+or\\s+(?:more|less|greater|higher|lower|better|above|below)(?![\\p{L}])");

  /** How many bounds the text states in words the annex uses for them. */
  static int statedBounds(String text) {
    int n = 0;
    java.util.regex.Matcher m = STATED_BEFORE.matcher(text);
    while (m.find()) {
      n++;
    }
    m = STATED_AFTER.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int typedBounds(Criterion c) {
    int n = 0;
    for (Criterion leaf : c.leaves()) {
      if (leaf instanceof org.dualuse.core.criteria.Threshold) {
        n++;
      } else if (leaf instanceof org.dualuse.core.criteria.Range) {
        n += 2;
      }
    }
    return n;
  }

  /** Share of the threshold provisions with no typed bound, 0 to 1 (the aim: at most 0.02). */
  public double thresholdProvisionsUntypedShare() {
    return thresholdProvisions == 0 ? 0.0
        : (double) (thresholdProvisions - thresholdProvisionsTyped - thresholdProvisionsPartlyTyped) / thresholdProvisions;
  }

  /** Share of the nodes with quantities that got a typed criterion, 0 to 1. */
  public double criteriaCoverage() {
    return provisionsWithQuantities == 0 ? 1.0 : (double) quantitiesTyped / provisionsWithQuantities;
  }
}
