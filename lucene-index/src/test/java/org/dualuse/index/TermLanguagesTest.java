package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/**
 * The language filter of the search, worked out per language when the index is made, leaves out of a
 * term's postings exactly the documents that hold the term only through rows none of which applies
 * to the text's language ({@link RowLanguages#applies}), for every term and field of the EU list and for
 * texts of each language the rows have and of one they do not.
 */
class TermLanguagesTest {

  @Test
  void theFilterLeavesOutExactlyTheDocumentsOfNoRowThatApplies() throws Exception {
    try (ListIndex index = ListIndex.inMemory(ControlLists.eu())) {
      TermLanguages filter = index.termLanguages();
      int checked = 0;
      int leftOut = 0;
      for (int f = 0; f < IndexFields.WORD_FIELDS.size(); f++) {
        for (Map.Entry<String, Map<Integer, Set<String>>> term
            : index.termLanguages(IndexFields.WORD_FIELDS.get(f)).entrySet()) {
          int docs = term.getValue().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 2;
          WordImpacts.Postings all = new WordImpacts.Postings(IntStream.range(0, docs).toArray(), new float[docs]);
          for (String language : List.of("de", "fr", "it", "en", "mul", "xx")) {
            List<Integer> kept = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
              Set<String> rows = term.getValue().get(d);
              if (rows == null || rows.stream().anyMatch(r -> RowLanguages.applies(r, Optional.of(language)))) {
                kept.add(d);
              }
            }
            int[] expected = kept.stream().mapToInt(Integer::intValue).toArray();
            int[] actual = filter.inLanguage(all, f, term.getKey(), Optional.of(language)).docs();
            String where = IndexFields.WORD_FIELDS.get(f) + " " + term.getKey() + " " + language;
            assertArrayEquals(expected, actual, where);
            checked++;
            leftOut += docs - expected.length;
          }
        }
      }
      assertTrue(checked > 100 && leftOut > 0, checked + " checked, " + leftOut + " left out");
    }
  }
}
