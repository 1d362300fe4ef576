package org.dualuse.index.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.LiteralPhrases;

/**
 * What each node of a list is about, and what products are called: the subjects files (one row per
 * node and language that names a kind of goods) and the product-type taxonomy (a term is, or is not,
 * goods of a subject).
 *
 * <p>File formats (UTF-8, TAB-separated, {@code #} comments; {@code -} for an empty list):
 * <pre>
 *   subjects:      code  lang  subject  names(|-separated)  source
 *   product types: term  lang  is-a|is-not-a  subject(English, of a subjects file)  source
 * </pre>
 * A node without a row of its own has its nearest ancestor's subject ({@link #of}). {@link
 * #mentionedIn} finds the subjects a text names, by the analyzed words of the names and product
 * types ({@link ListAnalyzer}: case, accents, plurals and hyphens do not matter), or as written for
 * names the analysis would cut short ({@link LiteralPhrases}: "gizmo PA", "Zr-2.5Nb pressure tube"),
 * with the words that showed each. Immutable and thread-safe.
 */
public final class Subjects {

  static final String SUBJECT_COLUMNS = "code<TAB>lang<TAB>subject<TAB>names<TAB>source";
  static final String PRODUCT_TYPE_COLUMNS = "term<TAB>lang<TAB>relation<TAB>subject<TAB>source";

  /** One row of a subjects file. */
  record Row(ControlCode code, SubjectName name) {}

  /** A name analyzed into terms, with what it stands for. */
  private record Phrase(List<String> terms, String name, String language, ProductType.Relation relation,
      String subject, List<ControlCode> codes) {}

  private final Map<ControlCode, Subject> byCode;
  private final List<ProductType> productTypes;
  private final Map<String, List<ControlCode>> codesBySubject;
  private final Map<String, List<Phrase>> phrasesByFirstTerm;
  private final LiteralPhrases<Phrase> literalPhrases;
  private final ListAnalyzer analyzer = new ListAnalyzer();

  private static final Subjects NONE = new Subjects(Map.of(), List.of());

  /** No subjects: a text names none (the knowledge of a list whose codes the files do not name). */
  public static Subjects none() {
    return NONE;
  }

  private Subjects(Map<ControlCode, Subject> byCode, List<ProductType> productTypes) {
    this.byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
    this.productTypes = List.copyOf(productTypes);
    Map<String, List<ControlCode>> bySubject = new HashMap<>();
    for (Subject s : this.byCode.values()) {
      for (SubjectName n : s.names().values()) {
        bySubject.computeIfAbsent(key(n.subject()), k -> new ArrayList<>()).add(s.code());
      }
    }
    bySubject.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
    this.codesBySubject = Map.copyOf(bySubject);
    Map<String, List<Phrase>> phrases = new HashMap<>();
    LiteralPhrases.Builder<Phrase> literal = LiteralPhrases.builder();
    for (Subject s : this.byCode.values()) {
      for (SubjectName n : s.names().values()) {
        for (String name : n.allNames()) {
          addPhrase(phrases, literal, name, n.language(), ProductType.Relation.IS_A, s.english(), List.of(s.code()));
        }
      }
    }
    for (ProductType t : this.productTypes) {
      List<ControlCode> codes = codesOf(t.subject());
      if (!codes.isEmpty()) {
        addPhrase(phrases, literal, t.term(), t.language(), t.relation(), t.subject(), codes);
      }
    }
    this.phrasesByFirstTerm = Map.copyOf(phrases);
    this.literalPhrases = literal.build();
  }

  /**
   * Subjects from rows and product types.
   *
   * @throws KnowledgeFormatException when two rows give the same node a subject in the same language
   *     (naming both)
   */
  static Subjects of(List<Row> rows, List<ProductType> productTypes) {
    Map<ControlCode, Map<String, SubjectName>> names = new LinkedHashMap<>();
    for (Row r : rows) {
      SubjectName old = names.computeIfAbsent(r.code(), c -> new TreeMap<>()).putIfAbsent(r.name().language(), r.name());
      if (old != null) {
        throw new KnowledgeFormatException(r.name().file(), r.name().line(), "a second '" + r.name().language()
            + "' subject for " + r.code() + " (the first is at " + old.file() + ":" + old.line() + ")");
      }
    }
    Map<ControlCode, Subject> byCode = new LinkedHashMap<>();
    names.forEach((code, byLanguage) -> byCode.put(code, new Subject(code, byLanguage)));
    return new Subjects(byCode, productTypes);
  }

