package org.dualuse.lists.snapshot;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.criteria.AllOf;
import org.dualuse.core.criteria.AnyOf;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Not;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ChildLogic;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermKind;
import org.dualuse.core.model.TermUse;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;

/**
 * Reads a control list back from the {@link SnapshotFormat}: the same list, value for value, with
 * the same objects shared as in the list written. One instance reads one snapshot.
 */
public final class ListSnapshotReader {
  private static final ChildLogic[] CHILD_LOGIC = ChildLogic.values();
  private static final NoteKind[] NOTE_KINDS = NoteKind.values();
  private static final TermKind[] TERM_KINDS = TermKind.values();
  private static final CyberSurveillanceScope[] SCOPES = CyberSurveillanceScope.values();
  private static final DocumentKind[] DOCUMENT_KINDS = DocumentKind.values();
  private static final Category[] CATEGORIES = Category.values();
  private static final ProductGroup[] GROUPS = ProductGroup.values();
  private static final Comparison[] COMPARISONS = Comparison.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();

  private final byte[] in;
  private int at;
  private final List<String> strings = new ArrayList<>();
  private final List<ControlCode> codes = new ArrayList<>();
  private final List<Object> shared = new ArrayList<>();

  private ListSnapshotReader(byte[] in) {
    this.in = in;
  }

  /**
   * The list a snapshot holds.
   *
   * @throws SnapshotFormatException when the bytes are not a snapshot of this format version, or are
   *     cut short or malformed
   */
  public static ControlList read(byte[] snapshot) {
    ListSnapshotReader r = new ListSnapshotReader(snapshot);
    try {
      ControlList list = r.list();
      if (r.at != snapshot.length) {
        throw new SnapshotFormatException("snapshot has " + (snapshot.length - r.at) + " bytes after the list");
      }
      return list;
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new SnapshotFormatException("snapshot is cut short at byte " + r.at, e);
    } catch (RuntimeException e) {
      if (e instanceof SnapshotFormatException) {
        throw e;
      }
      throw new SnapshotFormatException("snapshot is malformed at byte " + r.at + ": " + e.getMessage(), e);
    }
  }

  private ControlList list() {
    int magic = int32();
    int version = int32();
    if (magic != SnapshotFormat.MAGIC || version != SnapshotFormat.VERSION) {
      throw new SnapshotFormatException("not a list snapshot of format " + SnapshotFormat.VERSION + " (magic "
          + Integer.toHexString(magic) + ", version " + version + ")");
    }
    String id = string();
    String title = string();
    String jurisdiction = string();
    LocalDate effective = LocalDate.ofEpochDay(number());
    Provenance provenance = new Provenance(string(), string(), string(), string());
    int definitionCount = count();
    Map<String, DefinedTerm> definitions = new LinkedHashMap<>();
    for (int i = 0; i < definitionCount; i++) {
      String key = string();
      definitions.put(key, new DefinedTerm(string(), strings(), string(), strings(), TERM_KINDS[count()]));
    }
    int documentCount = count();
    List<ListDocument> documents = new ArrayList<>(documentCount);
    for (int i = 0; i < documentCount; i++) {
      DocumentKind kind = DOCUMENT_KINDS[count()];
      String docTitle = string();
      String text = string();
      int category = count();
      int group = count();
      documents.add(new ListDocument(kind, docTitle, text,
          category == 0 ? Optional.empty() : Optional.of(CATEGORIES[category - 1]),
          group == 0 ? Optional.empty() : Optional.of(GROUPS[group - 1])));
    }
    int entryCount = count();
    List<ControlNode> entries = new ArrayList<>(entryCount);
    for (int i = 0; i < entryCount; i++) {
      entries.add(node());
    }
    return new ControlList(id, title, jurisdiction, effective, provenance, entries, definitions, documents);
  }

  private ControlNode node() {
    ControlCode code = code();
    String text = string();
    ChildLogic logic = CHILD_LOGIC[count()];
    int noteCount = count();
    List<Note> notes = new ArrayList<>(noteCount);
    for (int i = 0; i < noteCount; i++) {
      notes.add(note());
    }
    int termCount = count();
    List<TermUse> terms = new ArrayList<>(termCount);
    for (int i = 0; i < termCount; i++) {
      String surface = string();
      String term = flag() ? string() : null;
      terms.add(new TermUse(surface, term, TERM_KINDS[count()]));
    }
    int referenceCount = count();
    List<Reference> references = new ArrayList<>(referenceCount);
    for (int i = 0; i < referenceCount; i++) {
      references.add(new Reference(code(), string(), flag()));
    }
    Optional<Criterion> criteria = optionalCriterion();
    boolean notUsed = flag();
    CyberSurveillanceFlag cyber = cyberSurveillanceFlag();
    int childCount = count();
    List<ControlNode> children = new ArrayList<>(childCount);
    for (int i = 0; i < childCount; i++) {
      children.add(node());
    }
    return new ControlNode(code, text, logic, children, notes, terms, references, criteria, notUsed, cyber);
  }

