package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;

/**
 * One release clause of a cyber-surveillance note, split for matching: "5A001.f.1. and 5A001.f.2. do
 * not control any of the following: a. ...; b. ...". The clause itself (where it is, the codes
 * before its verb, its words) is read once by the parser and kept on the note
 * ({@link org.dualuse.core.model.Note#releaseClauses()}); a note's text may hold several (a
 * technical note followed by "Note 1: ... Note 2: ..."), each read on its own.
 *
 * <p>Reading rules: the codes before the verb are what it releases; none means the node that holds
 * the note. The clause's words split at their lettered enumerators ({@code a.}, {@code b.}), else at
 * numbered ones, else into the quoted terms they join with "or"; the words before the first
 * enumerator are the head. "All (of) the following" in the head makes the conditions conjunctive.
 *
 * @param holder the node the note hangs on
 * @param label the label to cite, e.g. {@code Note 2}
 * @param releases the codes released
 * @param head the object's words before its enumeration (the whole object when there is none)
 * @param alternatives the enumerated alternatives (or conditions), as printed, without enumerator
 * @param enumerators their enumerators as printed ({@code a.}), empty strings when unnumbered
 * @param conjunctive true when all conditions must hold
 */
record SurveillanceClause(
    ControlCode holder,
    String label,
    List<ControlCode> releases,
    String head,
    List<String> alternatives,
    List<String> enumerators,
    boolean conjunctive) {

  private static final Pattern LETTERS = Pattern.compile("(?:^|(?<=[\\s:;]))([a-z])\\.\\s");
  private static final Pattern NUMBERS = Pattern.compile("(?:^|(?<=[\\s:;]))(\\d{1,2})\\.\\s");
  private static final Pattern QUOTED_OR = Pattern.compile("\"([^\"]+)\"");

  SurveillanceClause {
    releases = List.copyOf(releases);
    alternatives = List.copyOf(alternatives);
    enumerators = List.copyOf(enumerators);
  }

  /** The release clauses of a note, as the parser read them, split; empty when it releases nothing. */
  static List<SurveillanceClause> read(ControlCode holder, Note note) {
    List<SurveillanceClause> out = new ArrayList<>();
    for (ReleaseClause clause : note.releaseClauses()) {
      String label = !clause.label().isEmpty() ? clause.label()
          : note.label().isEmpty() ? note.kind().name() : note.label();
      List<ControlCode> released = new ArrayList<>(CodesInText.codes(clause.passive() ? "" : clause.subject()));
      if (released.isEmpty()) {
        released.add(holder);
      }
      out.add(split(holder, label, released, clause.scope()));
    }
    return out;
  }

  private static SurveillanceClause split(ControlCode holder, String label, List<ControlCode> released, String object) {
    List<String> alternatives = new ArrayList<>();
    List<String> enumerators = new ArrayList<>();
    Matcher m = LETTERS.matcher(object);
    List<int[]> marks = new ArrayList<>();
    char expected = 'a';
    while (m.find()) {
      // only a running sequence a., b., c. counts: "e.g. " and stray letters do not
      if (m.group(1).charAt(0) == expected) {
        marks.add(new int[] {m.start(), m.end()});
        expected++;
      }
    }
    if (marks.size() < 2) {
      marks.clear();
      m = NUMBERS.matcher(object);
      int next = 1;
      while (m.find()) {
        if (Integer.parseInt(m.group(1)) == next) {
          marks.add(new int[] {m.start(), m.end()});
          next++;
        }
      }
      if (marks.size() < 2) {
        marks.clear();
      }
    }
    String head;
    if (marks.isEmpty()) {
      head = object;
      Matcher q = QUOTED_OR.matcher(object);
      List<String> quoted = new ArrayList<>();
      while (q.find()) {
        quoted.add(q.group(1));
      }
      // "vulnerability disclosure" or "cyber incident response": each quoted term is an alternative
      if (quoted.size() >= 2 && object.replaceAll("\"[^\"]+\"", "").replaceAll("(?i)\\b(or|and)\\b|[,.;\\s]", "").isEmpty()) {
        alternatives.addAll(quoted);
        quoted.forEach(x -> enumerators.add(""));
      } else {
        alternatives.add(object);
        enumerators.add("");
      }
    } else {
      head = object.substring(0, marks.get(0)[0]).strip();
      for (int k = 0; k < marks.size(); k++) {
        int from = marks.get(k)[1];
        int to = k + 1 < marks.size() ? marks.get(k + 1)[0] : object.length();
        enumerators.add(object.substring(marks.get(k)[0], marks.get(k)[1]).strip());
        alternatives.add(object.substring(from, to).strip().replaceAll("(?:;|\\.|,)?\\s*(?:or|and)?\\s*$", ""));
      }
    }
    return new SurveillanceClause(holder, label, released, head, alternatives, enumerators, ReleaseClause.statesAllOf(head));
  }

  /** True when the clause concerns this code: it releases the code, an ancestor of it, or an item below it. */
  boolean concerns(ControlCode code) {
    return releases.stream().anyMatch(r -> r.isPrefixOf(code) || code.isPrefixOf(r));
  }

  /**
   * The note as the annex would cite it: {@code 5A001.f Note}, by the node that holds it; when the
   * note hangs below the code it releases (a note the publisher printed after a sub-item, "Note 2:
   * 5A004.b. does not include"), by the code it releases.
   */
  String citation() {
    boolean below = releases.stream().noneMatch(r -> holder.isPrefixOf(r));
    return (below ? releases.get(0) : holder) + " " + label;
  }
}
