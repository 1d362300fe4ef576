package org.dualuse.core.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses whether a short product text is English, German, French or Italian, from its function
 * words and its letters: a cheap detector for material-master lines that name no language, not a
 * statistical model.
 *
 * <p>How: every word of the text (letters only, lower case) scores one point for each language
 * whose list of function words holds it ("the", "with" / "und", "mit" / "pour", "avec" / "per",
 * "della"), and letters that only some of the four languages use score for those: ä, ö, ü and ß for
 * German; é, è, ê, ç, â, î, ô, û and the elisions {@code l'}, {@code d'} for French; a word ending in
 * à, è, ì, ò or ù for Italian (French ends words in é, not in these). German nouns ending in
 * "-ung", "-keit", "-heit", "-gerät" score half a point. The language with the highest score wins
 * when it has at least {@value #MIN_SCORE} points and leads the next one by at least
 * {@value #MIN_LEAD}; otherwise the text is too short or too mixed to tell and the answer is empty.
 * A text of codes, numbers and trade names ("Hastelloy C-276, 2 mm") has no language.
 *
 * <p>Stateless and thread-safe; never throws on any string.
 */
public final class LanguageDetector {

  /** The languages this detector can name, as ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it");

  static final double MIN_SCORE = 1.0;
  static final double MIN_LEAD = 1.0;

  // function words that are frequent in product descriptions and rare as words of the other three
  // languages; words two languages share ("in", "a"), or that English product texts also write ("per
  // minute", "bare die", "Pro", "AI", "LO", "aux", "Au", "type"), are left out
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "with", "for", "of", "without", "from", "into", "which", "this", "that", "is",
          "are", "to", "by", "or", "on", "each", "used", "made", "only", "not", "up", "at", "its", "an", "as",
          "than", "between", "over", "under", "rated", "including", "suitable", "designed", "high"),
      "de", Set.of("der", "das", "und", "mit", "für", "fur", "von", "zur", "zum", "ein", "eine", "einer",
          "eines", "den", "dem", "des", "im", "auf", "oder", "bei", "aus", "nach", "ohne", "nicht", "kein",
          "keine", "ist", "sind", "wird", "werden", "zu", "als", "bis", "über", "ueber", "unter", "gemäß",
          "gemaess", "inkl", "inklusive", "geeignet", "hoch", "hohe", "hoher", "zwischen", "je"),
      "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "pour", "avec", "sans", "une", "sur", "par",
          "dans", "ou", "est", "sont", "pas", "selon", "entre", "jusqu", "haute", "haut", "très"),
      "it", Set.of("il", "la", "le", "un", "gli", "della", "delle", "dello", "dei", "degli", "del", "di", "con", "senza",
          "una", "nel", "nella", "nei", "sulla", "sul", "alla", "allo", "da", "dal",
          "dalla", "ed", "che", "sono", "fino", "tra", "fra", "alta", "alto"));
  // a word two languages list scores for neither: it tells them apart no better than a number
  private static final Map<String, Integer> SHARED_BY = sharedCounts();

  private static final List<String> GERMAN_ENDINGS = List.of("ung", "keit", "heit", "gerät", "geraet", "anlage");
  private static final String GERMAN_LETTERS = "äöüß";
  private static final String FRENCH_LETTERS = "éêçâîôûëœ";
  private static final String ITALIAN_FINAL_LETTERS = "àèìòù";

  private LanguageDetector() {}

  /**
   * The language of a text, or empty when it cannot tell.
   *
   * @param text any text; never null
   * @return one of {@link #LANGUAGES}, or empty
   * @throws NullPointerException when {@code text} is null
   */
  public static Optional<String> detect(String text) {
    Objects.requireNonNull(text, "text");
    double[] score = new double[LANGUAGES.size()];
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(lower.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      boolean elided = i < n && (lower.charAt(i) == '\'' || lower.charAt(i) == '’') && i - start <= 2
          && i + 1 < n && Character.isLetter(lower.charAt(i + 1));
      scoreWord(lower.substring(start, i), elided, score);
    }
    int best = 0;
    int second = -1;
    for (int l = 1; l < score.length; l++) {
      if (score[l] > score[best]) {
        second = best;
        best = l;
      } else if (second < 0 || score[l] > score[second]) {
        second = l;
      }
    }
    double lead = score[best] - (second < 0 ? 0 : score[second]);
    if (score[best] < MIN_SCORE || lead < MIN_LEAD) {
      return Optional.empty();
    }
    return Optional.of(LANGUAGES.get(best));
  }

  private static void scoreWord(String word, boolean elided, double[] score) {
    if (elided && (word.equals("l") || word.equals("d") || word.equals("qu"))) {
      // "l'acier", "d'un": French; Italian elides too ("l'acciaio") but far less often in technical lines
      score[LANGUAGES.indexOf("fr")] += 1;
      return;
    }
    if (SHARED_BY.getOrDefault(word, 0) == 1) {
      for (int l = 0; l < LANGUAGES.size(); l++) {
        if (FUNCTION_WORDS.get(LANGUAGES.get(l)).contains(word)) {
          score[l] += 1;
        }
      }
    }
    if (containsAny(word, GERMAN_LETTERS)) {
      score[LANGUAGES.indexOf("de")] += 1;
    } else if (word.length() > 6) {
      for (String ending : GERMAN_ENDINGS) {
        if (word.endsWith(ending)) {
          score[LANGUAGES.indexOf("de")] += 0.5;
          break;
        }
      }
    }
    if (containsAny(word, FRENCH_LETTERS)) {
      score[LANGUAGES.indexOf("fr")] += 1;
    }
    char last = word.charAt(word.length() - 1);
    if (word.length() > 1 && ITALIAN_FINAL_LETTERS.indexOf(last) >= 0) {
      score[LANGUAGES.indexOf("it")] += 1;
    } else if (word.length() > 5 && (word.endsWith("zione") || word.endsWith("zioni"))) {
      score[LANGUAGES.indexOf("it")] += 1;
    }
  }

  private static boolean containsAny(String word, String letters) {
    for (int i = 0; i < word.length(); i++) {
      if (letters.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> sharedCounts() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    FUNCTION_WORDS.values().forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
    return Map.copyOf(counts);
  }
}
