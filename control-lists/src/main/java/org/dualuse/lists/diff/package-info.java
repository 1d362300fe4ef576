/**
 * What changed between two versions of a list: entries and items added, removed, reworded, and
 * thresholds changed.
 */
package org.dualuse.lists.diff;
