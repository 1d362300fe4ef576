package org.dualuse.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MatchedWord;
import org.dualuse.core.classify.NoteAlternative;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.Remark;
import org.dualuse.core.classify.SubjectMatch;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;

/**
 * The JSON form of a candidate's {@link Evidence}: the lines in words, and the same evidence as data
 * for programs.
 *
 * <p>The lines: {@code matchedWords}, {@code criteriaMet}, {@code criteriaFailed}, {@code
 * criteriaUnknown}, {@code notes}, {@code explanation} (strings, as before).
 *
 * <p>The data:
 *
 * <ul>
 *   <li>{@code criteria}: every criterion on the path from the entry to the node, in order (ancestors
 *       first). Each has {@code type} ({@code threshold}, {@code range} or {@code feature}), {@code
 *       outcome} ({@code MET}, {@code FAILED}, {@code UNKNOWN}), {@code
 *       assumed} (a feature counted as met without evidence), {@code explanation} (the line that
 *       {@code criteriaMet}, {@code criteriaFailed} or {@code criteriaUnknown} shows for it), and, when
 *       the value lies on the far side of a failed bound, {@code gap} (relative to the bound: 0.05 is
 *       5 %). A threshold or range has {@code parameter} (its canonical name, which is also its key
 *       for stated facts), {@code dimension} and {@code comparison}: for a threshold {@code >}, {@code
 *       >=}, {@code <} or {@code <=} with {@code bound} ({@code value}, {@code unit}, {@code
 *       inclusive}); for a range {@code in}, {@code outside} or {@code covers} (the product's range
 *       must cover all of it) with {@code low} and {@code high} (each {@code value}, {@code unit},
 *       {@code inclusive}). A feature has {@code feature} (its words). {@code fact} is the fact that
 *       decided it, or null: {@code parameter} (the one the value was read as, which may differ from
 *       the criterion's when the text was ambiguous), {@code value} and {@code unit} (a range has
 *       {@code low} and {@code high} instead), {@code bound} (for a value stated only as a bound,
 *       "over 2.5 MW": {@code >} and so on; absent otherwise), {@code origin} ({@code STATED}, {@code
 *       NAMED_IN_TEXT}, {@code UNNAMED_IN_TEXT}, {@code DERIVED}, {@code CONDITION}), {@code source}
 *       ({@code user} for a stated fact, {@code text}, or {@code derived}), {@code named} (false for
 *       a value no word names: a guess at its parameter), {@code span} (the words it was read from)
 *       and {@code start}, {@code end} (its place in the product text, -1 when not from the text).
 *   <li>{@code notesChecked}: the notes of the list checked for the candidate, each with {@code node}
 *       (the code it is printed under; null for a general note), {@code kind} ({@code NOTE}, {@code
 *       TECHNICAL_NOTE}, {@code NB}; null for a general note or a cyber-surveillance release clause),
 *       {@code label}, {@code action} ({@code RELEASED}, {@code REDIRECTED}, {@code NOT_RELEASED},
 *       {@code UNDECIDED}), {@code codes} (released, or redirected to), {@code decidedBy} (the words
 *       of the text that decided it), {@code conditions} (its typed conditions, as {@code criteria})
 *       and {@code line} (the note in words).
 *   <li>{@code subjects}: the subjects the text names whose nodes are the candidate's, above or below
 *       it: {@code subject}, {@code codes}, {@code name}, {@code words} (as the text writes them),
 *       {@code language}, {@code denied} (the text names a look-alike, which speaks against it).
 *   <li>{@code wordMatches}: the words of the text that matched the node, whose {@code line}s are
 *       {@code matchedWords}: {@code kind} ({@code TERM}, a word of the text whose analysed terms
 *       the node's text or vocabulary has; {@code PHRASE}, a vocabulary phrase found whole; {@code
 *       CAS}), {@code words} (as the text writes them), {@code terms} (what they matched: analysed
 *       terms, the phrase, the CAS number), {@code start} and {@code end} (their place in the text,
 *       -1 for a phrase found through its analysed words), {@code rows} (for a phrase, the
 *       vocabulary rows that give it, {@code file:line (lang)}) and {@code line}.
 *   <li>{@code remarks}: the remarks whose {@code line}s are {@code notes}, in order: {@code kind}
 *       ({@code NEGATION}, {@code PURPOSE}, {@code WHOLE_AND_PART}, {@code KIND}, {@code FACTS},
 *       {@code NOTE}), {@code codes} (the other nodes it names), {@code words} (the words of the
 *       text it rests on) and {@code line}.
 *   <li>{@code notesNotApplied}: the decontrol notes decided by their words that were read for the
 *       candidate and did not apply, as {@code notesChecked} writes a note, with action {@code
 *       NOT_RELEASED}; their {@code alternatives} hold, for each alternative of the note, the
 *       distinctive {@code words} looked for (analysed), those the text {@code had} and those
 *       {@code missing}. Every note has {@code alternatives}, empty but for these.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class EvidenceJson {
  private EvidenceJson() {}

  /** The evidence, lines and data. */
  public static ObjectNode of(Evidence e) {
    Objects.requireNonNull(e, "e");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    strings(o.putArray("matchedWords"), e.matchedWords());
    strings(o.putArray("criteriaMet"), e.criteriaMet());
    strings(o.putArray("criteriaFailed"), e.criteriaFailed());
    strings(o.putArray("criteriaUnknown"), e.criteriaUnknown());
    strings(o.putArray("notes"), e.notes());
    o.put("explanation", e.explanation());
    ArrayNode criteria = o.putArray("criteria");
    e.criteria().forEach(r -> criteria.add(criterion(r)));
    ArrayNode notes = o.putArray("notesChecked");
    e.notesChecked().forEach(n -> notes.add(note(n)));
    ArrayNode subjects = o.putArray("subjects");
    e.subjects().forEach(s -> subjects.add(subject(s)));
    ArrayNode words = o.putArray("wordMatches");
    e.wordMatches().forEach(w -> words.add(word(w)));
    ArrayNode remarks = o.putArray("remarks");
    e.remarks().forEach(r -> remarks.add(remark(r)));
    ArrayNode notApplied = o.putArray("notesNotApplied");
    e.notesNotApplied().forEach(n -> notApplied.add(note(n)));
    return o;
  }

  /** A word match: which words of the text matched which terms of the node, and where. */
  static ObjectNode word(MatchedWord w) {
    Objects.requireNonNull(w, "w");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", w.kind().name());
    o.put("words", w.words());
    strings(o.putArray("terms"), w.terms());
    o.put("start", w.start());
    o.put("end", w.end());
    strings(o.putArray("rows"), w.rows());
    o.put("line", w.line());
    return o;
  }

  /** A remark on the candidate: what it is about, the nodes it names, the words it rests on. */
  static ObjectNode remark(Remark r) {
    Objects.requireNonNull(r, "r");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", r.kind().name());
    strings(o.putArray("codes"), r.codes().stream().map(Object::toString).toList());
    strings(o.putArray("words"), r.words());
    o.put("line", r.line());
    return o;
  }

  /** One criterion's result: the criterion, its outcome and the fact that decided it. */
  static ObjectNode criterion(CriterionResult r) {
    Objects.requireNonNull(r, "r");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Criterion c = r.criterion();
    if (c instanceof Threshold t) {
      o.put("type", "threshold");
      o.put("parameter", t.parameter().name());
      o.put("dimension", t.parameter().dimension().name());
      o.put("comparison", t.comparison().symbol());
      ObjectNode bound = quantity(t.bound());
      bound.put("inclusive", t.comparison() == Comparison.AT_LEAST || t.comparison() == Comparison.AT_MOST);
      o.set("bound", bound);
    } else if (c instanceof Range g) {
      o.put("type", "range");
      o.put("parameter", g.parameter().name());
      o.put("dimension", g.parameter().dimension().name());
      o.put("comparison", g.outside() ? "outside" : g.entire() ? "covers" : "in");
      QuantityRange range = g.range();
      o.set("low", quantity(range.low()).put("inclusive", range.lowInclusive()));
      o.set("high", quantity(range.high()).put("inclusive", range.highInclusive()));
    } else if (c instanceof Feature f) {
      o.put("type", "feature");
      o.put("feature", f.description());
    } else {
      o.put("type", "combination");
      o.put("criterion", c.describe());
    }
    o.put("outcome", outcome(r.truth()));
    o.put("assumed", r.assumed());
    if (!Double.isNaN(r.gap())) {
      number(o, "gap", r.gap());
    }
    if (r.fact().isPresent()) {
      o.set("fact", fact(r.fact().get()));
    } else {
      o.putNull("fact");
    }
    o.put("explanation", r.explanation());
    return o;
  }

  /** {@code MET}, {@code FAILED} or {@code UNKNOWN}. */
  static String outcome(Truth truth) {
    return switch (truth) {
      case MATCH -> "MET";
      case NO_MATCH -> "FAILED";
      case UNKNOWN -> "UNKNOWN";
    };
  }

  /** A fact: its parameter, value, origin and where it was read. */
  static ObjectNode fact(Fact f) {
    Objects.requireNonNull(f, "f");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("parameter", f.parameter().name());
    Measurement m = f.value();
    if (m instanceof Quantity q) {
      number(o, "value", q.value());
      o.put("unit", q.unit().symbol());
    } else if (m instanceof QuantityRange r) {
      o.set("low", quantity(r.low()).put("inclusive", r.lowInclusive()));
      o.set("high", quantity(r.high()).put("inclusive", r.highInclusive()));
    }
    if (f.bound() != null) {
      o.put("bound", f.bound().symbol());
    }
    o.put("origin", f.origin().name());
    o.put("source", f.origin() == FactOrigin.STATED ? "user" : f.origin() == FactOrigin.DERIVED ? "derived" : "text");
    o.put("named", f.origin() != FactOrigin.UNNAMED_IN_TEXT);
    o.put("span", f.source());
    o.put("start", f.start());
    o.put("end", f.end());
    return o;
  }

  /** A note checked: which note, what it did, and what decided it. */
  static ObjectNode note(NoteCheck n) {
    Objects.requireNonNull(n, "n");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (n.holder().isPresent()) {
      o.put("node", n.holder().get().toString());
    } else {
      o.putNull("node");
    }
    if (n.kind().isPresent()) {
      o.put("kind", n.kind().get().name());
    } else {
      o.putNull("kind");
    }
    o.put("label", n.label());
    o.put("action", n.action().name());
    strings(o.putArray("codes"), n.codes().stream().map(Object::toString).toList());
    strings(o.putArray("decidedBy"), n.decidedBy());
    ArrayNode conditions = o.putArray("conditions");
    n.conditions().forEach(r -> conditions.add(criterion(r)));
    o.put("line", n.line());
    ArrayNode alternatives = o.putArray("alternatives");
    for (NoteAlternative a : n.alternatives()) {
      ObjectNode alternative = alternatives.addObject();
      strings(alternative.putArray("words"), a.words());
      strings(alternative.putArray("had"), a.had());
      strings(alternative.putArray("missing"), a.missing());
    }
    return o;
  }

  /** A subject the text names that concerns the candidate. */
  static ObjectNode subject(SubjectMatch s) {
    Objects.requireNonNull(s, "s");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("subject", s.subject());
    strings(o.putArray("codes"), s.codes().stream().map(Object::toString).toList());
    o.put("name", s.name());
    o.put("words", s.words());
    o.put("language", s.language());
    o.put("denied", s.denied());
    return o;
  }

  private static ObjectNode quantity(Quantity q) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    number(o, "value", q.value());
    o.put("unit", q.unit().symbol());
    return o;
  }

  /** A number; one JSON cannot write (an infinite bound, "unlimited") as its string form. */
  private static void number(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      o.put(name, Double.toString(v));
    }
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }
}