  private CyberSurveillanceFlag cyberSurveillanceFlag() {
    CyberSurveillanceScope scope = SCOPES[count()];
    List<ControlCode> items = codes();
    String reason = string();
    // most nodes carry the one shared NONE flag, as the parser gives them
    return scope == CyberSurveillanceScope.NONE && items.isEmpty() && reason.isEmpty()
        ? CyberSurveillanceFlag.NONE : CyberSurveillanceFlag.of(scope, items, reason);
  }

  private Note note() {
    int ref = count();
    if (ref > 0) {
      return (Note) shared.get(ref - 1);
    }
    int slot = reserve();
    Note note = new Note(NOTE_KINDS[count()], string(), string(), codes(), releaseClauses(), codes(), optionalCriterion());
    shared.set(slot, note);
    return note;
  }

  private List<ReleaseClause> releaseClauses() {
    int n = count();
    List<ReleaseClause> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ReleaseClause(string(), string(), string(), string(), count(), flag(), flag()));
    }
    return out;
  }

  private Optional<Criterion> optionalCriterion() {
    return flag() ? Optional.of(criterion()) : Optional.empty();
  }

  private Criterion criterion() {
    int ref = count();
    if (ref > 0) {
      return (Criterion) shared.get(ref - 1);
    }
    int slot = reserve();
    Criterion c = switch (count()) {
      case SnapshotFormat.THRESHOLD -> new Threshold(parameter(), COMPARISONS[count()], quantity(), string());
      case SnapshotFormat.RANGE -> {
        Parameter p = parameter();
        QuantityRange range = new QuantityRange(quantity(), flag(), quantity(), flag());
        yield new Range(p, range, flag(), string(), flag());
      }
      case SnapshotFormat.FEATURE -> new Feature(string(), strings(), flag());
      case SnapshotFormat.ALL_OF -> new AllOf(criteria());
      case SnapshotFormat.ANY_OF -> new AnyOf(criteria());
      case SnapshotFormat.NOT -> new Not(criterion());
      default -> throw new SnapshotFormatException("unknown criterion kind at byte " + (at - 1));
    };
    shared.set(slot, c);
    return c;
  }

  private List<Criterion> criteria() {
    int n = count();
    List<Criterion> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(criterion());
    }
    return out;
  }

  private Parameter parameter() {
    int ref = count();
    if (ref > 0) {
      return (Parameter) shared.get(ref - 1);
    }
    int slot = reserve();
    Parameter p = new Parameter(string(), DIMENSIONS[count()], string());
    shared.set(slot, p);
    return p;
  }

  private Quantity quantity() {
    return new Quantity(float64(), unit());
  }

  private Unit unit() {
    int ref = count();
    if (ref > 0) {
      return (Unit) shared.get(ref - 1);
    }
    int slot = reserve();
    Unit u = new Unit(string(), DIMENSIONS[count()], float64(), float64(), flag());
    shared.set(slot, u);
    return u;
  }

  /** Numbers a shared object before its content is read, in the order the writer numbered it. */
  private int reserve() {
    shared.add(null);
    return shared.size() - 1;
  }

  private List<ControlCode> codes() {
    int n = count();
    List<ControlCode> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(code());
    }
    return out;
  }

  private ControlCode code() {
    int ref = count();
    if (ref > 0) {
      return codes.get(ref - 1);
    }
    ControlCode c = new ControlCode(CATEGORIES[count()], GROUPS[count()], count(), strings());
    codes.add(c);
    return c;
  }

  private List<String> strings() {
    int n = count();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string());
    }
    return out;
  }

  private String string() {
    int ref = count();
    if (ref > 0) {
      return strings.get(ref - 1);
    }
    int length = count();
    String s = new String(in, at, length, StandardCharsets.UTF_8);
    at += length;
    strings.add(s);
    return s;
  }

  private boolean flag() {
    return in[at++] != 0;
  }

  private int count() {
    long v = number();
    if (v > Integer.MAX_VALUE) {
      throw new SnapshotFormatException("number " + v + " too large at byte " + at);
    }
    return (int) v;
  }

  private long number() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = in[at++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new SnapshotFormatException("malformed number before byte " + at);
  }

  private int int32() {
    int v = ((in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
    at += 4;
    return v;
  }

  private double float64() {
    long high = int32() & 0xFFFFFFFFL;
    long low = int32() & 0xFFFFFFFFL;
    return Double.longBitsToDouble((high << 32) | low);
  }
}
