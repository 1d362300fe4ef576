package org.dualuse.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Version;
import org.dualuse.core.CodeVersion;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermUse;
import java.util.Optional;
import org.dualuse.core.language.LanguageDetector;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.LiteralPhrases;
import org.dualuse.index.analysis.Lexicon;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.TermListTokenStream;

/**
 * A Lucene index of one control list: one document per node (entry or item, "Not used" items
 * left out) with its own text, its ancestors' text, the text of the nodes its own text refers to,
 * its notes (decontrol notes excepted: their words describe what is released), the definitions of
 * the terms it uses, and the vocabulary phrases that point at it or, through an N.B., redirect to it.
 *
 * <p>Queries are built programmatically from the analyzed words of the text (a dis-max over the
 * fields per word, weighted), never by a query parser; numbers and units are left out of the words;
 * a control code in the text ({@code 5A001.f}) puts that node first, a CAS number ({@code 111-48-8})
 * the chemical listed under it (or pointed at by a vocabulary row that is a CAS number); a vocabulary
 * phrase found whole in the text ("IMSI catcher") lifts the nodes it points at. A phrase the word
 * analysis would cut short ("Inconel 718", "Ti-6Al-4V") is found as written ({@link LiteralPhrases}).
 *
 * <p><b>Hints and pointers.</b> A vocabulary row is a {@link Vocabulary.Strength#HINT} (its words are
 * the node's vocabulary words, and its phrase found whole is evidence the decision counts) or a
 * {@link Vocabulary.Strength#RETRIEVAL} pointer (the names of the knowledge files): a pointer's words
 * sit in a field of their own that ranks the node but is no part of {@link NodeWords#all()}, and its
 * phrase found whole lifts the node as a hint's does ({@link NodeHit#pointers()}); only the words of
 * that phrase then count as words the node matched.
 *
 * <p><b>Language.</b> Every vocabulary row has a language. For a text in a known language ({@link
 * AnalyzedText#language()}) only the rows of that language, of English (the annex's) and of {@code mul}
 * (names written alike in every language) apply ({@link #applies}): their phrases are the only ones
 * found, and a word counts in a node's
 * vocabulary (and, through an ancestor's vocabulary, in its context) only when such a row gave it
 * there; the German "Pumpe" (analyzed "pump") does not speak for an English garden pump. The scores
 * are those of the one vocabulary field: a word that applies weighs what it weighs for a text of no
 * known language, for which every row applies and which {@link #luceneQuery} describes exactly.
 *
 * <p>The query is evaluated on {@link WordImpacts}: each term's postings with the BM25 score
 * Lucene's similarity gives it, read from the index when it is opened. For an index this small and
 * queries this wide, that is some ten times faster than running the query through an
 * {@code IndexSearcher}, with the same ranking (the Lucene query is kept, and a property test checks
 * the two against each other on the real list).
 *
 * <p>{@link #inMemory} keeps the index in a {@code ByteBuffersDirectory}, copied from the index bundled
 * in this jar when that is the index of the same list and vocabulary built by the same code
 * ({@link BundledIndex}), built otherwise; {@link #onDisk} writes it to a directory (reused when it
 * already holds such an index) and reads it through {@code MMapDirectory}. The commit of every index
 * records what it was built from and by (format, list id and source digest, vocabulary, Lucene and code
 * versions): an index that differs in any of them is rebuilt, never used. An index opened as found
 * reads its nodes' words back from its postings instead of analysing the list again; what depends on
 * the vocabulary alone (its phrases, those found as written, the compound parts, the words and
 * languages its rows give each node) is computed from the vocabulary either way
 * ({@link VocabularyPhrases}), and so are the languages of the words a node's context inherits. Every
 * method is thread-safe: the impacts are immutable and each query sums into score arrays of its own.
 * Close the index to release the directory.
 */
public final class ListIndex implements Closeable {

  static final String F_CODE = "code";
  static final String F_OWN = "own";
  static final String F_CONTEXT = "context";
  static final String F_REFS = "refs";
  static final String F_NOTES = "notes";
  static final String F_TERMS = "terms";
  static final String F_VOCAB = "vocab";
  static final String F_POINTER = "pointer";
  /** The language of vocabulary rows that apply to texts of every language. */
  static final String ANY_LANGUAGE = "mul";
  private static final String ENGLISH = "en";
  static final String F_CAS = "cas";

  // field weights: the node's own words and the users' words count most, inherited words less
  private static final float W_OWN = 3.0f;
  private static final float W_VOCAB = 3.0f;
  private static final float W_POINTER = 3.0f;
  private static final float W_CONTEXT = 0.7f;
  private static final float W_REFS = 1.2f;
  private static final float W_NOTES = 0.5f;
  private static final float W_TERMS = 0.25f;
  private static final float DISMAX_TIE = 0.15f;
  private static final float CODE_BOOST = 200f;
  private static final float PHRASE_BOOST = 6f;
  /** As {@link #PHRASE_BOOST}: on the corpus's tune half 3 and 10 did no better. */
  private static final float POINTER_BOOST = 6f;
  private static final float CAS_BOOST = 100f;
  /** At most this many words of a text are searched: one bit each in {@link QueryScores#wordsHeld}. */
  private static final int MAX_QUERY_TERMS = 64;
  private static final String FORMAT = "dualuse-list-index-5";
  private static final int CODES_CHECKED_EVERY = 64;
  // the modules whose code the index depends on: the list's parser and reader, and the index's own
  private static final String CORE = "dualuse-core";
  private static final String LISTS = "dualuse-control-lists";
  private static final String INDEX = "dualuse-lucene-index";

  private static final FieldType WORDS = wordsType();
  /** The word fields in the order their scores are gathered (the order of the reference query). */
  static final List<String> WORD_FIELDS = List.of(F_OWN, F_VOCAB, F_CONTEXT, F_REFS, F_POINTER, F_NOTES, F_TERMS);
  /** The first this many of {@link #WORD_FIELDS} hold the words of {@link NodeWords#all()}. */
  private static final int MATCHED_FIELDS = 4;
  /** The weight of each word field's term scores, in the order of {@link #WORD_FIELDS}. */
  private static final float[] WORD_WEIGHTS = {W_OWN, W_VOCAB, W_CONTEXT, W_REFS, W_POINTER, W_NOTES, W_TERMS};
  /** The identifier fields; their clauses carry their boost per query. */
  static final List<String> ID_FIELDS = List.of(F_CODE, F_CAS);