  /** Reads the rows of a subjects file ({@value #SUBJECT_COLUMNS}). */
  static List<Row> readRows(Reader reader, String source) {
    List<Row> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 5, SUBJECT_COLUMNS, (c, line) -> {
      ControlCode code = KnowledgeRows.code(c[0]);
      String language = KnowledgeRows.language(c[1]);
      String subject = KnowledgeRows.required(c[2], "subject");
      List<String> names = KnowledgeRows.items(c[3], "names");
      out.add(new Row(code, new SubjectName(language, subject, names, KnowledgeRows.source(c[4]), source, line)));
    });
    return out;
  }

  /** Reads the rows of a product-type file ({@value #PRODUCT_TYPE_COLUMNS}). */
  static List<ProductType> readProductTypes(Reader reader, String source) {
    List<ProductType> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 5, PRODUCT_TYPE_COLUMNS, (c, line) -> out.add(new ProductType(
        KnowledgeRows.required(c[0], "term"), KnowledgeRows.language(c[1]), ProductType.Relation.parse(c[2]),
        KnowledgeRows.required(c[3], "subject"), KnowledgeRows.source(c[4]), source, line)));
    return out;
  }

  /**
   * The subject of a node: its own row's, else its nearest ancestor's; empty when neither has one.
   *
   * @throws NullPointerException when {@code code} is null
   */
  public Optional<Subject> of(ControlCode code) {
    Objects.requireNonNull(code, "code");
    Subject own = byCode.get(code);
    if (own != null) {
      return Optional.of(own);
    }
    for (ControlCode up : code.ancestors()) {
      Subject s = byCode.get(up);
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The subject written for exactly this node, not inherited. */
  public Optional<Subject> own(ControlCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /** Every subject row, in code order. */
  public List<Subject> all() {
    return List.copyOf(byCode.values());
  }

  /** Every product type, in file order. */
  public List<ProductType> productTypes() {
    return productTypes;
  }

  /** The nodes whose subject in some language is exactly this name (ignoring case), in code order. */
  public List<ControlCode> codesOf(String subject) {
    return codesBySubject.getOrDefault(key(Objects.requireNonNull(subject, "subject")), List.of());
  }

  /** The product types whose subject is no subject of the files: they point at nothing. */
  public List<ProductType> unresolvedProductTypes() {
    return productTypes.stream().filter(t -> codesOf(t.subject()).isEmpty()).toList();
  }

  /**
   * The subjects a text names, in the order of the words that showed them: by a subject's name or
   * other name, or by a product type (with its relation). Names of another language than the text's
   * do not apply; with no language known, all do.
   *
   * @param text any text
   * @param language the text's ISO 639-1 code, or empty when not known
   * @throws NullPointerException when an argument is null
   */
  public List<SubjectMention> mentionedIn(String text, Optional<String> language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    List<Word> tokens = words(analyzer, text);
    List<SubjectMention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Phrase> candidates = phrasesByFirstTerm.get(tokens.get(i).term());
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (language.isPresent() && !language.get().equals(p.language())) {
          continue;
        }
        int end = i + p.terms().size();
        if (end <= tokens.size() && matches(tokens, i, p.terms())) {
          String words = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
          if (seen.add(p.name() + "\u0000" + p.relation() + "\u0000" + p.subject())) {
            out.add(new SubjectMention(p.codes(), p.subject(), p.name(), words, p.language(), p.relation()));
          }
        }
      }
    }
    for (LiteralPhrases.Match<Phrase> m : literalPhrases.findIn(text)) {
      Phrase p = m.value();
      if ((language.isEmpty() || language.get().equals(p.language()))
          && seen.add(p.name() + "\u0000" + p.relation() + "\u0000" + p.subject())) {
        out.add(new SubjectMention(p.codes(), p.subject(), p.name(), text.substring(m.start(), m.end()), p.language(),
            p.relation()));
      }
    }
    return out;
  }

  /** A word of a text as the names are matched: its analyzed term and where it stands. */
  record Word(String term, int start, int end) {}

  /**
   * The words of a text by an analyzer, in order: the terms and places of the tokens of {@link
   * AnalyzedText#of} with the same analyzer, without the negation scopes, surfaces, control codes and
   * CAS numbers it works out too, which matching names does not need (the words are those of the
   * product's first analysis only when the analyzer is the same, which the product's is not: it
   * splits compounds and adds translations).
   */
  static List<Word> words(Analyzer analyzer, String text) {
    List<Word> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // places bounded as AnalyzedText.of bounds them
        int start = Math.min(offset.startOffset(), text.length());
        int end = Math.min(Math.max(offset.endOffset(), start), text.length());
        out.add(new Word(term.toString(), start, end));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of a string failed", e);
    }
    return out;
  }

  private static boolean matches(List<Word> tokens, int i, List<String> terms) {
    for (int t = 0; t < terms.size(); t++) {
      if (!tokens.get(i + t).term().equals(terms.get(t))) {
        return false;
      }
    }
    return true;
  }

  private void addPhrase(Map<String, List<Phrase>> into, LiteralPhrases.Builder<Phrase> literal, String name,
      String language, ProductType.Relation relation, String subject, List<ControlCode> codes) {
    if (!analyzer.keepsEveryWord(name)) {
      // "gizmo PA", "Zr-2.5Nb pressure tube": the analysis would drop a word, so match as written
      if (LiteralPhrases.isMatchable(name)) {
        literal.add(name, new Phrase(List.of(), name, language, relation, subject, codes));
      }
      return;
    }
    List<String> terms = analyzer.terms(name);
    if (terms.isEmpty()) {
      return; // a name of stop words or numbers only ("3D") matches no analyzed text
    }
    into.computeIfAbsent(terms.get(0), t -> new ArrayList<>())
        .add(new Phrase(List.copyOf(terms), name, language, relation, subject, codes));
  }

  private static String key(String subject) {
    return subject.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Subjects[" + byCode.size() + " nodes, " + productTypes.size() + " product types]";
  }
}
