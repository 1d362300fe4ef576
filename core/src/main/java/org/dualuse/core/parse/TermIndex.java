package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.model.DefinedTerm;

/**
 * Resolves a quoted term as the text uses it ("MMICs", "Lasers", "UAV", "interleaved ADCs") to the
 * defined term it stands for.
 *
 * <p>Each defined term is registered under several spellings: as defined; without its qualifier
 * ({@code Bias (gyro)} answers to "bias"); each of its acronyms; with a bracketed optional word
 * kept and dropped ({@code States (not) Party to ...} answers to both readings); with a bracketed
 * acronym standing for the words it abbreviates ({@code Interleaved Analogue-to-Digital Converter
 * (ADC)} answers to "interleaved ADC"). Matching ignores case, hyphens, brackets and the quotes'
 * neighbouring punctuation; it tries the words as printed, then their singular and plural, then a
 * stem of every word (a final {@code s} dropped), so plurals inside a phrase match too. The first
 * term defined wins a tie. Immutable and thread-safe once built.
 */
public final class TermIndex {
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\(([^()]*)\\)");
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.*?)\\s*\\(([A-Z][A-Za-z0-9]{1,9})\\)$");

  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, String> byStem = new HashMap<>();

  /** @param terms the global definitions, in document order */
  public TermIndex(Iterable<DefinedTerm> terms) {
    for (DefinedTerm term : terms) {
      for (String spelling : spellings(term)) {
        byKey.putIfAbsent(key(spelling), term.term());
        byStem.putIfAbsent(stem(key(spelling)), term.term());
      }
    }
  }

  /** The defined term the surface stands for, or null when none does. */
  public String resolve(String surface) {
    Objects.requireNonNull(surface, "surface");
    String key = key(surface);
    if (key.isEmpty()) {
      return null;
    }
    String found = byKey.get(key);
    if (found == null && key.endsWith("es")) {
      found = byKey.get(key.substring(0, key.length() - 2));
    }
    if (found == null && key.endsWith("s")) {
      found = byKey.get(key.endsWith("ies") ? key.substring(0, key.length() - 3) + "y" : key.substring(0, key.length() - 1));
    }
    if (found == null) {
      found = byKey.get(key + "s");
    }
    if (found == null) {
      found = byStem.get(stem(key));
    }
    return found;
  }

  private static List<String> spellings(DefinedTerm term) {
    List<String> out = new ArrayList<>();
    String t = term.term();
    out.add(t);
    out.addAll(term.acronyms());
    int qualifier = t.lastIndexOf(" (");
    if (qualifier > 0 && t.endsWith(")")) {
      out.add(t.substring(0, qualifier));
    }
    for (String s : List.copyOf(out)) {
      if (s.contains("(")) {
        out.add(BRACKETED.matcher(s).replaceAll(" $1"));
        out.add(BRACKETED.matcher(s).replaceAll(""));
      }
    }
    Matcher m = TRAILING_ACRONYM.matcher(t);
    if (m.matches()) {
      String shortened = abbreviate(m.group(1), m.group(2));
      if (shortened != null) {
        out.add(shortened);
      }
    }
    return out;
  }

  /** The words with their last few (whose capitals spell the acronym) replaced by it, or null. */
  private static String abbreviate(String words, String acronym) {
    String[] parts = words.split("\\s+");
    for (int from = parts.length - 1; from >= 0; from--) {
      StringBuilder initials = new StringBuilder();
      for (int k = from; k < parts.length; k++) {
        for (String piece : parts[k].split("-")) {
          if (!piece.isEmpty() && Character.isUpperCase(piece.charAt(0))) {
            initials.append(piece.charAt(0));
          }
        }
      }
      if (initials.toString().equals(acronym)) {
        return (String.join(" ", java.util.Arrays.copyOfRange(parts, 0, from)) + " " + acronym).strip();
      }
    }
    return null;
  }

  /** The lookup form: lower case, hyphens and brackets as spaces, single spaces, no edge punctuation. */
  static String key(String s) {
    String k = withSingleSpaces(s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('(', ' ').replace(')', ' ')).strip();
    int a = 0;
    int b = k.length();
    while (a < b && !Character.isLetterOrDigit(k.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(k.charAt(b - 1))) {
      b--;
    }
    return k.substring(a, b);
  }

  /** {@code s.replaceAll("\\s+", " ")} by hand: it runs for every quoted word of the list. */
  private static String withSingleSpaces(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean space = isRegexSpace(c);
      if (!space) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      int j = i + 1;
      while (j < n && isRegexSpace(s.charAt(j))) {
        j++;
      }
      if (b == null && (c != ' ' || j > i + 1)) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(' ');
      }
      i = j - 1;
    }
    return b == null ? s : b.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The key with a final {@code s} (or {@code ies}) dropped from every word: plurals meet singulars. */
  static String stem(String key) {
    String[] words = key.split(" ");
    StringBuilder out = new StringBuilder(key.length());
    for (String w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (w.length() > 3 && w.endsWith("ies")) {
        out.append(w, 0, w.length() - 3).append('y');
      } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        out.append(w, 0, w.length() - 1);
      } else {
        out.append(w);
      }
    }
    return out.toString();
  }
}
