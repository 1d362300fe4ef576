package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;

/**
 * Which nodes of the list are cyber-surveillance items in the sense of Article 2(20) of
 * Regulation (EU) 2021/821: "dual-use items specially designed to enable the covert surveillance
 * of natural persons by monitoring, extracting, collecting or analysing data from information and
 * telecommunication systems". The parser asks it for every node.
 *
 * <p>The rule, in two parts:
 *
 * <ol>
 *   <li><b>Anchors and everything below them.</b> A node is flagged when its code is one of the
 *       {@link #ANCHORS} or lies below one. Each anchor is a heading whose own words describe
 *       surveillance of persons through information or telecommunication systems:
 *       <ul>
 *         <li>{@code 5A001.f} mobile telecommunications interception (voice, data, subscriber
 *             identifiers such as IMSI) and the jamming and monitoring equipment grouped under the
 *             same heading; the annex treats the heading as one family (its Note and N.B.s attach to
 *             it), so its sub-items follow it, the jammers of {@code f.3} included;
 *         <li>{@code 5A001.j} IP network communications surveillance: extraction and indexing of
 *             content and metadata, searches on "hard selectors" (data about an individual) and
 *             mapping of a person's relational network;
 *         <li>{@code 4A005} and {@code 4D004} equipment and software for the generation, command and
 *             control or delivery of "intrusion software" (software that extracts data from a device
 *             while avoiding its monitoring tools, i.e. covertly);
 *         <li>{@code 4E001.c} technology for the development of "intrusion software";
 *         <li>{@code 5D001.e} monitoring and analysis software for law enforcement working on
 *             intercepted content or retained metadata (monitoring centres);
 *         <li>{@code 5A004.b} items that extract raw data from a computing or communications device
 *             by circumventing its authentication: they extract a person's data from an information
 *             system against the protection the owner set, which is the Article 2(20) test; the
 *             Commission's guidance on cyber-surveillance items counts such forensic extraction
 *             tools among them. (Its Note 2 exclusions are notes, not items, and are not flagged
 *             when the parser reads them as notes.)
 *       </ul>
 *   <li><b>Software and technology that exist only for flagged items.</b> A node in product group
 *       D or E is flagged too when its own text names at least one code at or below an anchor and
 *       every other code it names is a software or technology code: it is software or technology
 *       for a cyber-surveillance item and for nothing else. Software and technology codes are let
 *       through because the annex names them beside the equipment as its software counterpart
 *       ("equipment specified in 5A004.b. or "software" specified in 5D002.c.3.b."), and a call
 *       that sees one node cannot look up whether that counterpart is flagged itself.
 * </ol>
 *
 * <p>Not flagged in the model: software and technology that serve flagged and unflagged items alike,
 * such as {@code 5D001.a} and {@code 5D001.c} (all of {@code 5A001}), {@code 5E001.a} (all of
 * {@code 5A001} and {@code 5D001.a}, besides {@code 5D001.e}) and {@code 4E001.a} (all of 4A and
 * 4D). A boolean on the node cannot say "in so far as it relates to {@code 5A001.f}", and flagging
 * them whole would call software for any telecommunications radio a surveillance item. Whether such
 * a candidate is a surveillance item depends on the product, so the classifier decides it from the
 * product text (see {@code org.dualuse.index.surveillance}).
 *
 * <p>Stateless and thread-safe.
 */
public final class CyberSurveillanceRule {

  /** The headings the rule flags with all their sub-items, in code order. */
  public static final List<ControlCode> ANCHORS = List.of(
      ControlCode.parse("4A005"),
      ControlCode.parse("4D004"),
      ControlCode.parse("4E001.c"),
      ControlCode.parse("5A001.f"),
      ControlCode.parse("5A001.j"),
      ControlCode.parse("5A004.b"),
      ControlCode.parse("5D001.e"));

  // A code as the annex prints it in running text: "5A001.f.1.", "4A005", "5D001.e".
  private static final Pattern CODE_IN_TEXT =
      Pattern.compile("(?<![0-9A-Za-z])[0-9][A-E][0-9]{3}(?:\\.(?:[a-z]{1,3}|[0-9]{1,3})(?![0-9A-Za-z]))*");

  private CyberSurveillanceRule() {}

  /**
   * @param code the node's code
   * @param text the node's own verbatim text (with or without its code in front); null reads as empty
   * @param entryText the verbatim text of its entry; not needed by the current rule, kept so the
   *     rule may look at the heading of the entry
   * @return true when the node is a cyber-surveillance item by the rule of the class comment
   * @throws NullPointerException when code is null
   */
  public static boolean applies(ControlCode code, String text, String entryText) {
    Objects.requireNonNull(code, "code");
    if (anchorOf(code).isPresent()) {
      return true;
    }
    if (!isSoftwareOrTechnology(code)) {
      return false;
    }
    List<ControlCode> named = codesNamedIn(text == null ? "" : text, code);
    return named.stream().anyMatch(c -> anchorOf(c).isPresent())
        && named.stream().allMatch(c -> anchorOf(c).isPresent() || isSoftwareOrTechnology(c));
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

  private static boolean isSoftwareOrTechnology(ControlCode code) {
    return code.group() == ProductGroup.D || code.group() == ProductGroup.E;
  }

  /** The codes a text names, other than the node's own code (texts may start with it). */
  static List<ControlCode> codesNamedIn(String text, ControlCode own) {
    List<ControlCode> out = new ArrayList<>();
    Matcher m = CODE_IN_TEXT.matcher(text);
    while (m.find()) {
      ControlCode.tryParse(m.group()).filter(c -> !c.equals(own)).ifPresent(out::add);
    }
    return out;
  }
}