  private final ControlList list;
  private final Vocabulary vocabulary;
  // the Lucene index, open; a bundled index is opened only when its searcher is first asked for (only
  // the reference query needs it: classification runs on the impacts)
  private Directory directory; // guarded by this
  private DirectoryReader reader; // guarded by this
  private IndexSearcher searcher; // guarded by this
  /** For a bundled index, the commit its impacts were read from; null otherwise. */
  private final String bundledCommit;
  private final ControlNode[] nodeOfDoc;
  private final NodeWords[] wordsOfDoc;
  private final Map<ControlCode, NodeWords> wordsByCode;
  private final Map<String, Integer> docFreq;
  private final int documentCount;
  private final boolean wordsReadBack;
  private final boolean impactsBundled;
  private final Map<String, List<VocabularyPhrase>> phrasesByFirstTerm;
  private final LiteralPhrases<VocabularyPhrase> literalPhrases;
  /**
   * Per word field (by its place in {@link #WORD_FIELDS}; null for fields without languages), per term,
   * the documents that hold the term only through vocabulary rows, with those rows' languages.
   */
  private final Map<String, Map<Integer, Set<String>>>[] termLanguages;
  private final WordImpacts wordImpacts;
  private final WordImpacts idImpacts;
  /** Score arrays of finished queries, for the next ones: one per thread that ever searched at once. */
  private final Queue<QueryScores> spareScores = new ConcurrentLinkedQueue<>();
  private final ListAnalyzer analyzer = new ListAnalyzer();
  private final ListAnalyzer queryAnalyzer;
  /** The query analyzers of the languages the {@link Lexicon} covers: their words read in English too. */
  private final Map<String, ListAnalyzer> queryAnalyzers;

  /** The words of one node as indexed (its retrieval pointers' words left out), for evidence and coverage. */
  record NodeWords(Set<String> own, Set<String> all, Set<String> casNumbers) {}

  /**
   * A vocabulary phrase analyzed into terms (none when found as written), with the nodes it points at
   * and the languages of the rows that gave it (a mutable set, filled while {@link VocabularyPhrases}
   * reads the vocabulary, read-only after).
   */
  static final class VocabularyPhrase {
    final String phrase;
    final List<String> terms;
    final List<ControlCode> codes;
    final Set<String> languages = new java.util.TreeSet<>();
    /** Whether a row of it is a {@link Vocabulary.Strength#HINT}; else it only draws retrieval. */
    boolean hint;

    VocabularyPhrase(String phrase, List<String> terms, List<ControlCode> codes, String language, boolean hint) {
      this.phrase = phrase;
      this.terms = terms;
      this.codes = codes;
      this.languages.add(language);
      this.hint = hint;
    }

    String phrase() {
      return phrase;
    }

    List<String> terms() {
      return terms;
    }

    List<ControlCode> codes() {
      return codes;
    }

    Set<String> languages() {
      return languages;
    }

