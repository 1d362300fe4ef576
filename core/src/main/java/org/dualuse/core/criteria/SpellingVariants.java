package org.dualuse.core.criteria;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a parameter's name is written in product texts besides its reviewed spelling, so that
 * one row of the names file serves them all.
 *
 * <ul>
 *   <li><b>Transliteration.</b> Keyboards, ERP systems and upper-case material texts often lack
 *       the letters of the language: German umlauts and ß are written as their DIN 5007
 *       substitutes ("Wellenlaenge", "Aussendurchmesser"), ß alone as ss where umlauts stay (Swiss
 *       spelling, and every upper-case text: "GLEICHMÄSSIGKEIT"), the ligatures œ and æ as two letters,
 *       and other accents are left off ("duree d'impulsion", "velocita di rotazione"). Every
 *       spelling also stands in its transliterated form, with one exception: a single word keeps
 *       its accents, since without them it may be an English word of another meaning
 *       ("précision" would find the "precision" of "ultra-precision lathe").
 *   <li><b>German adjective endings.</b> A German adjective takes the ending of its case and
 *       article ("mittlere Leistung", "der mittleren Leistung", "mit mittlerer Leistung"). In a
 *       German name of several words, the words written in lower case right before a capitalised
 *       one are its adjectives (German capitalises nouns only); their ending -e, -en, -er, -es or
 *       -em is replaced by each of the others. Short function words ("der", "pro") are left alone.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class SpellingVariants {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "em", "er", "es", "e");
  /** Shorter lower-case words are articles and prepositions ("der", "des", "pro"), never adjectives. */
  private static final int MIN_ADJECTIVE_LENGTH = 5;

  private SpellingVariants() {}

  /**
   * The written forms a name of {@code language} stands for: the name itself first, then, for
   * German, the forms with the other adjective endings. Transliteration is applied to keys by
   * {@link #transliterations(String)}, not here.
   */
  static List<String> writtenForms(String name, String language) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(name);
    if ("de".equals(language)) {
      forms.addAll(germanAdjectiveForms(name));
    }
    return List.copyOf(forms);
  }

  /**
   * The other keys a lower-case key is written as: with ß as ss (umlauts kept), and with umlauts and
   * ß as ae, oe, ue and ss, œ and æ as oe and ae, and, in a key of several words, every other accent
   * dropped; empty when the key has none of these letters.
   */
  static List<String> transliterations(String key) {
    boolean plain = true;
    for (int i = 0; i < key.length() && plain; i++) {
      plain = key.charAt(i) < 0x80;
    }
    if (plain) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(key.replace("ß", "ss"));
    out.add(transliterated(key));
    out.remove(key);
    return List.copyOf(out);
  }

  private static String transliterated(String key) {
    StringBuilder b = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case 'ä' -> b.append("ae");
        case 'ö' -> b.append("oe");
        case 'ü' -> b.append("ue");
        case 'ß' -> b.append("ss");
        case 'œ' -> b.append("oe");
        case 'æ' -> b.append("ae");
        default -> b.append(c);
      }
    }
    if (key.indexOf(' ') < 0) {
      return b.toString();
    }
    // only Latin letters lose their accents: a Greek λ or π stays what it is
    String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
    return Normalizer.normalize(COMBINING_MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
  }

  private static List<String> germanAdjectiveForms(String name) {
    String[] words = name.split(" ");
    List<Integer> adjectives = new ArrayList<>();
    // the adjectives of a noun stand right before it: walk back from each noun over them
    for (int noun = 1; noun < words.length; noun++) {
      if (startsUpperCase(words[noun])) {
        for (int i = noun - 1; i >= 0 && isAdjective(words[i]); i--) {
          adjectives.add(i);
        }
      }
    }
    if (adjectives.isEmpty()) {
      return List.of();
    }
    // the adjectives of one noun phrase share their ending: one variant an ending, not every mix
    List<String> out = new ArrayList<>();
    for (String ending : ADJECTIVE_ENDINGS) {
      String[] variant = words.clone();
      for (int i : adjectives) {
        variant[i] = stem(words[i]) + ending;
      }
      out.add(String.join(" ", variant));
    }
    return out;
  }

  private static boolean isAdjective(String word) {
    return word.length() >= MIN_ADJECTIVE_LENGTH && Character.isLowerCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter) && stem(word).length() < word.length();
  }

  private static String stem(String word) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (word.endsWith(ending)) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  private static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
