package org.dualuse.lists.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.code.ControlCode;

/**
 * Re-screening on a list update: whether a product's screening changed from one version of a list
 * to the next, and which of the list's changes concern it.
 *
 * <pre>{@code
 * Rescreening update = Rescreening.of(ListDiff.between(ControlLists.get(ControlLists.EU_2021), ControlLists.eu()));
 * Classifier newer = HybridClassifier.of(ControlLists.eu());
 * Optional<ScreeningChange> change = update.compare(storedScreening, newer.classify(product));
 * }</pre>
 *
 * <p>A screening changed when its decision or its code did ({@link Screening#sameOutcomeAs}). Its
 * causes are the changes of the {@link ListDiff} at the codes the two screenings rest on, at their
 * ancestors (a note or a threshold of the parent) and below them (an item added, a threshold
 * changed under the entry); a move counts at both its old and its new code. A NOT_LISTED side rests
 * on no code and adds none: its best rejected candidate is most often a look-alike, and when it is
 * the other side's code, that code is searched already. The causes are ordered by how near they
 * are: the code itself, then its ancestors nearest first, then what lies below, in annex order (at
 * one code a changed threshold before the changed wording that carries it, then the diff's order of
 * kinds); the first is the nearest cause. A change with no cause is one that moved with the rest of the list:
 * the words of other entries changed how the text's words weigh, and another entry now fits better
 * or worse (or, for results written by another version of dualuse, the classifier changed).
 *
 * <p>Immutable and thread-safe.
 */
public final class Rescreening {
  private final ListDiff diff;
  /** The diff's changes by the entries they touch (a move touches two). */
  private final Map<ControlCode, List<ListChange>> byEntry = new HashMap<>();
  private final Map<ListChange, Integer> order = new HashMap<>();

  private Rescreening(ListDiff diff) {
    this.diff = diff;
    List<ListChange> changes = new ArrayList<>(diff.changes());
    // at one code, a changed threshold says more than the changed wording that carries it: it comes first
    changes.sort(Comparator.comparing(ListChange::code)
        .thenComparingInt(c -> c.kind() == ChangeKind.THRESHOLD_CHANGED ? 0 : 1));
    for (int i = 0; i < changes.size(); i++) {
      ListChange c = changes.get(i);
      order.putIfAbsent(c, i);
      Set<ControlCode> entries = new LinkedHashSet<>();
      entries.add(c.code().entry());
      c.movedTo().ifPresent(m -> entries.add(m.entry()));
      for (ControlCode e : entries) {
        byEntry.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** Re-screening from the older list of the diff to its newer one. */
  public static Rescreening of(ListDiff diff) {
    Objects.requireNonNull(diff, "diff");
    return new Rescreening(diff);
  }

  public ListDiff diff() {
    return diff;
  }

  /**
   * The change of a screening, given the newer list's classification.
   *
   * @param before the screening on the diff's older list
   * @param after the classification on its newer list
   * @return the change with its causes; empty when decision and code are the same
   * @throws DualUseException when a screening is not of the list the diff says
   */
  public Optional<ScreeningChange> compare(Screening before, Classification after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return compare(before, Screening.of(after));
  }

  /**
   * The change between two screenings.
   *
   * @param before the screening on the diff's older list
   * @param after the screening on its newer list
   * @return the change with its causes; empty when decision and code are the same
   * @throws DualUseException when a screening is not of the list the diff says
   */
  public Optional<ScreeningChange> compare(Screening before, Screening after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.listId().equals(diff.fromId())) {
      throw new DualUseException("the earlier screening is of " + before.listId() + ", the diff starts from "
          + diff.fromId());
    }
    if (!after.listId().equals(diff.toId())) {
      throw new DualUseException("the later screening is of " + after.listId() + ", the diff goes to " + diff.toId());
    }
    if (before.sameOutcomeAs(after)) {
      return Optional.empty();
    }
    return Optional.of(new ScreeningChange(before, after, causes(before, after)));
  }

  /**
   * The diff's changes that concern two screenings, nearest first; empty when none does.
   */
  public List<ListChange> causes(Screening before, Screening after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Set<ControlCode> codes = new LinkedHashSet<>();
    before.code().ifPresent(codes::add);
    after.code().ifPresent(codes::add);
    Map<ListChange, Integer> nearness = new HashMap<>();
    for (ControlCode code : codes) {
      for (ListChange c : byEntry.getOrDefault(code.entry(), List.of())) {
        int n = nearness(c.code(), code);
        if (c.movedTo().isPresent()) {
          n = Math.min(n, nearness(c.movedTo().get(), code));
        }
        if (n < Integer.MAX_VALUE) {
          nearness.merge(c, n, Math::min);
        }
      }
    }
    List<ListChange> out = new ArrayList<>(nearness.keySet());
    out.sort(Comparator.<ListChange>comparingInt(nearness::get).thenComparingInt(order::get));
    return out;
  }

  /**
   * How near a change at {@code at} is to {@code code}: 0 at the code, 1, 2... at its parent,
   * grandparent..., {@value #BELOW} and more below it; {@link Integer#MAX_VALUE} when unrelated.
   */
  private static int nearness(ControlCode at, ControlCode code) {
    if (at.isPrefixOf(code)) {
      return code.path().size() - at.path().size();
    }
    if (code.isPrefixOf(at)) {
      return BELOW + at.path().size() - code.path().size();
    }
    return Integer.MAX_VALUE;
  }

  /** Changes below a code rank after every ancestor's: deeper than any code goes. */
  private static final int BELOW = 100;
}
