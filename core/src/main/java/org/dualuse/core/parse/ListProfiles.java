package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The profiles of {@link ListProfile#of}: the neutral one and the registered ones, loaded once on
 * first use (in the order of their class names, so that the lookup does not depend on the class
 * path's order).
 */
final class ListProfiles {

  static final ListProfile NEUTRAL = new ListProfile() {
    @Override
    public String name() {
      return "neutral";
    }

    @Override
    public boolean describes(String listId) {
      Objects.requireNonNull(listId, "listId");
      return false;
    }

    @Override
    public String toString() {
      return "ListProfile.neutral()";
    }
  };

  static final List<ListProfile> REGISTERED = load();

  private ListProfiles() {}

  private static List<ListProfile> load() {
    List<ListProfile> out = new ArrayList<>();
    ServiceLoader.load(ListProfile.class, ListProfile.class.getClassLoader()).forEach(out::add);
    out.sort(Comparator.comparing(p -> p.getClass().getName()));
    return List.copyOf(out);
  }
}
