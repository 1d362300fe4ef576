package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A conjunction of cue groups: it fires when every required group finds one of its cues in the text
 * and no negated group does ({@code social media|OSINT + activist|journalist + !marketing}).
 *
 * @param groups the groups, in the order written
 * @param line the line of the data file it came from, for messages
 */
record CueRule(List<CueGroup> groups, int line) {
  CueRule {
    groups = List.copyOf(groups);
    if (groups.stream().noneMatch(g -> !g.negated())) {
      throw new IllegalArgumentException("a rule needs at least one group that is not negated");
    }
  }

  /**
   * Parses {@code group + group + ...}.
   *
   * @throws IllegalArgumentException naming the bad part
   */
  static CueRule parse(String text, int line) {
    List<CueGroup> groups = Arrays.stream(text.split("\\+")).map(String::strip)
        .filter(s -> !s.isEmpty()).map(CueGroup::parse).toList();
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("no cue in '" + text + "'");
    }
    return new CueRule(groups, line);
  }

  /**
   * The words each required group found, in the order of the required groups; empty when the rule
   * does not fire.
   *
   * @param places where the rule's cues occur in the text
   */
  Optional<List<List<String>>> fireByGroup(ProductText text, CueGroup.Places places) {
    List<List<String>> out = new ArrayList<>();
    for (CueGroup group : groups) {
      List<String> hits = group.findAllIn(text, places);
      if (group.negated() ? !hits.isEmpty() : hits.isEmpty()) {
        return Optional.empty();
      }
      if (!group.negated()) {
        out.add(hits);
      }
    }
    return Optional.of(out);
  }

  /** How many groups must find a cue. */
  int requiredGroups() {
    return (int) groups.stream().filter(g -> !g.negated()).count();
  }

  /** As {@link #fire(String, List)}, on a text read once whose cues were located already. */
  Optional<List<String>> fire(ProductText text, CueGroup.Places places) {
    List<String> triggers = new ArrayList<>();
    for (CueGroup group : groups) {
      List<String> hits = group.findAllIn(text, places);
      if (group.negated() ? !hits.isEmpty() : hits.isEmpty()) {
        return Optional.empty();
      }
      if (!group.negated()) {
        for (String h : hits) {
          if (!triggers.contains(h)) {
            triggers.add(h);
          }
        }
      }
    }
    return Optional.of(triggers);
  }

  /** The words that made it fire, in group order; empty when it does not fire. */
  Optional<List<String>> fire(String source, List<Word> words) {
    List<String> triggers = new ArrayList<>();
    for (CueGroup group : groups) {
      List<String> hits = group.findAllIn(source, words);
      if (group.negated() ? !hits.isEmpty() : hits.isEmpty()) {
        return Optional.empty();
      }
      if (!group.negated()) {
        hits.stream().filter(h -> !triggers.contains(h)).forEach(triggers::add);
      }
    }
    return Optional.of(triggers);
  }
}
