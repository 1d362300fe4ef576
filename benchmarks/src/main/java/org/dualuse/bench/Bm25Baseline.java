package org.dualuse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;

/**
 * Plain BM25 search over a control list, the yardstick for the classifier's speed: what an
 * integrator gets from Lucene without any of the list's structure. One document per provision (an
 * item's own text, and each of its notes, technical notes and N.B.s, tagged with the node's code;
 * "Not used" items left out), analysed with Lucene's {@link EnglishAnalyzer} and scored with the
 * default BM25 similarity. A query is the text's distinct analysed terms, each a SHOULD term
 * clause, built directly from the analyser's tokens: no query parser sees the text, so no character
 * of it is syntax. The result is the codes of the top ten documents.
 *
 * <p>Thread-safe: the searcher and the analyser are shared; each query analyses into its own
 * token stream.
 */
final class Bm25Baseline {
  /** How many hits a search returns. */
  static final int TOP = 10;
  private static final String F_TEXT = "text";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;
  private final ControlCode[] codeOfDoc;

  /** Indexes the provisions of a list in memory. */
  Bm25Baseline(ControlList list) {
    Objects.requireNonNull(list, "list");
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    List<ControlCode> codes = new ArrayList<>();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (ControlNode node : list.allNodes()) {
        if (node.notUsed()) {
          continue;
        }
        add(writer, codes, node.code(), node.text());
        for (Note note : node.notes()) {
          add(writer, codes, node.code(), note.text());
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
  }

  private static void add(IndexWriter writer, List<ControlCode> codes, ControlCode code, String text)
      throws IOException {
    Document doc = new Document();
    doc.add(new TextField(F_TEXT, text, Field.Store.NO));
    writer.addDocument(doc);
    codes.add(code);
  }

  /** The number of provisions indexed. */
  int size() {
    return codeOfDoc.length;
  }

  /**
   * The codes of the provisions that best fit a text, best first; a code appears once per provision
   * that matched (a node and its note are two hits).
   *
   * @return at most {@value #TOP} codes, none when no term of the text is in the list
   */
  List<ControlCode> search(String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms(text)) {
      query.add(new TermQuery(new Term(F_TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      TopDocs top = searcher.search(query.build(), TOP);
      List<ControlCode> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        out.add(codeOfDoc[hit.doc]);
      }
      return out;
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
