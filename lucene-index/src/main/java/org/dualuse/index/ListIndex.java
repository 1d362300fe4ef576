package org.dualuse.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
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
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.language.LanguageDetector;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.LiteralPhrases;
import org.dualuse.index.analysis.Lexicon;
import org.dualuse.index.analysis.ListAnalyzer;

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
 *
 * <p>Its parts: {@link IndexData} (the documents, analysed from the list and written), {@link
 * IndexCommitData} (what an index was built from, and whether one found is current), {@link
 * DocumentNodes} (an index opened as found: its documents' nodes and words read back), {@link
 * VocabularyPhrases} (the vocabulary analysed, and its phrases found in a text), {@link TermLanguages}
 * (the languages of the words documents hold through vocabulary rows) and {@link WordImpacts} (the
 * postings with their scores, on which queries are evaluated).
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

  /** The word fields in the order their scores are gathered (the order of the reference query). */
  static final List<String> WORD_FIELDS = List.of(F_OWN, F_VOCAB, F_CONTEXT, F_REFS, F_POINTER, F_NOTES, F_TERMS);
  /** The first this many of {@link #WORD_FIELDS} hold the words of {@link NodeWords#all()}. */
  static final int MATCHED_FIELDS = 4;
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
  /** The vocabulary analysed: its phrases, found in texts, and what the index holds of it. */
  private final VocabularyPhrases phrases;
  /** The languages of the words documents hold only through vocabulary rows: a text's language filters them. */
  private final TermLanguages termLanguages;
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
    this.phrases = phrases;
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
      this.nodeOfDoc = DocumentNodes.nodesOfDocuments(list, bundled.codes(), "the bundled index");
    } else {
      this.bundledCommit = null;
      this.directory = directory;
      open(directory);
      this.wordImpacts = WordImpacts.read(reader, searcher, WORD_FIELDS, WORD_WEIGHTS);
      this.idImpacts = WordImpacts.read(reader, searcher, ID_FIELDS, new float[] {1f, 1f});
      this.nodeOfDoc = DocumentNodes.nodesOfDocuments(list, reader, directory);
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
      DocumentNodes.readWordsBack(nodeOfDoc, wordImpacts, idImpacts, wordsByCode, docFreq);
    }
    for (int doc = 0; doc < nodeOfDoc.length; doc++) {
      wordsOfDoc[doc] = wordsByCode.get(nodeOfDoc[doc].code());
    }
    this.termLanguages = new TermLanguages(list, nodeOfDoc, wordsByCode, phrases, analyzer);
  }

  private void open(Directory dir) throws IOException {
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    // every query is new user text: caching its clauses costs more than it saves
    searcher.setQueryCache(null);
    searcher.setSimilarity(new BM25Similarity());
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
    if (reuse && IndexCommitData.holdsIndexOf(directory, list, vocabulary)) {
      return new ListIndex(list, vocabulary, directory, null);
    }
    IndexData data = new IndexData(list, vocabulary, new ListAnalyzer());
    data.writeTo(directory, list, vocabulary);
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
      if (bundled != null && IndexCommitData.isCurrent(bundled.commit(), list, vocabulary)) {
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
          WordImpacts.Postings postings = termLanguages.inLanguage(perField[f], f, positive.get(w), text.language());
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
   * Per term of a word field, the documents that hold it only through vocabulary rows, with those
   * rows' languages; empty for a field without such terms. For tests: an index opened as found must
   * hold what a built one does.
   */
  Map<String, Map<Integer, Set<String>>> termLanguages(String field) {
    return termLanguages.ofField(field);
  }

  /** The filter of postings by the text's language the search applies; for tests. */
  TermLanguages termLanguages() {
    return termLanguages;
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

  /** {@link #phrasesIn} and {@link #pointersIn} of a text, found in one pass over it. */
  VocabularyMatches vocabularyPhrasesIn(AnalyzedText text) {
    return phrases.findIn(text);
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
}
