package org.dualuse.core.parse;

import org.dualuse.core.code.ControlCode;

/**
 * Repair rule 3 of {@link AnnexParser}: an item whose segment is of the other kind (letters versus
 * numbers) than its earlier siblings was numbered one level too high by the publisher, and is
 * placed below the nearest earlier node whose children it continues. Stateless.
 */
final class ItemPlacement {

  private ItemPlacement() {}

  /** Rule 3: where an item whose segment kind differs from its earlier siblings' really belongs. */
  static ControlCode placeUnder(Draft parent, ControlCode printed) {
    String segment = printed.path().get(printed.depth() - 1);
    ControlCode wanted = parent.code.child(segment);
    if (parent.children.isEmpty() || sameKind(parent.children.get(0).code, segment)) {
      return wanted;
    }
    // walk down the last-child chain, then up the ancestors, for a node this segment continues
    Draft candidate = parent.children.get(parent.children.size() - 1);
    while (candidate != null) {
      if (continues(candidate, segment)) {
        return candidate.code.child(segment);
      }
      candidate = candidate.children.isEmpty() ? null : candidate.children.get(candidate.children.size() - 1);
    }
    for (Draft up = parent.parent; up != null; up = up.parent) {
      if (continues(up, segment)) {
        return up.code.child(segment);
      }
    }
    return wanted;
  }

  private static boolean continues(Draft node, String segment) {
    if (node.children.isEmpty()) {
      return segment.equals("1") || segment.equals("a");
    }
    ControlCode last = node.children.get(node.children.size() - 1).code;
    String lastSegment = last.path().get(last.depth() - 1);
    return sameKind(last, segment) && successor(lastSegment).equals(segment);
  }

  private static boolean sameKind(ControlCode sibling, String segment) {
    String s = sibling.path().get(sibling.depth() - 1);
    return Character.isDigit(s.charAt(0)) == Character.isDigit(segment.charAt(0));
  }

  private static String successor(String segment) {
    if (Character.isDigit(segment.charAt(0))) {
      return Integer.toString(Integer.parseInt(segment) + 1);
    }
    char last = segment.charAt(segment.length() - 1);
    return last == 'z' ? segment + "a" : segment.substring(0, segment.length() - 1) + (char) (last + 1);
  }
}
