package org.dualuse.core.criteria;

/**
 * What the line that introduces a list of items gives the values of its items: the name of the
 * quantity they bound ("a 'frequency switching time' as specified by any of the following:", "any of
 * the following total metallic impurities:") and, when the line ends with one, the comparator ("an
 * ultimate tensile strength ... equal to or greater than:"). An item that writes only a value ("Less
 * than 143 ps", "0,9 GPa in the solution annealed stage") bounds that quantity.
 *
 * @param name the quantity's name as the line writes it, lower case; null when it names none
 * @param comparison the comparator the line ends with; null when it ends with none
 */
record LeadIn(String name, Comparison comparison) {
  /** No lead-in: an entry's own line, or a parent that introduces no list. */
  static final LeadIn NONE = new LeadIn(null, null);

  boolean isEmpty() {
    return name == null && comparison == null;
  }
}
