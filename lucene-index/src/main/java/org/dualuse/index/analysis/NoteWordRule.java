package org.dualuse.index.analysis;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one rule by which a product text shows the words of a release note's alternative, for every
 * note of the list: the word-based release notes ({@code NoteWords}) and the release clauses of the
 * cyber-surveillance notes ({@code PreparedReleaseClause}) both ask it, with one list of
 * {@link #BOILERPLATE} and one share. The two still compare different forms of a word: the word-based
 * notes the {@link WordForms#stem stems} of the index's analysis, the surveillance clauses the folded
 * word without its English plural ending, because the stemmer merges a verb with its agent noun
 * ("operates" and "operators" both give "oper"), and Note b to 5A001.f ("equipment designed for
 * mobile telecommunications network operators") then releases an interceptor "that operates on
 * 4G networks".
 *
 * <p>The words of an alternative are what is left of its text after the stop words, the annex's
 * {@link #BOILERPLATE} and the words of the nodes the note describes: its head noun and the
 * qualifiers that say which of those things the note releases ("civil automobiles", "analogue
 * private mobile radio"). An alternative of one word is shown by that word. One of more words is
 * shown by at least two of them and at least {@link #SHARE} of them (see there). Stateless.
 */
public final class NoteWordRule {

  /**
   * The share of an alternative's words a text must show, besides two of them. A release clause's
   * words are a head noun and the qualifiers that say which of those things the note releases, often
   * many of them ("aero gas turbine engines ... certified for civil aircraft by the civil aviation
   * authorities"), and a product text names the thing with one or two of its qualifiers: users rarely
   * repeat every qualifier. Two words, the head and a qualifier, carry the note when they are not too
   * few of its words. On the tune half of the team's corpus (2026-12-08, with this list of
   * boilerplate): 0.4 gives listed F1 0.810, not listed 0.809, entry 0.728; 0.6 (the share the
   * surveillance clauses asked before) 0.809 / 0.807 / 0.726, releasing fewer civil engines.
   */
  public static final double SHARE = 0.4;

  /**
   * The annex's words that never say what a note releases: they name the kind of thing every
   * provision speaks of ("equipment", "components"), the act of control ("controlled", "specified")
   * or the grammar of a list ("following", "other than"). Stop words ({@link ListAnalyzer#STOP_WORDS})
   * are dropped before these; both sides compare them by stem. No verb whose stem is that of an agent
   * noun a note names: "operate" would drop "operators", "receiving" "receivers", "provide" "providers".
   */
  public static final List<String> BOILERPLATE = List.of(
      "control", "controls", "controlled", "equipment", "item", "items", "system", "systems", "software",
      "technology", "specially", "specifically", "designed", "modified", "use", "used", "using",
      "application", "applications", "component", "components", "device", "devices", "following",
      "specified", "type", "types", "purpose", "purposes", "note", "entry", "include", "includes",
      "meeting", "capable", "limited",
      "all", "any", "from", "its", "being", "which", "those", "other", "than", "one", "more", "after",
      "before", "whether", "them", "e", "g", "i", "ie", "eg");

  private NoteWordRule() {}

  /**
   * Whether a text shows an alternative: its only word, or at least two of its words and at least
   * {@link #SHARE} of them. An empty alternative is never shown.
   *
   * @param alternative the alternative's distinctive words, as stems
   * @param shown whether the text has a stem
   */
  public static boolean shows(Collection<String> alternative, Predicate<String> shown) {
    int hit = 0;
    for (String w : alternative) {
      if (shown.test(w)) {
        hit++;
      }
    }
    return enough(hit, alternative.size());
  }

  /** Whether {@code hit} of an alternative's {@code size} words show it, by the rule of {@link #shows}. */
  public static boolean enough(int hit, int size) {
    if (size <= 1) {
      return size == 1 && hit == 1;
    }
    return hit >= 2 && hit >= SHARE * size;
  }
}
