package org.dualuse.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;

/**
 * An entry ({@code 3A001}) or item ({@code 3A001.b.2.a}) of a control list, immutable.
 *
 * @param code its code
 * @param text its verbatim text as printed after the code
 * @param childLogic how its children combine
 * @param children its items, in the annex's order
 * @param notes notes, technical notes and N.B.s attached to it, in order
 * @param terms the quoted terms its text uses, resolved where possible
 * @param references the codes its text and notes name
 * @param criteria its own technical conditions (not its ancestors'), when any were read
 * @param notUsed true for items printed as "Not used"
 * @param cyberSurveillanceFlag how it stands to the cyber-surveillance items of Article 2(20), with
 *     the reason (see {@link CyberSurveillanceScope}); {@link CyberSurveillanceFlag#NONE} when null
 */
public record ControlNode(
    ControlCode code,
    String text,
    ChildLogic childLogic,
    List<ControlNode> children,
    List<Note> notes,
    List<TermUse> terms,
    List<Reference> references,
    Optional<Criterion> criteria,
    boolean notUsed,
    CyberSurveillanceFlag cyberSurveillanceFlag) {

  public ControlNode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    childLogic = childLogic == null ? ChildLogic.NONE : childLogic;
    children = children == null ? List.of() : List.copyOf(children);
    notes = notes == null ? List.of() : List.copyOf(notes);
    terms = terms == null ? List.of() : List.copyOf(terms);
    references = references == null ? List.of() : List.copyOf(references);
    criteria = criteria == null ? Optional.empty() : criteria;
    cyberSurveillanceFlag = cyberSurveillanceFlag == null ? CyberSurveillanceFlag.NONE : cyberSurveillanceFlag;
    for (ControlNode child : children) {
      if (!child.code().parent().map(code::equals).orElse(false)) {
        throw new DualUseException(child.code() + " is not a child of " + code);
      }
    }
  }

  /**
   * A node with a yes/no cyber-surveillance flag, as before the flag had a scope: true reads as
   * {@link CyberSurveillanceScope#IS_ITEM} with a generic reason.
   *
   * @deprecated give the flag its scope and reason with the canonical constructor
   */
  @Deprecated
  public ControlNode(ControlCode code, String text, ChildLogic childLogic, List<ControlNode> children, List<Note> notes,
      List<TermUse> terms, List<Reference> references, Optional<Criterion> criteria, boolean notUsed,
      boolean cyberSurveillance) {
    this(code, text, childLogic, children, notes, terms, references, criteria, notUsed, flagOf(cyberSurveillance));
  }

  private static CyberSurveillanceFlag flagOf(boolean cyberSurveillance) {
    return cyberSurveillance
        ? CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, List.of(), "flagged as a cyber-surveillance item")
        : CyberSurveillanceFlag.NONE;
  }

  /**
   * The yes/no cyber-surveillance flag: true when the node is a cyber-surveillance item or is
   * software or technology that covers some among others ({@link CyberSurveillanceScope#flagged()}).
   * The scope and the reason are in {@link #cyberSurveillanceFlag()}.
   */
  public boolean cyberSurveillance() {
    return cyberSurveillanceFlag.isCyberSurveillance();
  }

  public boolean isEntry() {
    return code.isEntry();
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** Notes of one kind, in order. */
  public List<Note> notes(NoteKind kind) {
    Objects.requireNonNull(kind, "kind");
    return notes.stream().filter(n -> n.kind() == kind).toList();
  }

  /** Visits this node and all below it, depth first in the annex's order. */
  public void forEach(Consumer<ControlNode> visitor) {
    visitor.accept(this);
    for (ControlNode child : children) {
      child.forEach(visitor);
    }
  }

  /** A copy with other children (the rest unchanged). */
  public ControlNode withChildren(List<ControlNode> newChildren) {
    return new ControlNode(code, text, childLogic, newChildren, notes, terms, references, criteria,
        notUsed, cyberSurveillanceFlag);
  }

  /** A copy with this cyber-surveillance flag (the rest unchanged). */
  public ControlNode withCyberSurveillance(CyberSurveillanceFlag flag) {
    return new ControlNode(code, text, childLogic, children, notes, terms, references, criteria,
        notUsed, flag);
  }

  /**
   * A copy with a yes/no cyber-surveillance flag, read as in the deprecated constructor.
   *
   * @deprecated use {@link #withCyberSurveillance(CyberSurveillanceFlag)}
   */
  @Deprecated
  public ControlNode withCyberSurveillance(boolean flag) {
    return withCyberSurveillance(flagOf(flag));
  }
}
