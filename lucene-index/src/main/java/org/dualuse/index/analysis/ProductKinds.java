package org.dualuse.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.dualuse.core.DataFileLines;

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
    private final Map<Kind, List<List<String>>> phrases;

    private Prepared(Map<Kind, List<List<String>>> phrases) {
      this.phrases = phrases;
    }

    /** What the text offers: technology when it has a technology row, else software when a software row, else goods. */
    public Kind kindOf(AnalyzedText text) {
      Objects.requireNonNull(text, "text");
      if (!termsOf(text, Kind.TECHNOLOGY).isEmpty()) {
        return Kind.TECHNOLOGY;
      }
      return termsOf(text, Kind.SOFTWARE).isEmpty() ? Kind.GOODS : Kind.SOFTWARE;
    }

    /**
     * The text's terms that say it is of this kind: the terms of every phrase of the kind it has;
     * empty for {@link Kind#GOODS}.
     */
    public Set<String> termsOf(AnalyzedText text, Kind kind) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Set<String> out = new LinkedHashSet<>();
      for (List<String> p : phrases.get(kind)) {
        if (text.hasPhrase(p)) {
          out.addAll(p);
        }
      }
      return out;
    }
  }

  private static final class Standard {
    static final ProductKinds KINDS = load();

    private static ProductKinds load() {
      try (InputStream in = ProductKinds.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ProductKinds.class.getName());
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
