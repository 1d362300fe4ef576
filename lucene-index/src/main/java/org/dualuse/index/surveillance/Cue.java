package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualuse.index.analysis.Negators;

/**
 * A word or phrase to look for in a product text, matched on word boundaries.
 *
 * <p>Grammar of a cue as written in the data files: words separated by anything that is not a
 * letter, digit or {@code *} ({@code cell-site simulator} is the three words {@code cell},
 * {@code site}, {@code simulator}, as the text {@code cell site simulator} would be).
 * Each word matches:
 *
 * <ul>
 *   <li>by stem, case-insensitively, when written in lower or mixed case ({@code intercept} finds
 *       {@code Intercepts} and {@code interception});
 *   <li>exactly, upper case, when written in upper case with at least two letters, so that acronyms
 *       are not confused with ordinary words ({@code IDS} finds {@code IDS} but not {@code ids};
 *       a plural {@code s} is allowed: {@code CDR} finds {@code CDRs});
 *   <li>as a prefix of the folded word when it ends in {@code *} ({@code abhör*} finds
 *       {@code Abhöranlage});
 *   <li>as a suffix of the folded word when it starts with {@code *} ({@code *überwachung} finds
 *       {@code Telekommunikationsüberwachung}), for German compounds.
 * </ul>
 *
 * <p>An occurrence does not count when the words before it deny it: "no", "not", "without",
 * "ohne", "kein...", "sans", "aucun", "senza", "nessun..." one or two words before ("no subscriber
 * identification"), or "anti", "counter" right before ("anti-spyware", "counter-surveillance").
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the cue as written
 * @param words its parsed words
 */
record Cue(String text, List<CueWord> words) {

  Cue {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty cue");
    }
  }

  /**
   * Parses a cue.
   *
   * @throws IllegalArgumentException naming the cue when it has no word or a misplaced {@code *}
   */
  static Cue parse(String text) {
    String t = text.strip();
    List<CueWord> words = new ArrayList<>();
    for (String raw : t.split("[^\\p{L}\\p{N}*]+")) {
      if (raw.isEmpty()) {
        continue;
      }
      words.add(CueWord.parse(raw, t));
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty cue '" + text + "'");
    }
    return new Cue(t, words);
  }

  /** The first place the cue occurs in a product text: the surface span, or empty. */
  Optional<String> findIn(ProductText text) {
    return locate(text).map(span -> text.text().substring(span[0], span[1]));
  }

  /**
   * The first place the cue occurs in a product text: start and end offsets, or empty. Most cues
   * have a word the text lacks altogether; the text's sets of stems and surfaces tell so without
   * walking its words.
   */
  Optional<int[]> locate(ProductText text) {
    // indexed loops: the screen asks every cue of every rule, and an iterator a cue is garbage
    for (int k = 0; k < words.size(); k++) {
      if (!words.get(k).mayMatchIn(text)) {
        return Optional.empty();
      }
    }
    return locate(text.words());
  }

  /** The first place the cue occurs in the words of a text: the surface span, or empty. */
  Optional<String> findIn(String source, List<Word> text) {
    return locate(text).map(span -> source.substring(span[0], span[1]));
  }

  /** The first place the cue occurs: start and end offsets in the text, or empty. */
  Optional<int[]> locate(List<Word> text) {
    int n = words.size();
    for (int i = 0; i + n <= text.size(); i++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = words.get(k).matches(text.get(i + k));
      }
      if (all && !negated(text, i)) {
        return Optional.of(new int[] {text.get(i).start(), text.get(i + n - 1).end()});
      }
    }
    return Optional.empty();
  }

  /**
   * True when the words before position i deny what follows: "no", "not", "without", "ohne",
   * "kein..." one or two words before ("no content retention", "without any subscriber data"),
   * or "anti" and "counter" right before ("anti-spyware", "counter-surveillance").
   */
  private static boolean negated(List<Word> text, int i) {
    if (i >= 1 && (NEGATORS.contains(text.get(i - 1).folded()) || OPPOSERS.contains(text.get(i - 1).folded()))) {
      return true;
    }
    return i >= 2 && NEGATORS.contains(text.get(i - 2).folded());
  }

  /** The classifier's one list of negators. */
  private static final Set<String> NEGATORS = Negators.WORDS;
  private static final Set<String> OPPOSERS = Set.of("anti", "counter", "gegen");

  /** One word of a cue and how it matches. */
  record CueWord(String form, Kind kind, String reversed) {
    enum Kind { STEM, ACRONYM, PREFIX, SUFFIX }

    /** @param reversed the form back to front, kept for a suffix word's look-up ({@link ProductText#hasFoldedSuffix}) */
    CueWord {
      if (!reversed.equals(new StringBuilder(form).reverse().toString())) {
        throw new IllegalArgumentException("reversed '" + reversed + "' is not '" + form + "' back to front");
      }
    }

    CueWord(String form, Kind kind) {
      this(form, kind, new StringBuilder(form).reverse().toString());
    }

    static CueWord parse(String raw, String cue) {
      boolean prefix = raw.endsWith("*");
      boolean suffix = raw.startsWith("*");
      String core = raw.replace("*", "");
      if (core.isEmpty() || (prefix && suffix) || core.length() != raw.length() - (prefix || suffix ? 1 : 0)) {
        throw new IllegalArgumentException("bad wildcard in cue '" + cue + "': a '*' may only start or end a word");
      }
      for (Word w : Word.of(core)) {
        if (w.start() != 0 || w.end() != core.length()) {
          throw new IllegalArgumentException("cue word '" + raw + "' in '" + cue + "' mixes letters and punctuation");
        }
        if (prefix) {
          return new CueWord(w.folded(), Kind.PREFIX);
        }
        if (suffix) {
          return new CueWord(w.folded(), Kind.SUFFIX);
        }
        if (isAcronym(core)) {
          return new CueWord(core, Kind.ACRONYM);
        }
        return new CueWord(w.stem(), Kind.STEM);
      }
      throw new IllegalArgumentException("cue word '" + raw + "' in '" + cue + "' has no letter or digit");
    }

    /** False when no word of the text can match this one; true does not promise that one does. */
    boolean mayMatchIn(ProductText text) {
      return switch (kind) {
        case STEM -> text.hasStem(form);
        case ACRONYM -> text.hasAcronymForm(form);
        case PREFIX -> text.hasFoldedPrefix(form);
        case SUFFIX -> text.hasFoldedSuffix(reversed);
      };
    }

    boolean matches(Word w) {
      return switch (kind) {
        case STEM -> w.stem().equals(form);
        case ACRONYM -> w.surface().equals(form) || w.surface().equals(form + "s");
        case PREFIX -> w.folded().startsWith(form);
        case SUFFIX -> w.folded().endsWith(form);
      };
    }

    private static boolean isAcronym(String s) {
      long letters = s.chars().filter(Character::isLetter).count();
      return letters >= 2 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
  }
}
