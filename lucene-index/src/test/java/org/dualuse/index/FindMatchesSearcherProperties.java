package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.lists.ControlLists;

/**
 * {@link ListIndex#find} scores from precomputed impacts; Lucene's searcher, running the reference
 * query ({@link ListIndex#luceneQuery}), must rank alike: the same scores, rank by rank, and each
 * node found with the score the searcher gives it, and the words it matched are those of the text
 * it holds. Texts are drawn from the real 2025 list's own
 * words, codes and vocabulary, so that they hit many fields and documents at once; some run past the 64 words a query searches.
 */
class FindMatchesSearcherProperties {
  private static final int K = 40;
  private static ListIndex index;
  private static List<String> pool;

  private static synchronized ListIndex index() {
    if (index == null) {
      ControlList list = ControlLists.eu();
      index = ListIndex.inMemory(list);
      Set<String> words = new LinkedHashSet<>();
      for (ControlNode node : list.allNodes()) {
        if (words.size() < 4000) {
          for (String w : node.text().split("[\\s,;:()]+")) {
            if (w.length() > 2) {
              words.add(w);
            }
          }
        }
        if (node.code().depth() <= 2) {
          words.add(node.code().toString());
        }
      }
      index.vocabulary().mappings().forEach(m -> words.add(m.phrase()));
      words.addAll(List.of("not radiation hardened", "CAS 111-48-8", "Wärmebildkamera", "non-magnetic"));
      pool = List.copyOf(words);
    }
    return index;
  }

  @AfterContainer
  static synchronized void close() {
    if (index != null) {
      index.close();
      index = null;
    }
  }

  @Provide
  Arbitrary<String> texts() {
    index();
    return Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(90).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 150)
  void findRanksAsTheSearcherDoes(@ForAll("texts") String text) throws IOException {
    ListIndex idx = index();
    AnalyzedText analyzed = idx.analyze(text);
    List<ListIndex.NodeHit> ours = idx.find(analyzed, K);
    Query query = idx.luceneQuery(analyzed);
    if (query == null) {
      assertEquals(List.of(), ours, text);
      return;
    }
    // the searcher's hits a little beyond k, so that a tie at the k-th place finds its partner
    TopDocs top = idx.searcher().search(query, new TopScoreDocCollectorManager(K + 20, K + 20));
    StoredFields stored = idx.searcher().storedFields();
    Map<String, Float> lucene = new HashMap<>();
    List<Float> luceneScores = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      lucene.put(stored.document(sd.doc).get(IndexFields.F_CODE), sd.score);
      luceneScores.add(sd.score);
    }
    assertEquals(Math.min(K, top.totalHits.value), ours.size(), text);
    for (int i = 0; i < ours.size(); i++) {
      ListIndex.NodeHit hit = ours.get(i);
      assertClose(luceneScores.get(i), hit.score(), "rank " + i + " of '" + text + "'");
      Float theirs = lucene.get(hit.node().code().toString());
      assertTrue(theirs != null, hit.node().code() + " missing from the searcher's hits for '" + text + "'");
      assertClose(theirs, hit.score(), hit.node().code() + " for '" + text + "'");
      // the words a hit matched are text's words among the node's indexed words and the words of the
      // names of its kind of goods the text gives (its retrieval pointers), in text order; words the
      // node holds only through vocabulary rows of another language than the text's are left out
      ListIndex.NodeWords words = idx.wordsOf(hit.node().code());
      Set<String> named = new HashSet<>();
      for (String pointer : hit.pointers()) {
        named.addAll(idx.analyze(pointer).positiveTerms());
      }
      List<String> held = analyzed.positiveTerms().stream().filter(t -> words.all().contains(t) || named.contains(t)).toList();
      assertTrue(isSubsequence(hit.matchedTerms(), held), hit.node().code() + " for '" + text + "': " + hit.matchedTerms()
          + " not in " + held);
      // the words of the node's own text are held whatever the text's language
      List<String> own = analyzed.positiveTerms().stream().filter(words.own()::contains).toList();
      assertTrue(hit.matchedTerms().containsAll(own), hit.node().code() + " for '" + text + "': " + hit.matchedTerms()
          + " misses own words " + own);
    }
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int at = 0;
    for (String w : whole) {
      if (at < part.size() && part.get(at).equals(w)) {
        at++;
      }
    }
    return at == part.size();
  }

  private static void assertClose(double expected, double actual, String what) {
    // Lucene multiplies a term's boost into its weight, the impacts multiply it into the score:
    // the two differ in the last bits of a float
    assertEquals(expected, actual, 1e-5 * Math.max(1, Math.abs(expected)), what);
  }
}
