package org.dualuse.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.UnknownListException;

/**
 * The version of a list as result files name it beside its id: the date from which the list is in
 * force ({@code 2025-11-15}), the legal version an auditor asks for. Thread-safe.
 */
final class ListVersions {
  private static final Map<String, String> BY_ID = new ConcurrentHashMap<>();

  private ListVersions() {}

  /** The list's effective date in ISO form; empty for an id that is no bundled list. */
  static String of(String listId) {
    return BY_ID.computeIfAbsent(listId, id -> {
      try {
        return ControlLists.get(id).effectiveDate().toString();
      } catch (UnknownListException e) {
        // a classifier over a list of the user's own (or a test's) has no registry entry
        return "";
      }
    });
  }
}
