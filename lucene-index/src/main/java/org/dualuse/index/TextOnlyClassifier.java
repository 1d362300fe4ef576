package org.dualuse.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;

/**
 * A text-only baseline: plain BM25 search over the provisions of a control list, what an integrator
 * gets from Lucene without any of the list's structure, for comparing a classifier against
 * ({@code dualuse eval --classifier org.dualuse.index.TextOnlyClassifier}) and as the yardstick of the
 * speed benchmarks.
 *
 * <p>One document per provision (an item's own text, and each of its notes, technical notes and
 * N.B.s, tagged with the node's code; "Not used" items left out), analysed with Lucene's
 * {@link EnglishAnalyzer} and scored with the default BM25 similarity. A query is the text's distinct
 * analysed terms, each a SHOULD term clause, built directly from the analyser's tokens: no query
 * parser sees the text, so no character of it is syntax.
 *
 * <p>As a {@link Classifier} it reads the product's text only (facts and language are ignored) and
 * knows no threshold, note, release or vocabulary: the candidates are the codes of the best
 * provisions, each with its best BM25 score and the analysed terms it shares with the text; the
 * decision is {@link Decision#LISTED} when any provision shares a term with the text, else
 * {@link Decision#NOT_LISTED}. So it lists nearly every product: its figures worth comparing are
 * those of the ranking (entry top-1, top-5 recall, MRR), and its listed/not-listed figures are the
 * floor that reading the list's structure has to beat. No confidence, no cyber-surveillance flag.
 *
 * <p>Thread-safe: the searcher and the analyser are shared; each query analyses into its own token
 * stream.
 */
public final class TextOnlyClassifier implements Classifier {
  /** How many hits {@link #search} returns, and how many candidates a classification has at most. */
  public static final int TOP = 10;
  /**
   * How many provisions a classification reads for its {@value #TOP} candidates: a node's notes are
   * documents of their own, so the best provisions repeat codes.
   */
  private static final int PROVISIONS_READ = 5 * TOP;
  private static final String F_TEXT = "text";
  /** The same bad input as for the other classifiers: a text with no usable words, or one too long. */
  private static final ProductConstraints CONSTRAINTS = ProductConstraints.defaults();

  private final String listId;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;
  private final ControlCode[] codeOfDoc;
  private final String[] textOfDoc;

  /**
   * Indexes the provisions of a list in memory.
   *
   * @throws NullPointerException when {@code list} is null
   */
  public TextOnlyClassifier(ControlList list) {
    Objects.requireNonNull(list, "list");
    listId = list.id();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    List<ControlCode> codes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (ControlNode node : list.allNodes()) {
        if (node.notUsed()) {
          continue;
        }
        add(writer, codes, texts, node.code(), node.text());
        for (Note note : node.notes()) {
          add(writer, codes, texts, node.code(), note.text());
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing the provisions of " + list.id() + " failed", e);
    }
    try {
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("opening the provisions index of " + list.id() + " failed", e);
    }
    codeOfDoc = codes.toArray(ControlCode[]::new);
    textOfDoc = texts.toArray(String[]::new);
  }

  /**
   * The text-only baseline over a list, for callers (such as {@code dualuse eval --classifier}) that
   * build a classifier by its {@code of(ControlList)} factory.
   *
   * @throws NullPointerException when {@code list} is null
   */
  public static TextOnlyClassifier of(ControlList list) {
    return new TextOnlyClassifier(list);
  }

  private static void add(IndexWriter writer, List<ControlCode> codes, List<String> texts, ControlCode code,
      String text) throws IOException {
    Document doc = new Document();
    doc.add(new TextField(F_TEXT, text, Field.Store.NO));
    writer.addDocument(doc);
    codes.add(code);
    texts.add(text);
  }

  /** The number of provisions indexed. */
  int size() {
    return codeOfDoc.length;
  }

  @Override
  public String listId() {
    return listId;
  }

  /**
   * The codes of the provisions that best fit a text, best first; a code appears once per provision
   * that matched (a node and its note are two hits).
   *
   * @return at most {@value #TOP} codes, none when no term of the text is in the list
   * @throws NullPointerException when {@code text} is null
   * @throws InvalidProductException when the text has more distinct terms than a Lucene query takes
   */
  public List<ControlCode> search(String text) {
    Objects.requireNonNull(text, "text");
    TopDocs top = top(terms(text), TOP);
    List<ControlCode> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      out.add(codeOfDoc[hit.doc]);
    }
    return out;
  }

  /**
   * Classifies a product by its text alone (see the class comment): the codes of the best
   * provisions as candidates, LISTED when there is one.
   *
   * @throws NullPointerException when {@code product} is null
   * @throws InvalidProductException when its text has no usable words, is longer than
   *     {@link ProductConstraints#DEFAULT_MAX_TEXT_LENGTH}, or has more distinct terms than a Lucene
   *     query takes ({@link IndexSearcher#getMaxClauseCount()})
   */
  @Override
  public Classification classify(Product product) {
    Objects.requireNonNull(product, "product");
    CONSTRAINTS.validate(product);
    Set<String> terms = terms(product.text());
    // the best provision of each code gives its score and words
    Map<ControlCode, ScoreDoc> best = new LinkedHashMap<>();
    for (ScoreDoc hit : top(terms, PROVISIONS_READ).scoreDocs) {
      if (best.size() == TOP) {
        break;
      }
      best.putIfAbsent(codeOfDoc[hit.doc], hit);
    }
    List<Candidate> candidates = new ArrayList<>(best.size());
    best.forEach((code, hit) -> {
      List<String> shared = new ArrayList<>(terms);
      shared.retainAll(terms(textOfDoc[hit.doc]));
      candidates.add(new Candidate(code, hit.score, Truth.UNKNOWN, new Evidence(shared, List.of(), List.of(),
          List.of(), List.of(), "BM25 over the provision's words")));
    });
    if (candidates.isEmpty()) {
      return new Classification(Decision.NOT_LISTED, List.of(), null, List.of(), List.of(), listId,
          "text-only baseline: no word of the text is in a provision of the list");
    }
    return new Classification(Decision.LISTED, candidates, null, List.of(), List.of(), listId,
        "text-only baseline: the provisions that share most words with the text (BM25); no criteria or notes read");
  }

  /**
   * The best documents for a set of analysed terms; none for no terms.
   *
   * @throws InvalidProductException when there are more terms than a Lucene query takes clauses
   */
  private TopDocs top(Set<String> terms, int n) {
    if (terms.size() > IndexSearcher.getMaxClauseCount()) {
      throw new InvalidProductException("product text has " + terms.size() + " distinct terms; the text-only "
          + "baseline's query takes at most " + IndexSearcher.getMaxClauseCount());
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(new TermQuery(new Term(F_TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      return searcher.search(query.build(), n);
    } catch (IOException e) {
      throw new UncheckedIOException("searching the provisions index failed", e);
    }
  }

  /** The text's distinct terms as the English analyser gives them, in text order. */
  Set<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(F_TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a text failed", e);
    }
    return out;
  }
}
