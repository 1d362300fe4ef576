package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * One match between the product text and a candidate's node, as data: which words of the text matched
 * which terms of the node's text or vocabulary, and where they stand in the text. The {@link
 * Evidence#matchedWords() matchedWords} of an evidence are the lines of its matches, in order.
 * Immutable.
 *
 * @param kind what matched: a word of the node's text or vocabulary, a vocabulary phrase found whole,
 *     or a CAS number
 * @param words the words of the product text, as written there ({@code "Wärmebildkamera"}); for a
 *     phrase found through its analysed words, the phrase as the vocabulary writes it
 * @param terms what they matched: the analysed terms of the word that the node's words or vocabulary
 *     share ({@code "thermal"}, {@code "camera"} for {@code "Wärmebildkamera"}), the vocabulary
 *     phrase, or the CAS number
 * @param start where the words start in the product text; -1 when the match has no single place (a
 *     phrase found through its analysed words, not as written)
 * @param end the offset after them; -1 with {@code start}
 * @param rows for a phrase, the vocabulary rows that give it for the node (or, when the node holds it
 *     through a node of its entry, every row of the phrase), each as {@code file:line (lang)}; empty
 *     otherwise
 * @param line the match in words, as {@code matchedWords} shows it
 * @throws DualUseException when the span is not both -1 or {@code 0 <= start <= end}
 */
public record MatchedWord(Kind kind, String words, List<String> terms, int start, int end, List<String> rows,
    String line) {

  /** What kind of match. */
  public enum Kind {
    /** A word of the text whose term is a term of the node's text or of its vocabulary. */
    TERM,
    /** A vocabulary phrase found whole, not negated, in the text. */
    PHRASE,
    /** A CAS number of the text that the node names. */
    CAS
  }

  public MatchedWord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(words, "words");
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    Objects.requireNonNull(line, "line");
    if (start < -1 || end < start || (start == -1) != (end == -1)) {
      throw new DualUseException("bad span " + start + ".." + end + " of " + words
          + ": both -1, or 0 <= start <= end");
    }
  }
}
