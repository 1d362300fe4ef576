package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.index.analysis.WordChars;
import org.dualuse.index.analysis.WordForms;

/**
 * One word of a text as the cue matching sees it: the surface as written with its offsets, and the
 * folded form and the stem that the classifier's one analysis gives it ({@link WordForms}: the index
 * and the retrieval fold and stem the same word alike). Words are runs of letters and digits
 * ({@link WordChars}); everything else separates them.
 *
 * @param surface the word as written
 * @param folded lower case without diacritics
 * @param stem the stem of the folded form
 * @param light the folded form with an English plural ending removed
 * @param start offset of the first character in the text
 * @param end offset after the last character
 */
record Word(String surface, String folded, String stem, String light, int start, int end) {
  /**
   * Folded form, stem and singular per surface word, shared by all threads: the same few thousand
   * words recur in every product text and note, and stemming them is most of the cost of reading a
   * text. The values are pure functions of the surface, so a race only computes one twice. Bounded,
   * so that a stream of unique words (part numbers) cannot grow it without limit.
   */
  private static final Map<String, Forms> FORMS = new ConcurrentHashMap<>();
  private static final int MAX_FORMS = 50_000;

  /** What a surface word gives, independent of where it stands. */
  private record Forms(String folded, String stem, String light) {}

  /** The words of a text, in order; empty for null or blank text. */
  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    // the runs of [\p{L}\p{N}]+, found by hand: a regex matcher per text cost more than the words
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!WordChars.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && WordChars.isWordChar(cp = text.codePointAt(i)));
      String surface = text.substring(start, i);
      Forms f = formsOf(surface);
      out.add(new Word(surface, f.folded(), f.stem(), f.light(), start, i));
    }
    return out;
  }

  private static Forms formsOf(String surface) {
    Forms f = FORMS.get(surface);
    if (f == null) {
      String folded = WordForms.fold(surface);
      f = new Forms(folded, WordForms.stem(folded), singular(folded));
      if (FORMS.size() < MAX_FORMS) {
        FORMS.putIfAbsent(surface, f);
      }
    }
    return f;
  }

  /** The folded word without an English plural ending: -ies to -y, -es after a sibilant, -s. */
  static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && Character.isLetter(w.charAt(n - 2))) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