    boolean appliesTo(Optional<String> textLanguage) {
      for (String l : languages) {
        if (applies(l, textLanguage)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A node found by a query, with the words that brought it, the vocabulary hints and the retrieval
   * pointers found whole in the text that point at it.
   */
  record NodeHit(ControlNode node, double score, List<String> matchedTerms, List<String> phrases, List<String> pointers) {}

  /**
   * Opens the index of a list in a directory that holds it. {@code data} is what the index was built
   * from; null when the directory held it already (a bundled or a reused one), and then the words of
   * each node are read back from the index: they are the terms of its fields.
   */
  private ListIndex(ControlList list, Vocabulary vocabulary, Directory directory, IndexData data) throws IOException {
    this(list, vocabulary, directory, data, null);
  }

  /**
   * Opens a directory that holds the index, or (directory null) takes a bundled index's impacts and
   * document codes, leaving its files to be opened when the searcher is asked for.
   */
  private ListIndex(ControlList list, Vocabulary vocabulary, Directory directory, IndexData data,
      BundledIndex.Snapshot bundled) throws IOException {
    this.list = list;
    this.vocabulary = vocabulary;
    VocabularyPhrases phrases = data != null ? data.phrases : new VocabularyPhrases(vocabulary, analyzer);
    this.phrasesByFirstTerm = phrases.byFirstTerm;
    this.literalPhrases = phrases.literal;
    this.queryAnalyzer = new ListAnalyzer(phrases.compoundParts);
    Map<String, ListAnalyzer> byLanguage = new HashMap<>();
    Lexicon lexicon = Lexicon.standard();
    for (String language : lexicon.languages()) {
      byLanguage.put(language, new ListAnalyzer(phrases.compoundParts, lexicon, language));
    }
    this.queryAnalyzers = Map.copyOf(byLanguage);
    if (bundled != null) {
      this.bundledCommit = bundled.commitId();
      this.wordImpacts = bundled.words();
      this.idImpacts = bundled.ids();
      this.nodeOfDoc = nodesOfDocuments(list, bundled.codes(), "the bundled index");
    } else {
      this.bundledCommit = null;
      this.directory = directory;
      open(directory);
      this.wordImpacts = WordImpacts.read(reader, searcher, WORD_FIELDS, WORD_WEIGHTS);
      this.idImpacts = WordImpacts.read(reader, searcher, ID_FIELDS, new float[] {1f, 1f});
      this.nodeOfDoc = nodesOfDocuments(list, reader, directory);
    }
    this.wordsOfDoc = new NodeWords[nodeOfDoc.length];
    this.documentCount = nodeOfDoc.length;
    this.wordsReadBack = data == null;
    this.impactsBundled = bundled != null;
    if (data != null) {
      this.wordsByCode = data.words;
      this.docFreq = data.docFreq;
    } else {
      this.wordsByCode = new HashMap<>();
      this.docFreq = new HashMap<>();
      readWordsBack(wordsByCode, docFreq);
    }
    for (int doc = 0; doc < nodeOfDoc.length; doc++) {
      wordsOfDoc[doc] = wordsByCode.get(nodeOfDoc[doc].code());
    }
    this.termLanguages = termLanguagesByDoc(phrases);
  }

  private void open(Directory dir) throws IOException {
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    // every query is new user text: caching its clauses costs more than it saves
    searcher.setQueryCache(null);
    searcher.setSimilarity(new BM25Similarity());
  }

  /** The nodes of documents by the codes a bundled index recorded, in document order. */
  private static ControlNode[] nodesOfDocuments(ControlList list, List<String> codes, String where) {
    List<ControlNode> indexed = indexedNodes(list);
    boolean inOrder = indexed.size() == codes.size();
    for (int doc = 0; doc < codes.size() && inOrder; doc++) {
      inOrder = indexed.get(doc).code().toString().equals(codes.get(doc));
    }
    if (inOrder) {
      return indexed.toArray(ControlNode[]::new);
    }
    ControlNode[] out = new ControlNode[codes.size()];
    for (int doc = 0; doc < out.length; doc++) {
      String code = codes.get(doc);
      out[doc] = list.find(code).orElseThrow(() -> new DualUseException(
          where + " names node " + code + " that list " + list.id() + " does not have"));
    }
    return out;
  }

  /** The nodes that have a document, in the list's order: every node that is not "Not used". */
  private static List<ControlNode> indexedNodes(ControlList list) {
    List<ControlNode> indexed = new ArrayList<>();
    for (ControlNode node : list.allNodes()) {
      if (!node.notUsed()) {
        indexed.add(node);
      }
    }
    return indexed;
  }

  /**
   * The node of each document. The index holds one document per node that is not "Not used", added
   * in the list's order, so document i is the i-th such node: checked on the stored codes of every
   * {@value #CODES_CHECKED_EVERY}th document and the last one (reading every stored document is most of
   * opening a bundled index), and read from all of them should a checked one differ.
   */
  private static ControlNode[] nodesOfDocuments(ControlList list, DirectoryReader reader, Directory directory)
      throws IOException {
    List<ControlNode> indexed = indexedNodes(list);
    StoredFields stored = reader.storedFields();
    int docs = reader.maxDoc();
    if (indexed.size() == docs) {
      boolean inOrder = true;
      for (int doc = 0; doc < docs && inOrder; doc = doc == docs - 1 ? docs : Math.min(doc + CODES_CHECKED_EVERY, docs - 1)) {
        inOrder = indexed.get(doc).code().toString().equals(stored.document(doc).get(F_CODE));
      }
      if (inOrder) {
        return indexed.toArray(ControlNode[]::new);
      }
    }
    ControlNode[] out = new ControlNode[docs];
    for (int doc = 0; doc < docs; doc++) {
      String code = stored.document(doc).get(F_CODE);
      out[doc] = list.find(code).orElseThrow(() -> new DualUseException(
          "index in " + directory + " names node " + code + " that list " + list.id() + " does not have"));
    }
    return out;
  }

  /**
   * The words of every node and their document frequencies, as {@link IndexData} computes them, read
   * from the postings of the index: a node's own words are its terms in {@link #F_OWN}, all its words
   * its terms in the first {@link #MATCHED_FIELDS} word fields, its CAS numbers its terms in
   * {@link #F_CAS}. Only membership is ever asked of these sets, so their order does not matter.
   */
  private void readWordsBack(Map<ControlCode, NodeWords> words, Map<String, Integer> frequencies) {
    int docs = nodeOfDoc.length;
    List<Set<String>> own = new ArrayList<>(docs);
    List<Set<String>> all = new ArrayList<>(docs);
    List<Set<String>> cas = new ArrayList<>(docs);
    for (int doc = 0; doc < docs; doc++) {
      own.add(new HashSet<>());
      all.add(new HashSet<>());
      cas.add(new HashSet<>());
    }
    int ownField = WORD_FIELDS.indexOf(F_OWN);
    wordImpacts.forEach((term, perField) -> {
      for (int f = 0; f < MATCHED_FIELDS; f++) {
        if (perField[f] != null) {
          for (int doc : perField[f].docs()) {
            all.get(doc).add(term);
            if (f == ownField) {
              own.get(doc).add(term);
            }
          }
        }
      }
    });
    int casField = ID_FIELDS.indexOf(F_CAS);
    idImpacts.forEach((term, perField) -> {
      if (perField[casField] != null) {
        for (int doc : perField[casField].docs()) {
          cas.get(doc).add(term);
        }
      }
    });
    for (int doc = 0; doc < docs; doc++) {
      for (String t : all.get(doc)) {
        frequencies.merge(t, 1, Integer::sum);
      }
      words.put(nodeOfDoc[doc].code(), new NodeWords(Collections.unmodifiableSet(own.get(doc)),
          Collections.unmodifiableSet(all.get(doc)), Set.copyOf(cas.get(doc))));
    }
  }

  /** What a bundled copy of this index needs: the commit's id and data, the code of each document, the impacts. */
  synchronized BundledIndex.Snapshot snapshot() throws IOException {
    SegmentInfos commit = SegmentInfos.readLatestCommit(searcherDirectory());
    List<String> codes = new ArrayList<>(nodeOfDoc.length);
    for (ControlNode node : nodeOfDoc) {
      codes.add(node.code().toString());
    }
    return new BundledIndex.Snapshot(HexFormat.of().formatHex(commit.getId()), commit.getUserData(), codes,
        wordImpacts, idImpacts);
  }

  /** Builds the index of a list into a directory (unless it holds it already, when reuse is true) and opens it. */
  private static ListIndex build(ControlList list, Vocabulary vocabulary, Directory directory, boolean reuse)
      throws IOException {
    if (reuse && holdsIndexOf(directory, list, vocabulary)) {
      return new ListIndex(list, vocabulary, directory, null);
    }
    IndexData data = new IndexData(list, vocabulary, new ListAnalyzer());
    write(directory, data, list, vocabulary);
    return new ListIndex(list, vocabulary, directory, data);
  }

  /**
   * Builds the index of a list in memory, with the vocabulary it is indexed with by default ({@link
   * Vocabulary#forList}).
   *
   * @throws VocabularyFormatException when a vocabulary resource is malformed
   */
  public static ListIndex inMemory(ControlList list) {
    return inMemory(list, Vocabulary.forList(list));
  }

  /**
   * The index of a list in memory with the given vocabulary: read from the index bundled in this jar
   * when it is the index of this very list and vocabulary built by the code running (see
   * {@link BundledIndex}), else built now.
   */
  public static ListIndex inMemory(ControlList list, Vocabulary vocabulary) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(vocabulary, "vocabulary");
    try {
      BundledIndex.Snapshot bundled = BundledIndex.snapshot(list.id());
      if (bundled != null && isCurrent(bundled.commit(), list, vocabulary)) {
        return new ListIndex(list, vocabulary, null, null, bundled);
      }
      return build(list, vocabulary, new ByteBuffersDirectory(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index of " + list.id() + " failed", e);
    }
  }

  /**
   * Opens the index of a list kept in a directory, building it there first unless the directory
   * already holds the index of this very list (same id and source digest) and vocabulary, with the
   * vocabulary it is indexed with by default ({@link Vocabulary#forList}).
   *
   * @throws UncheckedIOException naming the directory when it cannot be created, written or read
   */
  public static ListIndex onDisk(ControlList list, Path directory) {
    return onDisk(list, directory, Vocabulary.forList(list));
  }

  /** As {@link #onDisk(ControlList, Path)} with the given vocabulary. */
  public static ListIndex onDisk(ControlList list, Path directory, Vocabulary vocabulary) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(vocabulary, "vocabulary");
    try {
      Files.createDirectories(directory);
      return build(list, vocabulary, new MMapDirectory(directory), true);
    } catch (IOException e) {
      throw new UncheckedIOException("index directory " + directory + " for list " + list.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the index was opened as found (bundled, or reused on disk), its nodes' words read back
   * from it, rather than built from the list now.
   */
  boolean wordsReadBack() {
    return wordsReadBack;
  }

  /** Whether the impacts came with a bundled index rather than were read from the index now. */
  boolean impactsBundled() {
    return impactsBundled;
  }

  /** The list this index serves. */
  public ControlList list() {
    return list;
  }

  /** The vocabulary indexed with the list. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The number of nodes indexed ("Not used" items are left out). */
  public int size() {
    return nodeOfDoc.length;
  }

  /**
   * The nodes whose text best fits a free text, best first, ties in code order.
   *
   * @param text any text: words, a control code, a German material-master line; never null
   * @param k how many hits at most, 1 or more
   * @return at most k hits, empty when no word of the text occurs in the list
   * @throws DualUseException when k is less than 1
   */
  public List<SearchHit> search(String text, int k) {
    Objects.requireNonNull(text, "text");
    List<NodeHit> hits = find(analyze(text, LanguageDetector.detect(text)), k);
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (NodeHit h : hits) {
      out.add(new SearchHit(h.node().code(), h.score(), h.node().text()));
    }
    return out;
  }

  /** Analyzes a product text with the query analyzer (German compounds split), its language not known. */
  AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    return AnalyzedText.of(queryAnalyzer, text);
  }

  /**
   * Analyzes a product text of a language (empty when not known) with the query analyzer: of that
   * language when the {@link Lexicon} covers it (its words then also stand in the annex's English).
   */
  AnalyzedText analyze(String text, Optional<String> language) {
    Objects.requireNonNull(text, "text");
    ListAnalyzer analyzer = language.map(queryAnalyzers::get).orElse(queryAnalyzer);
    return AnalyzedText.of(analyzer, text).inLanguage(language);
  }

  /**
   * Whether vocabulary rows of a language apply to a text: rows of {@code mul} and of English always
   * (English is the annex's language, and German, French or Italian material masters write its
   * technical terms as they are: "IMSI-Catcher", "Frequency Hopping"), others when the text's language
   * is theirs or not known. Measured on the corpus's tune half against letting English rows apply to
   * English texts only: top-5 recall of controlled entries 0.777 against 0.771, listed F1 0.709 against
   * 0.704, not-listed accuracy 0.697 against 0.714.
   */
  static boolean applies(String rowLanguage, Optional<String> textLanguage) {
    return textLanguage.isEmpty() || rowLanguage.equals(ANY_LANGUAGE) || rowLanguage.equals(ENGLISH)
        || rowLanguage.equals(textLanguage.get());
  }

  /** The nodes that fit an analyzed text, best first (ties in code order), with their matched words. */
  List<NodeHit> find(AnalyzedText text, int k) {
    return find(text, k, vocabularyPhrasesIn(text));
  }

  /**
   * As {@link #find(AnalyzedText, int)}, with the text's vocabulary phrases found before (by {@link
   * #vocabularyPhrasesIn} of the same text), for a caller that needs them too.
   */
  List<NodeHit> find(AnalyzedText text, int k, VocabularyMatches found) {
    if (k < 1) {
      throw new DualUseException("the number of hits must be 1 or more, was " + k);
    }
    Map<ControlCode, List<String>> phrases = found.hints();
    Map<ControlCode, List<String>> pointers = found.pointers();
    QueryScores scores = spareScores.poll();
    if (scores == null) {
      scores = new QueryScores(nodeOfDoc.length);
    }
    try {
      return find(text, k, phrases, pointers, scores);
    } finally {
      spareScores.offer(scores.reset());
    }
  }

  private List<NodeHit> find(AnalyzedText text, int k, Map<ControlCode, List<String>> phrases,
      Map<ControlCode, List<String>> pointers, QueryScores scores) {
    for (ControlCode code : text.codes()) {
      ControlCode known = nearestKnown(code);
      if (known != null) {
        scores.addClause(idImpacts.of(F_CODE, known.toString()), CODE_BOOST);
      }
    }
    for (String cas : text.casNumbers()) {
      scores.addClause(idImpacts.of(F_CAS, cas), CAS_BOOST);
    }
    for (ControlCode code : phrases.keySet()) {
      if (wordsByCode.containsKey(code)) {
        scores.addClause(idImpacts.of(F_CODE, code.toString()), PHRASE_BOOST * phrases.get(code).size());
      }
    }
    for (ControlCode code : pointers.keySet()) {
      if (wordsByCode.containsKey(code)) {
        scores.addClause(idImpacts.of(F_CODE, code.toString()), POINTER_BOOST * pointers.get(code).size());
      }
    }
    List<String> positive = text.positiveTerms();
    int queried = Math.min(positive.size(), MAX_QUERY_TERMS);
    for (int w = 0; w < queried; w++) {
      WordImpacts.Postings[] perField = wordImpacts.of(positive.get(w));
      if (perField != null) {
        for (int f = 0; f < perField.length; f++) {
          WordImpacts.Postings postings = inLanguage(perField[f], f, positive.get(w), text.language());
          // the fields of a node's words (NodeWords.all) record which words each document holds
          scores.addToWord(postings, f < MATCHED_FIELDS ? 1L << w : 0L);
        }
        scores.endWord(DISMAX_TIE);
      }
    }
    int[] top = scores.top(k);
    List<NodeHit> out = new ArrayList<>(top.length);
    for (int doc : top) {
      ControlNode node = nodeOfDoc[doc];
      long held = scores.wordsHeld(doc);
      List<String> pointed = pointers.getOrDefault(node.code(), List.of());
      // the words of a name the text gives the node's kind of goods are words the node explains
      Set<String> named = pointed.isEmpty() ? Set.of() : new HashSet<>();
      for (String phrase : pointed) {
        named.addAll(analyzer.terms(phrase));
      }
      List<String> matched = new ArrayList<>();
      for (int i = 0; i < positive.size(); i++) {
        boolean has = i < queried ? (held & (1L << i)) != 0 : wordsOfDoc[doc].all().contains(positive.get(i));
        if (has || named.contains(positive.get(i))) {
          matched.add(positive.get(i));
        }
      }
      List<String> nodePhrases = phrases.isEmpty() ? List.of() : phrases.getOrDefault(node.code(), List.of());
      out.add(new NodeHit(node, scores.score(doc), matched, nodePhrases, pointed));
    }
    // documents are in the annex's order, so ties are already in code order and the hits sorted as
    // QueryScores.top gave them; the order is checked, and restored should a document ever not be
    if (!inOrder(out)) {
      out.sort(HITS_IN_ORDER);
    }
    return out;
  }

  private static final Comparator<NodeHit> HITS_IN_ORDER = (a, b) -> {
    int c = Double.compare(b.score(), a.score());
    return c != 0 ? c : a.node().code().compareTo(b.node().code());
  };

  private static boolean inOrder(List<NodeHit> hits) {
    for (int i = 1; i < hits.size(); i++) {
      if (HITS_IN_ORDER.compare(hits.get(i - 1), hits.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Lucene query that {@link #find} evaluates on the precomputed {@link WordImpacts}: per
   * word a dis-max over the fields that hold it, weighted; a clause per code, CAS number and
   * vocabulary phrase. Kept as the reference for the scores (a test runs it on {@link #searcher()}
   * and compares) and for anyone who wants Lucene's explanation of a score.
   *
   * @return the query, or null when the text has nothing to search for
   */
  Query luceneQuery(AnalyzedText text) {
    return query(text, phrasesIn(text), pointersIn(text));
  }

  /**
   * The searcher over the index, for {@link #luceneQuery}; thread-safe. A bundled index's files are
   * read into memory now, on first use.
   *
   * @throws IllegalStateException when the bundled files are not those of the commit the impacts came from
   */
  synchronized IndexSearcher searcher() {
    searcherDirectory();
    return searcher;
  }

  private Directory searcherDirectory() {
    if (directory == null) {
      Directory files = BundledIndex.files(list.id());
      try {
        String commit = files == null ? null : HexFormat.of().formatHex(SegmentInfos.readLatestCommit(files).getId());
        if (!bundledCommit.equals(commit)) {
          throw new IllegalStateException("the bundled index files of " + list.id() + " are not those of its impacts"
              + " (commit " + commit + ", impacts of " + bundledCommit + "): rebuild the jar");
        }
        open(files);
        directory = files;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the bundled index of " + list.id(), e);
      }
    }
    return directory;
  }

  /**
   * The postings of a term in a field without the documents that hold it only through vocabulary
   * rows of other languages than the text's; the postings themselves when none is left out.
   */
  private WordImpacts.Postings inLanguage(WordImpacts.Postings postings, int field, String term,
      Optional<String> language) {
    if (postings == null || language.isEmpty() || termLanguages[field] == null) {
      return postings;
    }
    Map<Integer, Set<String>> onlyThrough = termLanguages[field].get(term);
    if (onlyThrough == null) {
      return postings;
    }
    // from the few documents that hold the term only through rows, those of no row that applies:
    // usually none, and the postings (often long) are then kept as they are without a look-up per document
    int[] dropped = null;
    int d = 0;
    for (Map.Entry<Integer, Set<String>> e : onlyThrough.entrySet()) {
      if (!anyApplies(e.getValue(), language)) {
        if (dropped == null) {
          dropped = new int[onlyThrough.size()];
        }
        dropped[d++] = e.getKey();
      }
    }
    if (dropped == null) {
      return postings;
    }
    java.util.Arrays.sort(dropped, 0, d);
    int[] docs = postings.docs();
    float[] scores = postings.scores();
    int[] keptDocs = new int[docs.length];
    float[] keptScores = new float[docs.length];
    int n = 0;
    for (int i = 0; i < docs.length; i++) {
      if (java.util.Arrays.binarySearch(dropped, 0, d, docs[i]) < 0) {
        keptDocs[n] = docs[i];
        keptScores[n++] = scores[i];
      }
    }
    return n == docs.length ? postings
        : new WordImpacts.Postings(java.util.Arrays.copyOf(keptDocs, n), java.util.Arrays.copyOf(keptScores, n));
  }

  private static boolean anyApplies(Set<String> rowLanguages, Optional<String> textLanguage) {
    for (String l : rowLanguages) {
      if (applies(l, textLanguage)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per word field, per term, the documents that hold the term only through vocabulary rows, with
   * those rows' languages: in the vocabulary field the terms of the node's hint rows, in the pointer
   * field those of its retrieval pointers, in the context field those of its ancestors' hint rows less
   * the words of the ancestors' own texts (such a word is in the context whatever the language). From
   * the vocabulary and the list alone, so that an index opened as found has them as a built one does.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Map<Integer, Set<String>>>[] termLanguagesByDoc(VocabularyPhrases phrases) {
    Map<String, Map<Integer, Set<String>>>[] out = new Map[WORD_FIELDS.size()];
    int vocabField = WORD_FIELDS.indexOf(F_VOCAB);
    int contextField = WORD_FIELDS.indexOf(F_CONTEXT);
    int pointerField = WORD_FIELDS.indexOf(F_POINTER);
    for (int doc = 0; doc < nodeOfDoc.length; doc++) {
      ControlCode code = nodeOfDoc[doc].code();
      addLanguages(out, vocabField, phrases.hintLanguages(code), doc);
      addLanguages(out, contextField, contextLanguages(code, phrases), doc);
      addLanguages(out, pointerField, phrases.pointerLanguages(code), doc);
    }
    return out;
  }

  /** The terms a node's context holds only through its ancestors' hint rows, with those rows' languages. */
  private Map<String, Set<String>> contextLanguages(ControlCode code, VocabularyPhrases phrases) {
    List<ControlNode> ancestors = list.ancestorsOf(code);
    Map<String, Set<String>> out = new HashMap<>();
    for (ControlNode up : ancestors) {
      phrases.hintLanguages(up.code()).forEach((t, l) ->
          out.computeIfAbsent(t, x -> new java.util.TreeSet<>()).addAll(l));
    }
    if (!out.isEmpty()) {
      for (ControlNode up : ancestors) {
        NodeWords words = wordsByCode.get(up.code());
        // a "Not used" ancestor has no document to read its words from
        out.keySet().removeAll(words != null ? words.own() : analyzer.terms(up.text()));
      }
    }
    return out;
  }

  private static void addLanguages(Map<String, Map<Integer, Set<String>>>[] out, int field,
      Map<String, Set<String>> languages, int doc) {
    if (languages.isEmpty()) {
      return;
    }
    if (out[field] == null) {
      out[field] = new HashMap<>();
    }
    languages.forEach((term, l) -> out[field].computeIfAbsent(term, t -> new HashMap<>()).put(doc, l));
  }

  /**
   * Per term of a word field, the documents that hold it only through vocabulary rows, with those
   * rows' languages ({@link #inLanguage} leaves a document out for a text of none of them); empty for
   * a field without such terms. For tests: an index opened as found must hold what a built one does.
   */
  Map<String, Map<Integer, Set<String>>> termLanguages(String field) {
    Map<String, Map<Integer, Set<String>>> byTerm = termLanguages[WORD_FIELDS.indexOf(field)];
    return byTerm == null ? Map.of() : Collections.unmodifiableMap(byTerm);
  }

  /** The words of a node as indexed, or null for a node not indexed. */
  NodeWords wordsOf(ControlCode code) {
    return wordsByCode.get(code);
  }

  /** BM25 inverse document frequency of a term over all words of the nodes; unknown terms score as rare. */
  double idf(String term) {
    int df = docFreq.getOrDefault(term, 0);
    return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
  }

  /** The idf of a term found in the words of a single node: the largest idf of a known term. */
  double idfOfRarest() {
    return Math.log(1 + (documentCount - 1 + 0.5) / 1.5);
  }

  /** Whether a term occurs in the indexed words of any node. */
  boolean knows(String term) {
    return docFreq.containsKey(term);
  }

  /**
   * The vocabulary phrases that apply to the text's language, found whole and not negated in a text,
   * by the codes they point at.
   */
  Map<ControlCode, List<String>> phrasesIn(AnalyzedText text) {
    return phrasesIn(text, true);
  }

  /**
   * The {@link Vocabulary.Strength#RETRIEVAL} pointers that apply to the text's language, found whole
   * and not negated in a text, by the codes they point at; a phrase that is also a hint is not one.
   */
  Map<ControlCode, List<String>> pointersIn(AnalyzedText text) {
    return phrasesIn(text, false);
  }

  private Map<ControlCode, List<String>> phrasesIn(AnalyzedText text, boolean hints) {
    VocabularyMatches found = vocabularyPhrasesIn(text);
    return hints ? found.hints() : found.pointers();
  }

  /**
   * The vocabulary phrases found in a text, by the codes they point at: {@link #phrasesIn} and {@link
   * #pointersIn} of the text, each in the order they find them.
   */
  record VocabularyMatches(Map<ControlCode, List<String>> hints, Map<ControlCode, List<String>> pointers) {}

  /** {@link #phrasesIn} and {@link #pointersIn} of a text, found in one pass over it. */
  VocabularyMatches vocabularyPhrasesIn(AnalyzedText text) {
    List<AnalyzedText.Token> tokens = text.tokens();
    Map<ControlCode, List<String>> hints = new LinkedHashMap<>();
    Map<ControlCode, List<String>> pointers = new LinkedHashMap<>();
    for (LiteralPhrases.Match<VocabularyPhrase> m : literalPhrases.findIn(text.text())) {
      VocabularyPhrase p = m.value();
      if (p.appliesTo(text.language()) && !negatedAt(tokens, m.start())) {
        addFound(p.hint ? hints : pointers, p);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).negated()) {
        continue;
      }
      List<VocabularyPhrase> candidates = phrasesByFirstTerm.get(tokens.get(i).term());
      if (candidates == null) {
        continue;
      }
      for (VocabularyPhrase p : candidates) {
        if (p.appliesTo(text.language()) && AnalyzedText.startsAt(tokens, i, p.terms())) {
          addFound(p.hint ? hints : pointers, p);
        }
      }
    }
    return new VocabularyMatches(Collections.unmodifiableMap(hints), Collections.unmodifiableMap(pointers));
  }

  private static void addFound(Map<ControlCode, List<String>> out, VocabularyPhrase p) {
    for (ControlCode code : p.codes()) {
      List<String> found = out.computeIfAbsent(code, c -> new ArrayList<>());
      if (!found.contains(p.phrase())) {
        found.add(p.phrase());
      }
    }
  }

  /** Whether the first token at or after an offset stands under a negation ("not Inconel 718"). */
  private static boolean negatedAt(List<AnalyzedText.Token> tokens, int offset) {
    for (AnalyzedText.Token t : tokens) {
      if (t.end() > offset) {
        return t.negated();
      }
    }
    return false;
  }

  private Query query(AnalyzedText text, Map<ControlCode, List<String>> phrases, Map<ControlCode, List<String>> pointers) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (ControlCode code : text.codes()) {
      ControlCode known = nearestKnown(code);
      if (known != null) {
        b.add(new BoostQuery(new TermQuery(new Term(F_CODE, known.toString())), CODE_BOOST), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    for (String cas : text.casNumbers()) {
      b.add(new BoostQuery(new TermQuery(new Term(F_CAS, cas)), CAS_BOOST), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    for (ControlCode code : phrases.keySet()) {
      if (wordsByCode.containsKey(code)) {
        float boost = PHRASE_BOOST * phrases.get(code).size();
        b.add(new BoostQuery(new TermQuery(new Term(F_CODE, code.toString())), boost), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    for (ControlCode code : pointers.keySet()) {
      if (wordsByCode.containsKey(code)) {
        float boost = POINTER_BOOST * pointers.get(code).size();
        b.add(new BoostQuery(new TermQuery(new Term(F_CODE, code.toString())), boost), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    int terms = 0;
    for (String t : text.positiveTerms()) {
      if (terms++ == MAX_QUERY_TERMS) {
        break;
      }
      List<Query> perField = new ArrayList<>(6);
      // a field without the term would only cost a dictionary seek
      addIfPresent(perField, F_OWN, t, W_OWN);
      addIfPresent(perField, F_VOCAB, t, W_VOCAB);
      addIfPresent(perField, F_CONTEXT, t, W_CONTEXT);
      addIfPresent(perField, F_REFS, t, W_REFS);
      addIfPresent(perField, F_POINTER, t, W_POINTER);
      addIfPresent(perField, F_NOTES, t, W_NOTES);
      addIfPresent(perField, F_TERMS, t, W_TERMS);
      if (!perField.isEmpty()) {
        b.add(perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, DISMAX_TIE),
            BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  private void addIfPresent(List<Query> into, String field, String term, float weight) {
    if (wordImpacts.of(field, term) != null) {
      into.add(new BoostQuery(new TermQuery(new Term(field, term)), weight));
    }
  }

  private ControlCode nearestKnown(ControlCode code) {
    if (wordsByCode.containsKey(code)) {
      return code;
    }
    for (ControlCode up : code.ancestors()) {
      if (wordsByCode.containsKey(up)) {
        return up;
      }
    }
    return null;
  }

  private static boolean holdsIndexOf(Directory directory, ControlList list, Vocabulary vocabulary) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    // the commit alone: opening a reader would open every segment, only to read its user data
    return isCurrent(SegmentInfos.readLatestCommit(directory).getUserData(), list, vocabulary);
  }

  /** Whether the data of a commit say the index is that of this list and vocabulary, built by the code running. */
  private static boolean isCurrent(Map<String, String> data, ControlList list, Vocabulary vocabulary) {
    return FORMAT.equals(data.get("format"))
        && list.id().equals(data.get("list"))
        && list.provenance().sha256().equals(data.get("sha256"))
        && vocabulary.fingerprint().equals(data.get("vocabulary"))
        && Version.LATEST.toString().equals(data.get("lucene"))
        && CodeVersion.matches(CORE, data.getOrDefault(CORE, CodeVersion.UNKNOWN))
        && CodeVersion.matches(LISTS, data.getOrDefault(LISTS, CodeVersion.UNKNOWN))
        && CodeVersion.matches(INDEX, data.getOrDefault(INDEX, CodeVersion.UNKNOWN));
  }

  /**
   * What the index of a list was built from and by: the format, the list (id and source digest), the
   * vocabulary, the Lucene version and the versions of the code that parsed the list and built the
   * index. An index whose commit says otherwise is stale: it is rebuilt, never used.
   */
  private static Map<String, String> commitData(ControlList list, Vocabulary vocabulary) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("format", FORMAT);
    data.put("list", list.id());
    data.put("sha256", list.provenance().sha256());
    data.put("vocabulary", vocabulary.fingerprint());
    data.put("lucene", Version.LATEST.toString());
    data.put(CORE, CodeVersion.of(CORE));
    data.put(LISTS, CodeVersion.of(LISTS));
    data.put(INDEX, CodeVersion.of(INDEX));
    return data;
  }

  private static void write(Directory directory, IndexData data, ControlList list, Vocabulary vocabulary)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new ListAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(new BM25Similarity())
        .setRAMBufferSizeMB(64)
        // one small segment written once: nothing to merge, no compound file to copy it into
        .setUseCompoundFile(false)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setCommitOnClose(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (IndexData.NodeDocument d : data.documents) {
        Document doc = new Document();
        doc.add(new StringField(F_CODE, d.code().toString(), Field.Store.YES));
        for (String cas : d.casNumbers()) {
          doc.add(new StringField(F_CAS, cas, Field.Store.NO));
        }
        addWords(doc, F_OWN, d.own());
        // the inherited fields count each word once: their length would otherwise dwarf the own text
        addWords(doc, F_CONTEXT, distinct(d.context()));
        addWords(doc, F_REFS, distinct(d.refs()));
        addWords(doc, F_NOTES, distinct(d.notes()));
        addWords(doc, F_TERMS, distinct(d.terms()));
        addWords(doc, F_VOCAB, d.vocab());
        addWords(doc, F_POINTER, d.pointer());
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(commitData(list, vocabulary).entrySet());
      writer.commit();
    }
  }

  private static List<String> distinct(List<String> terms) {
    return List.copyOf(new LinkedHashSet<>(terms));
  }

  private static void addWords(Document doc, String field, List<String> terms) {
    if (!terms.isEmpty()) {
      doc.add(new Field(field, new TermListTokenStream(terms), WORDS));
    }
  }

  private static FieldType wordsType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setStored(false);
    t.freeze();
    return t;
  }

  @Override
  public synchronized void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index of " + list.id() + " failed", e);
    }
  }

  @Override
  public String toString() {
    String where = bundledCommit != null ? "bundled" : directory.getClass().getSimpleName();
    return "ListIndex[" + list.id() + ", " + nodeOfDoc.length + " nodes, " + where + "]";
  }

  /** Everything the index holds, analyzed once from the list and the vocabulary. */
  private static final class IndexData {
    /**
     * The words of one node by field. The languages of the words it holds through vocabulary rows are
     * not here: {@link ListIndex#termLanguagesByDoc} computes them from the {@link VocabularyPhrases}
     * and the list, for an index built now and one opened as found alike.
     */
    record NodeDocument(ControlCode code, List<String> own, List<String> context, List<String> refs,
        List<String> notes, List<String> terms, List<String> vocab, List<String> casNumbers,
        List<String> pointer) {}

    final List<NodeDocument> documents = new ArrayList<>();
    final Map<ControlCode, NodeWords> words = new HashMap<>();
    final Map<String, Integer> docFreq = new HashMap<>();
    final VocabularyPhrases phrases;

    IndexData(ControlList list, Vocabulary vocabulary, ListAnalyzer analyzer) {
      Map<ControlCode, List<String>> own = new HashMap<>();
      for (ControlNode node : list.allNodes()) {
        own.put(node.code(), terms(analyzer, node.text()));
      }
      phrases = new VocabularyPhrases(vocabulary, analyzer);
      Map<ControlCode, List<String>> vocab = phrases.hintTerms;
      Map<ControlCode, List<String>> redirected = new HashMap<>();
      Map<String, List<String>> definitionTerms = new HashMap<>();
      for (ControlNode node : list.allNodes()) {
        for (Note note : node.notes()) {
          if (note.kind() == NoteKind.NB) {
            // only the N.B.'s own words travel: those it shares with its holder describe the holder
            Set<String> holder = new HashSet<>(own.get(node.code()));
            for (ControlNode up : list.ancestorsOf(node.code())) {
              holder.addAll(own.get(up.code()));
            }
            List<String> nbTerms = new ArrayList<>(terms(analyzer, note.text()));
            nbTerms.removeIf(holder::contains);
            for (ControlCode target : note.references()) {
              if (!target.equals(node.code()) && list.contains(target)) {
                redirected.computeIfAbsent(target, c -> new ArrayList<>()).addAll(nbTerms);
              }
            }
          }
        }
      }
      for (ControlNode node : list.allNodes()) {
        if (node.notUsed()) {
          continue;
        }
        List<String> context = new ArrayList<>();
        for (ControlNode up : list.ancestorsOf(node.code())) {
          context.addAll(own.get(up.code()));
          context.addAll(vocab.getOrDefault(up.code(), List.of()));
        }
        List<String> refs = new ArrayList<>();
        Set<ControlCode> seen = new LinkedHashSet<>();
        for (Reference r : node.references()) {
          // the steps between a range's ends ("6A002.a.3.a. to 6A002.a.3.e.") are references of the
          // model but carry no words here: the text names only the ends, and retrieval was fitted so
          if (!r.fromNote() && !r.surface().isEmpty() && !r.target().isPrefixOf(node.code()) && seen.add(r.target())
              && own.containsKey(r.target())) {
            refs.addAll(own.get(r.target()));
          }
        }
        refs.addAll(redirected.getOrDefault(node.code(), List.of()));
        List<String> notes = new ArrayList<>();
        for (Note note : node.notes()) {
          if (note.kind() != NoteKind.NB && !note.decontrol()) {
            notes.addAll(terms(analyzer, note.text()));
          }
        }
        List<String> defs = new ArrayList<>();
        Set<String> usedTerms = new LinkedHashSet<>();
        for (TermUse use : node.terms()) {
          if (use.resolved() && usedTerms.add(use.term())) {
            DefinedTerm d = list.definitions().get(use.term());
            if (d != null) {
              defs.addAll(definitionTerms.computeIfAbsent(use.term(), t -> terms(analyzer, d.definition())));
            }
          }
        }
        List<String> nodeVocab = vocab.getOrDefault(node.code(), List.of());
        List<String> ownTerms = own.get(node.code());
        List<String> cas = new ArrayList<>(AnalyzedText.casNumbersIn(node.text()));
        for (String c : phrases.casNumbers.getOrDefault(node.code(), List.of())) {
          if (!cas.contains(c)) {
            cas.add(c);
          }
        }
        documents.add(new NodeDocument(node.code(), ownTerms, context, refs, notes, defs, nodeVocab, cas,
            phrases.pointerTerms.getOrDefault(node.code(), List.of())));
        Set<String> all = new LinkedHashSet<>(ownTerms);
        all.addAll(context);
        all.addAll(refs);
        all.addAll(nodeVocab);
        for (String t : all) {
          docFreq.merge(t, 1, Integer::sum);
        }
        words.put(node.code(), new NodeWords(Collections.unmodifiableSet(new LinkedHashSet<>(ownTerms)),
            Collections.unmodifiableSet(all), Set.copyOf(cas)));
      }
    }

    private static List<String> terms(ListAnalyzer analyzer, String text) {
      return analyzer.terms(text);
    }
  }
}
