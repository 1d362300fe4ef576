package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;

/**
 * How each node of a list stands to the cyber-surveillance items of Article 2(20) of Regulation
 * (EU) 2021/821 ("dual-use items specially designed to enable the covert surveillance of natural
 * persons by monitoring, extracting, collecting or analysing data from information and
 * telecommunication systems"): the {@link CyberSurveillanceFlag} with its scope and reason. The
 * parser asks the rule of the list's {@link ListProfile} for every node, children first; the
 * headings are the profile's (the EU annex's are in {@code dualuse-control-lists}), and a list with
 * no profile has the rule with none ({@link #none()}), which flags nothing.
 *
 * <p>The rule, in three parts:
 *
 * <ol>
 *   <li><b>Headings and everything below them.</b> A node at or below one of the {@link #anchors()}
 *       gets the scope of the most specific {@link Heading} above it, with its reason: an anchor is a
 *       heading whose own words describe monitoring, extracting, collecting or analysing data about
 *       persons from information or telecommunication systems; a heading below an anchor may narrow
 *       the scope of its sub-tree ({@link CyberSurveillanceScope#GROUPED_WITH}: listed under a
 *       surveillance heading, but watching equipment, not persons).
 *   <li><b>Software and technology by the codes their text names.</b> A node of group D or E whose
 *       own text names a code at, above or below an anchor ({@code "specified in 9A999"}) or a whole
 *       product group holding one ({@code "specified in 9A or 9D"}) concerns those items, unless one
 *       of its release notes takes them out again ("does not control technology for items specified
 *       in 9A999.b"). When every code it names lies at or below such an item, or is software or
 *       technology named beside it as its counterpart, it exists only for them and
 *       {@link CyberSurveillanceScope#IS_ITEM is} one; otherwise it
 *       {@link CyberSurveillanceScope#COVERS covers} them among others.
 *   <li><b>Software and technology headings.</b> A D or E node that names no such code itself but has
 *       an item that is or covers a cyber-surveillance item covers them among others.
 * </ol>
 *
 * <p>Everything else is {@link CyberSurveillanceFlag#NONE}. Equipment that merely names an anchor
 * ("not specified in 9A999") is not flagged by the reference. Immutable and thread-safe.
 */
public final class CyberSurveillanceRule {

  private static final CyberSurveillanceRule NONE = new CyberSurveillanceRule(List.of());

  /**
   * A heading of the rule: its code, the scope it gives its sub-tree and why.
   *
   * @throws DualUseException when the scope is {@link CyberSurveillanceScope#NONE} or the reason blank
   */
  public record Heading(ControlCode code, CyberSurveillanceScope scope, String reason) {
    public Heading {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(reason, "reason");
      if (scope == CyberSurveillanceScope.NONE || reason.isBlank()) {
        throw new DualUseException("a heading gives its sub-tree a scope other than NONE and says why: "
            + code + " " + scope + " '" + reason + "'");
      }
    }
  }

  private final List<Heading> headings;
  private final List<ControlCode> anchors;

  private CyberSurveillanceRule(List<Heading> headings) {
    this.headings = List.copyOf(headings);
    List<ControlCode> top = new ArrayList<>();
    for (Heading h : this.headings) {
      boolean below = this.headings.stream().anyMatch(o -> !o.code().equals(h.code()) && o.code().isPrefixOf(h.code()));
      if (!below && !top.contains(h.code())) {
        top.add(h.code());
      }
    }
    this.anchors = List.copyOf(top);
  }

  /**
   * The rule with these headings.
   *
   * @param headings the anchors (headings below no other) and the narrower headings below them; the
   *     most specific heading above a node decides its scope
   * @throws NullPointerException when {@code headings} or one of them is null
   * @throws DualUseException when a code has two headings
   */
  public static CyberSurveillanceRule of(List<Heading> headings) {
    Objects.requireNonNull(headings, "headings");
    Set<ControlCode> seen = new java.util.HashSet<>();
    for (Heading h : headings) {
      if (!seen.add(Objects.requireNonNull(h, "heading").code())) {
        throw new DualUseException("two headings for " + h.code());
      }
    }
    return headings.isEmpty() ? NONE : new CyberSurveillanceRule(headings);
  }

  /** The rule with no heading: it flags nothing (the rule of a list with no {@link ListProfile}). */
  public static CyberSurveillanceRule none() {
    return NONE;
  }

  /** The headings that are below no other heading, in the order given. */
  public List<ControlCode> anchors() {
    return anchors;
  }

  // "specified in 4A or 4D": a whole product group, which no node stands for
  private static final Pattern GROUP = Pattern.compile("(?<![0-9A-Za-z.])([0-9][A-E])(?![0-9A-Za-z])");

