package org.dualuse.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ControlCodeFormatException;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.ListProfile;
import org.dualuse.index.knowledge.DataLists;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.Pointer;

/**
 * The words users write for items of a list ("IMSI catcher", "Wärmebildkamera"), each mapped to the
 * nodes it usually means. Retrieval uses it as extra text of those nodes and as a strong hint when
 * the whole phrase occurs in a product text; it never decides a classification alone.
 *
 * <p>File format: UTF-8, {@code #} starts a comment line, blank lines are skipped, every other line
 * is {@code phrase<TAB>code[,code...]<TAB>lang<TAB>source} with {@code lang} a lower-case ISO 639-1 code
 * (or {@code mul}, ISO 639-2 "multiple languages", for names written alike in every language: formulas,
 * abbreviations, grades) and {@code source} the annex wording or class of knowledge (synonym, abbreviation, translation,
 * trade name) the row rests on, never a labelled case.
 * {@link #standard()} reads the module's {@code vocabulary.tsv} and, when present,
 * {@code surveillance-vocabulary.tsv}. Immutable and thread-safe.
 */
public final class Vocabulary {

  /** How much a phrase found whole in a text says about the nodes it points at. */
  public enum Strength {
    /**
     * A strong hint: the phrase lifts the nodes in retrieval and counts as evidence for them in the
     * decision (the reviewed vocabulary files).
     */
    HINT,
    /**
     * A pointer for retrieval only: the phrase lifts the nodes in retrieval, but the decision does
     * not count it as evidence (the names of the knowledge files, until decisions weigh subjects).
     */
    RETRIEVAL
  }

  /**
   * One line of a vocabulary file.
   *
   * @param phrase the words as users write them
   * @param codes the nodes they point at, at least one
   * @param language ISO 639-1 code of the phrase, or {@code mul}
   * @param source the file it was read from
   * @param line its line number there
   * @param strength what a phrase found whole says about the nodes
   */
  public record Mapping(String phrase, List<ControlCode> codes, String language, String source, int line,
      Strength strength) {
    /** A mapping that is a {@link Strength#HINT}, as the rows of vocabulary files are. */
    public Mapping(String phrase, List<ControlCode> codes, String language, String source, int line) {
      this(phrase, codes, language, source, line, Strength.HINT);
    }

    public Mapping {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(codes, "codes");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(strength, "strength");
      if (phrase.isBlank() || codes.isEmpty()) {
        throw new DualUseException("a vocabulary mapping needs a phrase and codes, was "
            + DualUseException.quote(phrase) + " -> " + codes);
      }
      codes = List.copyOf(codes);
    }
  }

  static final String OWN_RESOURCE = "vocabulary.tsv";
  static final String SURVEILLANCE_RESOURCE = "surveillance-vocabulary.tsv";
  static final String TRANSLATIONS_RESOURCE = "vocabulary-translations.tsv";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|mul");
  private static final Vocabulary EMPTY = new Vocabulary(List.of());

  private final List<Mapping> mappings;
  /** The lists the bundled files it was read from declare ({@code # list: ...}); empty for rows given otherwise. */
  private final Set<String> lists;

  private Vocabulary(List<Mapping> mappings) {
    this(mappings, Set.of());
  }

  private Vocabulary(List<Mapping> mappings, Set<String> lists) {
    this.mappings = List.copyOf(mappings);
    this.lists = Set.copyOf(lists);
  }

  /** The vocabulary with no mappings. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  /**
   * The module's vocabulary: {@code vocabulary.tsv} and, when present, {@code
   * surveillance-vocabulary.tsv}, in that order.
   *
   * @throws VocabularyFormatException naming the resource and line of a malformed line
   */
  public static Vocabulary standard() {
    return Standard.INSTANCE;
  }

