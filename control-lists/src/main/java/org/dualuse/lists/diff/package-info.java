/**
 * What changed between two versions of a list: entries and items added, removed, reworded, and
 * thresholds changed, notes changed, and items moved or renumbered ({@link org.dualuse.lists.diff.ListDiff}).
 */
package org.dualuse.lists.diff;
