package org.dualuse.index;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dualuse.core.classify.RemarkKind;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.knowledge.Purpose;
import org.dualuse.index.knowledge.PurposeWords;

/**
 * The stage that weighs software and technology nodes by purpose: the D and E entries of a category
 * differ mostly by what the software or technology is for ("development", "production" or "use" of
 * the equipment, in the General Technology Note's defined terms), so a text that states its purpose
 * ("operating software", "Fertigungstechnik", "logiciel de conception") is set against the purpose
 * each D or E candidate names.
 *
 * <p>A node names a purpose when its own text has the defined term in quotes ({@code "use"}), or
 * names it in a clause of purpose, "for [the] ... of", by a word of the purpose's definition or its
 * other forms ("for the operation or maintenance of", "for the repair, refurbishing or overhaul of",
 * "for modelling or simulation of"; the English rows of {@link PurposeWords}) or in the words before
 * what it is ('Integration "software"', 'Design "technology"'); a node whose own text
 * names none takes the purpose of its nearest ancestor that names one (9D004.b.1 of 9D004.b). A
 * text states a purpose by the words of {@link PurposeWords}.
 *
 * <p>When the text states purposes and the node names purposes and none is shared, the node's score
 * takes {@value #OTHER_PURPOSE_FACTOR}: among sibling entries that the words found alike (9D001 for
 * "development", 9D002 "production", 9D003 "use"), the one for the stated purpose ranks first. A text
 * that states several purposes is held against none of them, and a node or text that names no
 * purpose is left as it is. The factor was chosen on the tune half of the team's corpus among 0.5,
 * 0.7, 0.8 and 0.9: a small step that orders siblings, not one that moves an entry past other goods.
 * Each node the rule looks at gets the purposes in its notes (the candidate's evidence).
 *
 * <p>Read once per list at construction; immutable and thread-safe.
 */
final class PurposeCheck {

  static final double OTHER_PURPOSE_FACTOR = 0.8;

  /** A defined term of purpose in quotes, as the annex marks its defined terms. */
  private static final Pattern QUOTED_TERM =
      Pattern.compile("[\"“”]\\s*(development|production|use)\\s*[\"“”]", Pattern.CASE_INSENSITIVE);
  /** A clause of purpose: "for [the] <words> of", within one clause of the sentence. */
  private static final Pattern PURPOSE_CLAUSE =
      Pattern.compile("\\bfor\\s+(?:the\\s+)?([^.;:()\"“”]{1,60}?)\\s+of\\b", Pattern.CASE_INSENSITIVE);

  /** A purpose written before what the node is: 'Integration "software"', 'Design "technology"'. */
  private static final Pattern LEADING_WORDS = Pattern.compile(
      "^\\s*([\\p{L} -]{1,30}?)\\s+[\"“]?(?:software|technology|source code)\\b", Pattern.CASE_INSENSITIVE);

  private final PurposeWords words;
  /** The purposes of every D and E node that names some, on its own or through an ancestor. */
  private final Map<ControlCode, Set<Purpose>> named;

  PurposeCheck(ControlList list, PurposeWords words) {
    this.words = words;
    Map<ControlCode, Set<Purpose>> own = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      if (node.code().group().isSoftwareOrTechnology()) {
        Set<Purpose> p = ownPurposes(node.text(), words);
        if (!p.isEmpty()) {
          own.put(node.code(), p);
        }
      }
    }
    Map<ControlCode, Set<Purpose>> all = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      if (!node.code().group().isSoftwareOrTechnology()) {
        continue;
      }
      Set<Purpose> p = own.get(node.code());
      for (ControlCode up : node.code().ancestors()) {
        if (p != null) {
          break;
        }
        p = own.get(up);
      }
      if (p != null) {
        all.put(node.code(), p);
      }
    }
    this.named = Map.copyOf(all);
  }

  /** The purposes a node's own text names (see the class comment). */
  static Set<Purpose> ownPurposes(String text, PurposeWords words) {
    Set<Purpose> out = EnumSet.noneOf(Purpose.class);
    Matcher q = QUOTED_TERM.matcher(text);
    while (q.find()) {
      out.add(Purpose.of(q.group(1)));
    }
    Matcher lead = LEADING_WORDS.matcher(text);
    if (lead.find()) {
      out.addAll(words.statedIn(lead.group(1)).keySet());
    }
    Matcher c = PURPOSE_CLAUSE.matcher(text);
    while (c.find()) {
      out.addAll(words.statedIn(c.group(1)).keySet());
    }
    return Collections.unmodifiableSet(out);
  }

  /** The purposes a D or E node names, on its own or through an ancestor; empty for none or for goods. */
  Set<Purpose> purposesOf(ControlCode code) {
    return named.getOrDefault(code, Set.of());
  }

  /** The purposes a text states, each with the words that state it. */
  Map<Purpose, String> statedIn(String text) {
    return words.statedIn(text);
  }

  /**
   * Weighs the D and E nodes found for a text by the purposes it states (see the class comment) and
   * notes the comparison on each of them.
   *
   * @param stated the purposes the text states, with their words ({@link #statedIn})
   */
  void weigh(Collection<ScoredNode> scored, Map<Purpose, String> stated) {
    if (stated.isEmpty()) {
      return;
    }
    for (ScoredNode s : scored) {
      Set<Purpose> node = purposesOf(s.node.code());
      if (node.isEmpty()) {
        continue;
      }
      boolean shared = node.stream().anyMatch(stated::containsKey);
      String text = describe(stated);
      String own = node.stream().map(p -> "\"" + p.term() + "\"").collect(Collectors.joining(" or "));
      if (shared) {
        s.remark(RemarkKind.PURPOSE, List.of(), List.copyOf(stated.values()),
            "the text states what it is for as " + text + ", as " + s.node.code() + " (for " + own + ") does");
      } else {
        s.score *= OTHER_PURPOSE_FACTOR;
        s.remark(RemarkKind.PURPOSE, List.of(), List.copyOf(stated.values()),
            "the text states what it is for as " + text + "; " + s.node.code() + " is for " + own);
      }
    }
  }

  private static String describe(Map<Purpose, String> stated) {
    return stated.entrySet().stream()
        .map(e -> "\"" + e.getKey().term() + "\" ('" + e.getValue() + "')")
        .collect(Collectors.joining(" and "));
  }
}