  /**
   * The vocabulary a list is indexed with by default ({@link ListIndex#inMemory(ControlList)},
   * {@link HybridClassifier#of}): for a list whose {@link ListProfile#dataLists() profile} loads the
   * list the bundled files declare ({@code # list: eu-annex-i}: their rows name the EU annex's codes)
   * the {@link #standard()} rows, the pointers of the module's reviewed
   * knowledge about the list ({@link #withKnowledge}) and the reviewed translations ({@link
   * #withTranslations}). Since the decision weighs each candidate by a model fitted on these features
   * ({@link org.dualuse.index.decision.DecisionModel}), the wider retrieval they give no longer lists
   * look-alikes by itself. Out of fold on the tune half of the team's corpus, at the model's threshold
   * 0.5 (listed F1 / not-listed accuracy): the standard rows only 0.753 / 0.813, with the knowledge
   * 0.765 / 0.784, with the translations 0.771 / 0.776, with both 0.780 / 0.786; and top-5 recall of
   * controlled entries rises from 0.787 to 0.891. Any other list gets {@link #empty()}: it is searched
   * by its own words.
   *
   * @throws org.dualuse.index.knowledge.KnowledgeFormatException naming the file and line of a bad row
   */
  public static Vocabulary forList(ControlList list) {
    Objects.requireNonNull(list, "list");
    // the bundled rows name the EU annex's codes: a list whose profile does not claim them has none
    // the bundled rows name the EU annex's codes, as their files declare ('# list: eu-annex-i'): a list
    // whose profile does not load that list's data has none of them
    ListProfile profile = ListProfile.of(list.id());
    boolean loads = DataLists.loadsAll(standard().lists, profile) && DataLists.loadsAll(withTranslations().lists, profile)
        && Knowledge.standard().loadsFor(list);
    return loads ? withKnowledge(list).plus(withTranslations()) : EMPTY;
  }

  /**
   * The standard vocabulary plus the reviewed German, French and Italian names of the annex's goods,
   * chemicals and materials ({@code vocabulary-translations.tsv}); part of {@link #forList}. Before
   * the fitted decision model they lifted retrieval (top-5 recall of controlled entries 0.771 to 0.845
   * on the corpus's tune half) but also listed look-alikes (not-listed accuracy 0.697 to 0.613); see
   * the file's header.
   */
  public static Vocabulary withTranslations() {
    return Translations.INSTANCE;
  }

