package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.index.knowledge.DataLists;

/**
 * The words by which a product description says that what it offers is software or technology
 * rather than goods: the forms the annex's definitions give ("technology": technical data such as
 * blueprints, manuals and instructions, technical assistance such as training and consulting, for
 * the "development", "production" or "use" of goods; "software": programs, source code, object
 * code), in English, German, French and Italian, as reviewed data ({@value #RESOURCE} beside this
 * class; its header gives the format).
 *
 * <p>A row's phrase is matched on the analyzed text as a vocabulary phrase is
 * ({@link AnalyzedText#hasPhrase}). Technology wins over software: documentation of software is
 * technology.
 *
 * <p>Immutable and thread-safe once {@link #prepare prepared}.
 */
public final class ProductKinds {

  /** What a text offers. */
  public enum Kind { GOODS, SOFTWARE, TECHNOLOGY }

  /** The bundled rows, relative to this class. */
  public static final String RESOURCE = "product-kinds.tsv";

  private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "it");

  private final Map<Kind, List<String>> phrases;

  private ProductKinds(Map<Kind, List<String>> phrases) {
    this.phrases = phrases;
  }

  /** The bundled rows. */
  public static ProductKinds standard() {
    return Standard.KINDS;
  }

  /**
   * Reads rows in the format of the bundled file.
   *
   * @param reader the rows; read to the end, not closed
   * @param source the file's name, for errors
   * @throws ProductKindsFormatException naming the source and line of the first bad row
   */
  public static ProductKinds read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
    Set<String> seen = new HashSet<>();
    DataFileLines.forEach(reader, source, (line, number) -> {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new ProductKindsFormatException(source, number,
            "expected 4 TAB-separated columns (kind, lang, phrase, source), found " + f.length);
      }
      Kind kind = switch (f[0].strip()) {
        case "technology" -> Kind.TECHNOLOGY;
        case "software" -> Kind.SOFTWARE;
        default -> throw new ProductKindsFormatException(source, number,
            "unknown kind '" + f[0] + "' (expected technology or software)");
      };
      String lang = f[1].strip();
      if (!LANGUAGES.contains(lang)) {
        throw new ProductKindsFormatException(source, number, "unknown language '" + lang + "' (expected one of en, de, fr, it)");
      }
      String phrase = f[2].strip().toLowerCase(Locale.ROOT);
      if (phrase.isEmpty()) {
        throw new ProductKindsFormatException(source, number, "empty phrase");
      }
      if (f[3].isBlank()) {
        throw new ProductKindsFormatException(source, number, "a row needs its source");
      }
      if (!seen.add(kind + "\t" + lang + "\t" + phrase)) {
        throw new ProductKindsFormatException(source, number, "duplicate row: " + kind + " " + lang + " " + phrase);
      }
      phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
    });
    return new ProductKinds(freeze(phrases));
  }

  private static Map<Kind, List<String>> freeze(Map<Kind, List<String>> m) {
    Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, List.copyOf(new LinkedHashSet<>(m.getOrDefault(k, List.of()))));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The phrases of one kind as written. */
  public List<String> phrases(Kind kind) {
    return phrases.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The rows analyzed as texts will be: phrases become term sequences of the analyzer that reads
   * the texts.
   *
   * @param terms the analyzer's terms of a phrase (an empty list drops the phrase: all stop words)
   */
  public Prepared prepare(Function<String, List<String>> terms) {
    Objects.requireNonNull(terms, "terms");
    Map<Kind, List<List<String>>> p = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      p.put(k, phrases.get(k).stream().map(terms).filter(t -> !t.isEmpty()).map(List::copyOf).toList());
    }
    return new Prepared(p);
  }

  /** The rows ready to read analyzed texts. Immutable and thread-safe. */
  public static final class Prepared {
    /**
     * Where the name of the product ends and what it is for, does or comes with begins: a colon,
     * semicolon, bracket, line break or dash, or a word that opens a purpose or a relative clause
     * ("for", "that", "für", "zur", "pour", "qui", "per", "che"...). The kind phrases before it say
     * what the text offers; phrases after it may name what the offer is about ("software ... that
     * converts design data").
     */
    private static final Pattern HEAD_END = Pattern.compile(
        "[:;(\\n]|\\s[-\u2013\u2014]\\s|(?<![\\p{L}\\p{N}])(?:for|that|which|to|used|f\u00fcr|zur|zum|pour|qui|destin\\p{L}*|per|che|destinat\\p{L}*)(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A word by which goods say what comes with them ("camera with firmware", "inkl. Handbuch",
     * "avec logiciel"): a kind phrase after it in the same clause names an accessory of the goods,
     * not what the text offers.
     */
    private static final Pattern ACCESSORY = Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:with|including|incl|plus|mit|inkl|einschl|einschlie\u00dflich|samt|nebst|avec|incluant|y compris|con|incluso|inclus[oa]|compres[oa])(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The end of the clause an accessory word opens: a comma, semicolon or full stop before a space. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;!?\\n](?:\\s|$)");

    private final Map<Kind, List<List<String>>> phrases;

    private Prepared(Map<Kind, List<List<String>>> phrases) {
      this.phrases = phrases;
    }

    /**
     * What the text offers, read from the kind phrases that say it: a phrase under a negation ("no
     * source code") or naming an accessory of goods ("thermal camera with firmware") says nothing.
     * When the product's name (the text before {@link #HEAD_END}) has a phrase, the name decides;
     * else the whole text does. Technology wins over software in either: documentation of software
     * is technology. Goods when no phrase says otherwise.
     */
    public Kind kindOf(AnalyzedText text) {
      Objects.requireNonNull(text, "text");
      List<Match> found = matches(text);
      if (found.isEmpty()) {
        return Kind.GOODS;
      }
      int headEnd = headEnd(text.text());
      List<Match> inHead = found.stream().filter(m -> m.end() <= headEnd).toList();
      List<Match> deciding = inHead.isEmpty() ? found : inHead;
      return deciding.stream().anyMatch(m -> m.kind() == Kind.TECHNOLOGY) ? Kind.TECHNOLOGY : Kind.SOFTWARE;
    }

    /**
     * The text's terms that say it is of this kind: the terms of every phrase of the kind it has,
     * as {@link #kindOf} reads them (not negated, not an accessory of goods); empty for
     * {@link Kind#GOODS}.
     */
    public Set<String> termsOf(AnalyzedText text, Kind kind) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Set<String> out = new LinkedHashSet<>();
      for (Match m : matches(text)) {
        if (m.kind() == kind) {
          out.addAll(m.terms());
        }
      }
      return out;
    }

    /** A kind phrase found in a text: its kind, terms, and the character span of its words. */
    private record Match(Kind kind, List<String> terms, int start, int end) {}

    /** Every phrase occurrence that says what the text offers, in text order. */
    private List<Match> matches(AnalyzedText text) {
      List<AnalyzedText.Token> tokens = text.tokens();
      List<Match> out = new ArrayList<>();
      String raw = text.text();
      for (int i = 0; i < tokens.size(); i++) {
        AnalyzedText.Token first = tokens.get(i);
        if (first.negated()) {
          continue;
        }
        for (Kind k : List.of(Kind.TECHNOLOGY, Kind.SOFTWARE)) {
          for (List<String> p : phrases.get(k)) {
            if (AnalyzedText.startsAt(tokens, i, p)) {
              int end = endOf(tokens, i, p);
              if (!accessory(raw, first.start())) {
                out.add(new Match(k, p, first.start(), end));
              }
            }
          }
        }
      }
      return out;
    }

    /** The end offset of a phrase with these terms starting at token {@code i}, read as {@link AnalyzedText#startsAt} reads it. */
    private static int endOf(List<AnalyzedText.Token> tokens, int i, List<String> terms) {
      int t = 0;
      int j = i;
      int end = tokens.get(i).end();
      while (t < terms.size() && j < tokens.size()) {
        if (tokens.get(j).term().equals(terms.get(t))) {
          t++;
        }
        end = Math.max(end, tokens.get(j).end());
        j++;
      }
      return end;
    }

    /**
     * Whether an accessory word stands before this offset in the same clause (the period of an
     * abbreviated one, "inkl.", does not end it): "camera with firmware" names an accessory,
     * "camera with no image output, firmware limited to counting" does not.
     */
    private static boolean accessory(String raw, int offset) {
      String before = raw.substring(0, Math.min(offset, raw.length()));
      Matcher a = ACCESSORY.matcher(before);
      int last = -1;
      while (a.find()) {
        last = a.end();
      }
      if (last < 0) {
        return false;
      }
      int from = last < before.length() && before.charAt(last) == '.' ? last + 1 : last;
      return !CLAUSE_END.matcher(before.substring(from)).find();
    }

    /** The offset where the product's name ends: the first {@link #HEAD_END}, or the text's end. */
    private static int headEnd(String raw) {
      Matcher m = HEAD_END.matcher(raw);
      return m.find() ? m.start() : raw.length();
    }
  }

  private static final class Standard {
    static final ProductKinds KINDS = load();

    private static ProductKinds load() {
      try (InputStream in = ProductKinds.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ProductKinds.class.getName());
        }
        return read(DataLists.declaredFile(in, RESOURCE), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
