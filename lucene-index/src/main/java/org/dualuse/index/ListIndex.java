package org.dualuse.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
 * that phrase (not those it negates, "non-polyethylene") then count as words the node matched.
 *
 * <p><b>Language.</b> Every vocabulary row has a language. For a text in a known language ({@link
 * AnalyzedText#language()}) only the rows of that language, of English (the annex's) and of {@code mul}
 * (names written alike in every language) apply ({@link RowLanguages#applies}): their phrases are the only ones
 * found, and a word counts in a node's
 * vocabulary (and, through an ancestor's vocabulary, in its context) only when such a row gave it
 * there; the German "Pumpe" (analyzed "pump") does not speak for an English garden pump. The scores
 * are those of the one vocabulary field: a word that applies weighs what it weighs for a text of no
 * known language, for which every row applies and which {@link #luceneQuery} describes exactly.
 *
 * <p>The query is evaluated on {@link WordImpacts}, each term's postings with the BM25 score Lucene's
 * similarity gives it ({@link ImpactSearch}); the Lucene query is kept as the reference ({@link
 * ReferenceQuery}), and a property test checks the two against each other on the real list.
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
 * IndexFiles} (the Lucene files, open), {@link DocumentNodes} and {@link IndexedWords} (the documents'
 * nodes and words), {@link VocabularyPhrases} (the vocabulary analysed, and its phrases found in a
 * text), {@link TermLanguages} (the languages of the words documents hold through vocabulary rows),
 * {@link QueryAnalyzers}, {@link QueryClauses}, {@link ImpactSearch} and {@link ReferenceQuery} (the
 * query, evaluated on the postings with their scores, and as Lucene's).
 */
public final class ListIndex implements Closeable {

  private final ControlList list;
  private final Vocabulary vocabulary;
  /** The Lucene index, open (a bundled one when first asked for). */
  private final IndexFiles files;
  private final ControlNode[] nodeOfDoc;
  private final IndexedWords words;
  private final boolean wordsReadBack;
  private final boolean impactsBundled;
  /** The vocabulary analysed: its phrases, found in texts, and what the index holds of it. */
  private final VocabularyPhrases phrases;
  /** The languages of the words documents hold only through vocabulary rows: a text's language filters them. */
  private final TermLanguages termLanguages;
  private final WordImpacts wordImpacts;
  private final WordImpacts idImpacts;
  /** The query evaluated on the impacts. */
  private final ImpactSearch impactSearch;
  private final ListAnalyzer analyzer = new ListAnalyzer();
  private final QueryAnalyzers queryAnalyzers;

  /** The words of one node as indexed (its retrieval pointers' words left out), for evidence and coverage. */
  record NodeWords(Set<String> own, Set<String> all, Set<String> casNumbers) {}

  /**
   * A node found by a query, with the words that brought it, the vocabulary hints and the retrieval
   * pointers found whole in the text that point at it.
   */
  record NodeHit(ControlNode node, double score, List<String> matchedTerms, List<String> phrases, List<String> pointers) {}

  /**
   * Opens a directory that holds the index, or (directory null) takes a bundled index's impacts and
   * document codes, leaving its files to be opened when the searcher is asked for. {@code data} is
   * what the index was built from; null when the directory held it already (a bundled or a reused
   * one), and then the words of each node are read back from the index: they are the terms of its fields.
   */
  private ListIndex(ControlList list, Vocabulary vocabulary, Directory directory, IndexData data,
      BundledIndex.Snapshot bundled) throws IOException {
    this.list = list;
    this.vocabulary = vocabulary;
    VocabularyPhrases phrases = data != null ? data.phrases : new VocabularyPhrases(vocabulary, analyzer);
    this.phrases = phrases;
    this.queryAnalyzers = new QueryAnalyzers(phrases.compoundParts);
    if (bundled != null) {
      this.files = IndexFiles.bundled(list.id(), bundled.commitId());
      this.wordImpacts = bundled.words();
      this.idImpacts = bundled.ids();
      this.nodeOfDoc = DocumentNodes.nodesOfDocuments(list, bundled.codes(), "the bundled index");
    } else {
      this.files = IndexFiles.open(list.id(), directory);
      DirectoryReader reader = files.reader();
      IndexSearcher searcher = files.searcher();
      this.wordImpacts = WordImpacts.read(reader, searcher, IndexFields.WORD_FIELDS, QueryClauses.wordWeights());
      this.idImpacts = WordImpacts.read(reader, searcher, IndexFields.ID_FIELDS, new float[] {1f, 1f});
      this.nodeOfDoc = DocumentNodes.nodesOfDocuments(list, reader, directory);
    }
    this.wordsReadBack = data == null;
    this.impactsBundled = bundled != null;
    this.words = data != null ? IndexedWords.built(nodeOfDoc, data) : IndexedWords.readBack(nodeOfDoc, wordImpacts, idImpacts);
    this.termLanguages = new TermLanguages(list, nodeOfDoc, words.byCode, phrases, analyzer);
    this.impactSearch = new ImpactSearch(nodeOfDoc, words.byDoc, words.byCode, wordImpacts, idImpacts, termLanguages,
        analyzer);
  }

  /** What a bundled copy of this index needs: the commit's id and data, the code of each document, the impacts. */
  synchronized BundledIndex.Snapshot snapshot() throws IOException {
    SegmentInfos commit = SegmentInfos.readLatestCommit(files.directory());
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
      return new ListIndex(list, vocabulary, directory, null, null);
    }
    IndexData data = new IndexData(list, vocabulary, new ListAnalyzer());
    data.writeTo(directory, list, vocabulary);
    return new ListIndex(list, vocabulary, directory, data, null);
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
    return queryAnalyzers.analyze(text);
  }

  /**
   * Analyzes a product text of a language (empty when not known) with the query analyzer: of that
   * language when the {@link Lexicon} covers it (its words then also stand in the annex's English).
   */
  AnalyzedText analyze(String text, Optional<String> language) {
    return queryAnalyzers.analyze(text, language);
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
    return impactSearch.find(text, k, found);
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
    return ReferenceQuery.of(text, phrasesIn(text), pointersIn(text), words.byCode, wordImpacts);
  }

  /**
   * The searcher over the index, for {@link #luceneQuery}; thread-safe. A bundled index's files are
   * read into memory now, on first use.
   *
   * @throws IllegalStateException when the bundled files are not those of the commit the impacts came from
   */
  IndexSearcher searcher() {
    return files.searcher();
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
    return words.byCode.get(code);
  }

  /** BM25 inverse document frequency of a term over all words of the nodes; unknown terms score as rare. */
  double idf(String term) {
    return words.idf(term);
  }

  /** The idf of a term found in the words of a single node: the largest idf of a known term. */
  double idfOfRarest() {
    return words.idfOfRarest();
  }

  /** Whether a term occurs in the indexed words of any node. */
  boolean knows(String term) {
    return words.knows(term);
  }

  /**
   * The vocabulary phrases that apply to the text's language, found whole and not negated in a text,
   * by the codes they point at.
   */
  Map<ControlCode, List<String>> phrasesIn(AnalyzedText text) {
    return vocabularyPhrasesIn(text).hints();
  }

  /**
   * The {@link Vocabulary.Strength#RETRIEVAL} pointers that apply to the text's language, found whole
   * and not negated in a text, by the codes they point at; a phrase that is also a hint is not one.
   */
  Map<ControlCode, List<String>> pointersIn(AnalyzedText text) {
    return vocabularyPhrasesIn(text).pointers();
  }

  /** {@link #phrasesIn} and {@link #pointersIn} of a text, found in one pass over it. */
  VocabularyMatches vocabularyPhrasesIn(AnalyzedText text) {
    return phrases.findIn(text);
  }

  @Override
  public void close() {
    files.close();
  }

  @Override
  public String toString() {
    return "ListIndex[" + list.id() + ", " + nodeOfDoc.length + " nodes, " + files.describe() + "]";
  }
}