  /**
   * Reads mappings in the file format of the class comment.
   *
   * @param reader the text; not closed
   * @param source the name used in errors and in {@link Mapping#source()}
   * @throws VocabularyFormatException naming the source and line of a malformed line
   */
  public static Vocabulary read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    List<Mapping> out = new ArrayList<>();
    DataFileLines.forEach(reader, source, (line, lineNumber) -> out.add(parseLine(line, source, lineNumber)));
    return new Vocabulary(out);
  }

  /**
   * A vocabulary of these mappings, in this order.
   *
   * @throws NullPointerException when {@code mappings} or one of them is null
   */
  public static Vocabulary of(List<Mapping> mappings) {
    Objects.requireNonNull(mappings, "mappings");
    return mappings.isEmpty() ? EMPTY : new Vocabulary(mappings);
  }

  /**
   * The standard vocabulary and the pointers of the module's reviewed knowledge about a list ({@link
   * Knowledge#pointers}): subject names, product types, chemical names and CAS numbers, material
   * designations, in English, German, French, Italian and {@code mul}: a chemical's name or CAS
   * number is a {@link Strength#HINT} (it identifies the substance), every other name a {@link
   * Strength#RETRIEVAL} pointer.
   *
   * <p>Part of {@link #forList}, the default of {@link HybridClassifier#of}. Before the fitted decision
   * model, measured on the team's corpus, they lifted top-5 recall of controlled entries from 0.778
   * to 0.870 on the tune half and entry top-1 from 0.593 to 0.631, but lowered listed F1 on check
   * (0.673 to 0.637): retrieval found the right kind of goods, and the hand-set threshold listed too
   * few of them.
   *
   * @throws org.dualuse.index.knowledge.KnowledgeFormatException naming the file and line of a bad row
   */
  public static Vocabulary withKnowledge(ControlList list) {
    Objects.requireNonNull(list, "list");
    List<Mapping> pointers = new ArrayList<>();
    for (Pointer p : Knowledge.standard().pointers(list)) {
      Strength strength = isIdentity(p) ? Strength.HINT : Strength.RETRIEVAL;
      pointers.add(new Mapping(p.phrase(), p.codes(), p.language(), p.file(), p.line(), strength));
    }
    return standard().plus(of(pointers));
  }

  /**
   * Whether a pointer names the goods of its nodes themselves: the English or German name or CAS
   * number of a chemical that a materials (C) node controls identifies the substance, as the annex's
   * own CAS numbers do. A chemical an equipment node names is its medium or an example (ammonia in
   * 1B230, TNT in 1B234), and every other name says what kind of goods a product is, which only its
   * parameters and notes decide on: those only draw retrieval.
   */
  static boolean isIdentity(Pointer p) {
    return p.kind() == Pointer.Kind.CHEMICAL && p.codes().stream().allMatch(c -> c.group() == ProductGroup.C);
  }

  /** The number of mappings by language, in key order. */
  public java.util.SortedMap<String, Integer> rowsByLanguage() {
    java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
    for (Mapping m : mappings) {
      out.merge(m.language(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /** This vocabulary followed by another one's mappings. */
  public Vocabulary plus(Vocabulary other) {
    List<Mapping> all = new ArrayList<>(mappings);
    all.addAll(other.mappings);
    Set<String> declared = new TreeSet<>(lists);
    declared.addAll(other.lists);
    return new Vocabulary(all, declared);
  }

  /** Every mapping in file order. */
  public List<Mapping> mappings() {
    return mappings;
  }

  /**
   * A digest of the mappings (SHA-256, hex), the same in every JVM for the same mappings in the
   * same order; an index kept on disk records it to know whether it was built with this vocabulary.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Mapping m : mappings) {
        digest.update((m.phrase() + "\t" + m.codes() + "\t" + m.language() + "\t" + m.strength() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The mappings that name at least one code the list does not have; empty when all resolve. */
  public List<Mapping> unresolvedIn(ControlList list) {
    Objects.requireNonNull(list, "list");
    return mappings.stream().filter(m -> !m.codes().stream().allMatch(list::contains)).toList();
  }

  private static Mapping parseLine(String line, String source, int lineNumber) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 4) {
      throw new VocabularyFormatException(source, lineNumber,
          "expected phrase<TAB>codes<TAB>lang<TAB>source (4 columns) but found " + cols.length + ": '" + line + "'");
    }
    if (cols[3].isBlank()) {
      throw new VocabularyFormatException(source, lineNumber,
          "missing source: every row names the annex wording or the class of knowledge it rests on");
    }
    String phrase = cols[0].strip();
    if (phrase.isEmpty()) {
      throw new VocabularyFormatException(source, lineNumber, "empty phrase");
    }
    List<ControlCode> codes = new ArrayList<>();
    for (String raw : cols[1].split(",", -1)) {
      try {
        codes.add(ControlCode.parse(raw.strip()));
      } catch (ControlCodeFormatException e) {
        throw new VocabularyFormatException(source, lineNumber, "bad code '" + raw.strip() + "': " + e.getMessage());
      }
    }
    String language = cols[2].strip();
    if (!LANGUAGE.matcher(language).matches()) {
      throw new VocabularyFormatException(source, lineNumber,
          "language must be a lower-case ISO 639-1 code such as 'en' or 'de' (or 'mul'), was '" + language + "'");
    }
    return new Mapping(phrase, codes, language, source, lineNumber);
  }

  private static Vocabulary resource(String name, boolean required) {
    InputStream in = Vocabulary.class.getResourceAsStream(name);
    if (in == null) {
      if (required) {
        throw new VocabularyFormatException(name, 0, "resource missing from the lucene-index module");
      }
      return EMPTY;
    }
    try (InputStream stream = in) {
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      // the list the file's rows belong to, from its header: refused, naming the line, when missing or unknown
      String declared = DataFileLines.declaredList(text, name, DataLists.KNOWN);
      return new Vocabulary(read(new StringReader(text), name).mappings, Set.of(declared));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary " + name, e);
    }
  }

  @Override
  public String toString() {
    return "Vocabulary[" + mappings.size() + " mappings]";
  }

  // initialised on first use, once, thread-safely (holder idiom)
  private static final class Standard {
    static final Vocabulary INSTANCE =
        resource(OWN_RESOURCE, true).plus(resource(SURVEILLANCE_RESOURCE, false));
  }

  private static final class Translations {
    static final Vocabulary INSTANCE = Standard.INSTANCE.plus(resource(TRANSLATIONS_RESOURCE, true));
  }
}
