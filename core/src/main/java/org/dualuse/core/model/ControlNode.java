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
 * @param cyberSurveillance true for a cyber-surveillance item in the sense of Article 2(20)
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
    boolean cyberSurveillance) {

  public ControlNode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    childLogic = childLogic == null ? ChildLogic.NONE : childLogic;
    children = children == null ? List.of() : List.copyOf(children);
    notes = notes == null ? List.of() : List.copyOf(notes);
    terms = terms == null ? List.of() : List.copyOf(terms);
    references = references == null ? List.of() : List.copyOf(references);
    criteria = criteria == null ? Optional.empty() : criteria;
    for (ControlNode child : children) {
      if (!child.code().parent().map(code::equals).orElse(false)) {
        throw new DualUseException(child.code() + " is not a child of " + code);
      }
    }
  }

  public boolean isEntry() {
    return code.isEntry();
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** Notes of one kind, in order. */
  public List<Note> notes(NoteKind kind) {
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
        notUsed, cyberSurveillance);
  }

  /** A copy with the cyber-surveillance flag set as given. */
  public ControlNode withCyberSurveillance(boolean flag) {
    return new ControlNode(code, text, childLogic, children, notes, terms, references, criteria,
        notUsed, flag);
  }
}
