package org.dualuse.lists.snapshot;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermUse;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;

/** Writes a control list in the {@link SnapshotFormat}. One instance writes one list. */
public final class ListSnapshotWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private final Map<String, Integer> strings = new HashMap<>();
  private final Map<ControlCode, Integer> codes = new HashMap<>();
  /** Criteria, notes, parameters and units by identity: the reader gives back the same sharing. */
  private final Map<Object, Integer> shared = new IdentityHashMap<>();

  private ListSnapshotWriter() {}

  /** The snapshot of a list. */
  public static byte[] write(ControlList list) {
    ListSnapshotWriter w = new ListSnapshotWriter();
    w.list(list);
    return w.out.toByteArray();
  }

  private void list(ControlList list) {
    int32(SnapshotFormat.MAGIC);
    int32(SnapshotFormat.VERSION);
    string(list.id());
    string(list.title());
    string(list.jurisdiction());
    number(list.effectiveDate().toEpochDay());
    string(list.provenance().sourceName());
    string(list.provenance().sourceUrl());
    string(list.provenance().sha256());
    string(list.provenance().attribution());
    number(list.definitions().size());
    for (Map.Entry<String, DefinedTerm> e : list.definitions().entrySet()) {
      string(e.getKey());
      DefinedTerm d = e.getValue();
      string(d.term());
      strings(d.acronyms());
      string(d.definition());
      strings(d.categories());
      number(d.kind().ordinal());
    }
    number(list.documents().size());
    for (ListDocument d : list.documents()) {
      number(d.kind().ordinal());
      string(d.title());
      string(d.text());
      number(d.category().map(c -> c.ordinal() + 1).orElse(0));
      number(d.group().map(g -> g.ordinal() + 1).orElse(0));
    }
    number(list.entries().size());
    for (ControlNode entry : list.entries()) {
      node(entry);
    }
  }

  private void node(ControlNode n) {
    code(n.code());
    string(n.text());
    number(n.childLogic().ordinal());
    number(n.notes().size());
    for (Note note : n.notes()) {
      note(note);
    }
    number(n.terms().size());
    for (TermUse t : n.terms()) {
      string(t.surface());
      flag(t.term() != null);
      if (t.term() != null) {
        string(t.term());
      }
      number(t.kind().ordinal());
    }
    number(n.references().size());
    for (Reference r : n.references()) {
      code(r.target());
      string(r.surface());
      flag(r.fromNote());
    }
    optionalCriterion(n.criteria());
    flag(n.notUsed());
    cyberSurveillanceFlag(n.cyberSurveillanceFlag());
    number(n.children().size());
    for (ControlNode child : n.children()) {
      node(child);
    }
  }

  private void cyberSurveillanceFlag(CyberSurveillanceFlag f) {
    number(f.scope().ordinal());
    codes(f.items());
    string(f.reason());
  }

  private void note(Note note) {
    if (seen(note)) {
      return;
    }
    number(note.kind().ordinal());
    string(note.label());
    string(note.text());
    codes(note.references());
    number(note.releaseClauses().size());
    for (ReleaseClause c : note.releaseClauses()) {
      string(c.label());
      string(c.subject());
      string(c.verb());
      string(c.words());
      number(c.verbStart());
      flag(c.passive());
      flag(c.allOf());
    }
    codes(note.releases());
    optionalCriterion(note.exclusion());
  }

  private void optionalCriterion(Optional<Criterion> c) {
    flag(c.isPresent());
    c.ifPresent(this::criterion);
  }

  private void criterion(Criterion c) {
    if (seen(c)) {
      return;
    }
    if (c instanceof Threshold t) {
      number(SnapshotFormat.THRESHOLD);
      parameter(t.parameter());
      number(t.comparison().ordinal());
      quantity(t.bound());
      string(t.source());
    } else if (c instanceof Range r) {
      number(SnapshotFormat.RANGE);
      parameter(r.parameter());
      QuantityRange q = r.range();
      quantity(q.low());
      flag(q.lowInclusive());
      quantity(q.high());
      flag(q.highInclusive());
      flag(r.outside());
      string(r.source());
      flag(r.entire());
    } else if (c instanceof Feature f) {
      number(SnapshotFormat.FEATURE);
      string(f.description());
      strings(f.keywords());
      flag(f.material());
    } else if (c instanceof AllOf all) {
      number(SnapshotFormat.ALL_OF);
      criteria(all.criteria());
    } else if (c instanceof AnyOf any) {
      number(SnapshotFormat.ANY_OF);
      criteria(any.criteria());
    } else {
      number(SnapshotFormat.NOT);
      criterion(((Not) c).criterion());
    }
  }

  private void criteria(List<Criterion> all) {
    number(all.size());
    for (Criterion c : all) {
      criterion(c);
    }
  }

  private void parameter(Parameter p) {
    if (seen(p)) {
      return;
    }
    string(p.name());
    number(p.dimension().ordinal());
    string(p.question());
  }

  private void quantity(Quantity q) {
    float64(q.value());
    unit(q.unit());
  }

  private void unit(Unit u) {
    if (seen(u)) {
      return;
    }
    string(u.symbol());
    number(u.dimension().ordinal());
    float64(u.factor());
    float64(u.offset());
    flag(u.logarithmic());
  }

  /** Writes the reference of an object written before and answers true, or marks a first one and answers false. */
  private boolean seen(Object o) {
    Integer id = shared.get(o);
    if (id != null) {
      number(id + 1L);
      return true;
    }
    shared.put(o, shared.size());
    number(0);
    return false;
  }

  private void codes(List<ControlCode> all) {
    number(all.size());
    for (ControlCode c : all) {
      code(c);
    }
  }

  private void code(ControlCode c) {
    Integer id = codes.get(c);
    if (id != null) {
      number(id + 1L);
      return;
    }
    codes.put(c, codes.size());
    number(0);
    number(c.category().ordinal());
    number(c.group().ordinal());
    number(c.number());
    strings(c.path());
  }

  private void strings(List<String> all) {
    number(all.size());
    for (String s : all) {
      string(s);
    }
  }

  private void string(String s) {
    Integer id = strings.get(s);
    if (id != null) {
      number(id + 1L);
      return;
    }
    strings.put(s, strings.size());
    number(0);
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    number(utf8.length);
    out.write(utf8, 0, utf8.length);
  }

  private void flag(boolean b) {
    out.write(b ? 1 : 0);
  }

  private void number(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("a snapshot number cannot be negative, was " + v);
    }
    while (v >= 0x80) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private void int32(int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private void float64(double d) {
    long bits = Double.doubleToRawLongBits(d);
    int32((int) (bits >>> 32));
    int32((int) bits);
  }
}
