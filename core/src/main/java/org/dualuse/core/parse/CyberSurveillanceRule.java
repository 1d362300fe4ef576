package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Note;

/**
 * How each node of the list stands to the cyber-surveillance items of Article 2(20) of Regulation
 * (EU) 2021/821 ("dual-use items specially designed to enable the covert surveillance of natural
 * persons by monitoring, extracting, collecting or analysing data from information and
 * telecommunication systems"): the {@link CyberSurveillanceFlag} with its scope and reason. The
 * parser asks it for every node, children first.
 *
 * <p>The rule, in three parts:
 *
 * <ol>
 *   <li><b>Headings and everything below them.</b> A node at or below one of the {@link #ANCHORS}
 *       {@link CyberSurveillanceScope#IS_ITEM is} a cyber-surveillance item: each anchor is a heading
 *       whose own words describe monitoring, extracting, collecting or analysing data about persons
 *       from information or telecommunication systems (the reasons are in {@link #headingOf}).
 *       The two sub-headings of {@code 5A001.f} that are not interception are read from their own
 *       text. The jammers of {@code 5A001.f.3} are one: they act "selectively" and may "seduce" the
 *       service, by simulating the radio access network or exploiting the protocol, so they single out
 *       handsets by the subscriber identities they take from the network (the IMSI catcher's
 *       technique). The RF monitoring equipment of {@code 5A001.f.4} is not: it identifies the
 *       operation of interception or jamming equipment, so it watches equipment, not persons, and gets
 *       the narrower {@link CyberSurveillanceScope#GROUPED_WITH}.
 *   <li><b>Software and technology by the codes their text names.</b> A node of group D or E whose
 *       own text names a code at, above or below an anchor ({@code "specified in 5A001"}) or a whole
 *       product group holding one ({@code "specified in 4A or 4D"}) concerns those items, unless one
 *       of its release notes takes them out again ({@code 5E002.a}: "does not control technology for
 *       items specified in 5A004.b"). When every code it names lies at or below such an item, or is
 *       software or technology named beside it as its counterpart, it exists only for them and
 *       {@link CyberSurveillanceScope#IS_ITEM is} one ({@code 5D002.c.3.b}); otherwise it
 *       {@link CyberSurveillanceScope#COVERS covers} them among others ({@code 5D001.a},
 *       {@code 5D001.c}, {@code 5E001.a}, {@code 4E001.a}, {@code 4D001.a}).
 *   <li><b>Software and technology headings.</b> A D or E node that names no such code itself but has
 *       an item that is or covers a cyber-surveillance item covers them among others
 *       ({@code 5D002.a} through {@code 5D002.a.3.b}).
 * </ol>
 *
 * <p>Everything else is {@link CyberSurveillanceFlag#NONE}. Equipment that merely names an anchor
 * ("not specified in 4A005") is not flagged by the reference. Stateless and thread-safe.
 */
public final class CyberSurveillanceRule {

  /** The headings that are cyber-surveillance items with all their sub-items, in code order. */
  public static final List<ControlCode> ANCHORS = List.of(
      ControlCode.parse("4A005"),
      ControlCode.parse("4D004"),
      ControlCode.parse("4E001.c"),
      ControlCode.parse("5A001.f"),
      ControlCode.parse("5A001.j"),
      ControlCode.parse("5A004.b"),
      ControlCode.parse("5D001.e"));

  /** A heading of the rule: its code, the scope it gives its sub-tree and why. */
  public record Heading(ControlCode code, CyberSurveillanceScope scope, String reason) {
    public Heading {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Every heading, most specific last within a family: the anchors with their reasons, then the two
   * sub-headings of 5A001.f that get the narrower flag. The reasons paraphrase the annex text.
   */
  private static final List<Heading> HEADINGS = List.of(
      new Heading(ANCHORS.get(0), CyberSurveillanceScope.IS_ITEM,
          "equipment for the generation, command and control or delivery of \"intrusion software\", software that "
              + "extracts data from a computer or phone while evading its monitoring tools"),
      new Heading(ANCHORS.get(1), CyberSurveillanceScope.IS_ITEM,
          "software for the generation, command and control or delivery of \"intrusion software\""),
      new Heading(ANCHORS.get(2), CyberSurveillanceScope.IS_ITEM,
          "technology for the development of \"intrusion software\""),
      new Heading(ANCHORS.get(3), CyberSurveillanceScope.IS_ITEM,
          "mobile telecommunications interception equipment, which extracts voice, data, subscriber or device "
              + "identifiers or metadata from the air interface"),
      new Heading(ANCHORS.get(4), CyberSurveillanceScope.IS_ITEM,
          "IP network communications surveillance on a carrier-class network: extraction and indexing of content "
              + "and metadata, searches on data about individuals (hard selectors), mapping of their relational network"),
      new Heading(ANCHORS.get(5), CyberSurveillanceScope.IS_ITEM,
          "items that extract raw data from a computing or communications device by circumventing its "
              + "authentication: a person's data taken from an information system against the protection its owner set"),
      new Heading(ANCHORS.get(6), CyberSurveillanceScope.IS_ITEM,
          "software for law-enforcement monitoring and analysis: searches on data about individuals in intercepted "
              + "content or retained metadata, mapping of their relations or tracking of their location"),
      new Heading(ControlCode.parse("5A001.f.3"), CyberSurveillanceScope.IS_ITEM,
          "selective jamming equipment under the interception heading 5A001.f: to deny or seduce the service of "
              + "chosen handsets it simulates the radio access network or exploits the protocol, and so takes the "
              + "identities of the subscribers it singles out from the telecommunication network"),
      new Heading(ControlCode.parse("5A001.f.4"), CyberSurveillanceScope.GROUPED_WITH,
          "RF monitoring equipment filed under the interception heading 5A001.f: it identifies the operation of "
              + "interception or jamming equipment, so it watches equipment, not persons"));

  // "specified in 4A or 4D": a whole product group, which no node stands for
  private static final Pattern GROUP = Pattern.compile("(?<![0-9A-Za-z.])([0-9][A-E])(?![0-9A-Za-z])");

  private CyberSurveillanceRule() {}

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
  public static CyberSurveillanceFlag flag(ControlCode code, String text, List<Note> notes, List<ControlNode> children) {
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
    for (ControlCode anchor : ANCHORS) {
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
  public static boolean applies(ControlCode code, String text, String entryText) {
    return flag(code, text, List.of(), List.of()).isCyberSurveillance();
  }

  /** The anchor at or above this code, if there is one. */
  public static Optional<ControlCode> anchorOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    for (ControlCode anchor : ANCHORS) {
      if (anchor.isPrefixOf(code)) {
        return Optional.of(anchor);
      }
    }
    return Optional.empty();
  }

  /**
   * The most specific heading of the rule at or above this code (an anchor, or one of the two
   * narrower sub-headings of 5A001.f), if there is one.
   */
  public static Optional<Heading> headingOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    Heading found = null;
    for (Heading h : HEADINGS) {
      if (h.code().isPrefixOf(code) && (found == null || found.code().isPrefixOf(h.code()))) {
        found = h;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every heading of the rule, the anchors first. */
  public static List<Heading> headings() {
    return HEADINGS;
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