  /**
   * The flag of a node by the rule of the class comment.
   *
   * @param code the node's code
   * @param text the node's own verbatim text (with or without its code in front); null reads as empty
   * @param notes the node's notes (their release clauses can take items out); null reads as none
   * @param children the node's items, already flagged; null reads as none
   * @return the flag, {@link CyberSurveillanceFlag#NONE} when none applies
   * @throws NullPointerException when code is null
   */
  public CyberSurveillanceFlag flag(ControlCode code, String text, List<Note> notes, List<ControlNode> children) {
    Objects.requireNonNull(code, "code");
    Optional<Heading> heading = headingOf(code);
    if (heading.isPresent()) {
      Heading h = heading.get();
      String under = h.code().equals(code) ? "" : " (under " + h.code() + ")";
      return CyberSurveillanceFlag.of(h.scope(), List.of(anchorOf(code).orElseThrow()),
          capitalised(h.reason()) + under + ".");
    }
    if (!code.group().isSoftwareOrTechnology()) {
      return CyberSurveillanceFlag.NONE;
    }
    String own = text == null ? "" : text;
    String what = code.group() == org.dualuse.core.code.ProductGroup.D ? "Software" : "Technology";
    List<ControlCode> named = codesNamedIn(own, code);
    List<String> groups = groupsNamedIn(own);
    Set<ControlCode> covered = new LinkedHashSet<>();
    for (ControlCode anchor : anchors) {
      boolean byCode = named.stream().anyMatch(n -> n.isPrefixOf(anchor) || anchor.isPrefixOf(n));
      boolean byGroup = groups.contains(groupOf(anchor));
      if (byCode || byGroup) {
        covered.add(anchor);
      }
    }
    Set<ControlCode> released = new LinkedHashSet<>();
    for (Note note : notes == null ? List.<Note>of() : notes) {
      if (!note.decontrol()) {
        continue;
      }
      for (ControlCode r : note.references()) {
        if (note.releases().contains(r)) {
          continue;
        }
        for (ControlCode anchor : covered) {
          if (anchor.isPrefixOf(r) || r.isPrefixOf(anchor)) {
            released.add(anchor);
          }
        }
      }
    }
    covered.removeAll(released);
    if (!covered.isEmpty()) {
      boolean only = groups.isEmpty() && named.stream().allMatch(
          n -> covered.stream().anyMatch(a -> a.isPrefixOf(n)) || n.group().isSoftwareOrTechnology());
      List<ControlCode> items = List.copyOf(covered);
      if (only) {
        return CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, items,
            what + " only for cyber-surveillance items: its text names " + join(items) + " and nothing else but "
                + "their software or technology.");
      }
      List<String> names = new ArrayList<>(named.stream().map(ControlCode::toString).toList());
      groups.stream().filter(g -> !names.contains(g)).forEach(names::add);
      return CyberSurveillanceFlag.of(CyberSurveillanceScope.COVERS, items,
          what + " for the items specified in " + String.join(", ", names) + ", which hold the cyber-surveillance "
              + "items " + join(items) + " among others.");
    }
    if (!released.isEmpty()) {
      return CyberSurveillanceFlag.of(CyberSurveillanceScope.NONE, List.copyOf(released),
          "Its text reaches " + join(List.copyOf(released)) + ", but its release note takes out " + what.toLowerCase()
              + " for " + (released.size() == 1 ? "that item" : "those items") + ".");
    }
    Set<ControlCode> fromItems = new LinkedHashSet<>();
    List<ControlCode> flaggedItems = new ArrayList<>();
    for (ControlNode child : children == null ? List.<ControlNode>of() : children) {
      if (child.cyberSurveillanceFlag().isCyberSurveillance()) {
        flaggedItems.add(child.code());
        fromItems.addAll(child.cyberSurveillanceFlag().items());
      }
    }
    if (!flaggedItems.isEmpty()) {
      return CyberSurveillanceFlag.of(CyberSurveillanceScope.COVERS, List.copyOf(fromItems),
          what + " heading whose items " + join(flaggedItems) + " are or cover cyber-surveillance items; its other "
              + "items are not.");
    }
    return CyberSurveillanceFlag.NONE;
  }

  /**
   * True when the node is or covers a cyber-surveillance item, as {@link #flag} would say without
   * notes or items.
   *
   * @param code the node's code
   * @param text the node's own verbatim text; null reads as empty
   * @param entryText not used
   * @throws NullPointerException when code is null
   * @deprecated the yes/no answer loses the scope and reason; use {@link #flag}
   */
  @Deprecated
  public boolean applies(ControlCode code, String text, String entryText) {
    return flag(code, text, List.of(), List.of()).isCyberSurveillance();
  }

  /** The anchor at or above this code, if there is one. */
  public Optional<ControlCode> anchorOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    for (ControlCode anchor : anchors) {
      if (anchor.isPrefixOf(code)) {
        return Optional.of(anchor);
      }
    }
    return Optional.empty();
  }

  /**
   * The most specific heading of the rule at or above this code (an anchor, or a narrower heading
   * below one), if there is one.
   */
  public Optional<Heading> headingOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    Heading found = null;
    for (Heading h : headings) {
      if (h.code().isPrefixOf(code) && (found == null || found.code().isPrefixOf(h.code()))) {
        found = h;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every heading of the rule, in the order given. */
  public List<Heading> headings() {
    return headings;
  }

  /** The codes a text names, other than the node's own code (texts may start with it). */
  static List<ControlCode> codesNamedIn(String text, ControlCode own) {
    List<ControlCode> out = new ArrayList<>();
    for (ReferenceFinder.Mention m : ReferenceFinder.find(text)) {
      if (!m.code().equals(own) && !out.contains(m.code())) {
        out.add(m.code());
      }
    }
    return out;
  }

  /** The product groups a text names whole ("4A", "4D"), each once, in order. */
  static List<String> groupsNamedIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GROUP.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String groupOf(ControlCode code) {
    return code.category().digit() + code.group().name();
  }

  private static String join(List<ControlCode> codes) {
    return String.join(", ", codes.stream().map(ControlCode::toString).toList());
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
