package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.index.knowledge.DataLists;

/**
 * The words by which a product description shows, or denies, each element of the definition of
 * cyber-surveillance items in Article 2(20) of Regulation (EU) 2021/821 (see
 * {@link CyberSurveillanceElement}), in English, German, French and Italian.
 *
 * <p>The words are data ({@code article2-20-elements.tsv} beside this class; its header documents the
 * format): {@code element} rows give words that show an element ("covertly", "subscribers",
 * "intercepts", "smartphone"), {@code denial} rows words that say it is absent ("with the user's
 * consent" denies COVERT, "anonymous" denies NATURAL_PERSONS), and {@code target} rows words that
 * show persons as the chosen targets of the monitoring ("suspects", "activists", "Zielpersonen"),
 * which protective and commercial products never name. Cues match as {@link Cue} says.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class DefinitionElements {

  /** The bundled words, relative to this class. */
  public static final String RESOURCE = "article2-20-elements.tsv";

  private final List<Row> rows;
  /** The rows' cues, each located once per text: a row none of whose cues occurs is skipped. */
  private final CueBook book;

  private DefinitionElements(List<Row> rows) {
    this.rows = rows;
    this.book = new CueBook(rows.stream().map(r -> List.of(r.cues())).toList());
  }

  /** The bundled words. */
  public static DefinitionElements standard() {
    return Standard.ELEMENTS;
  }

  /**
   * Reads rows in the format of the bundled file.
   *
   * @param reader the rows, UTF-8 text
   * @param source the name used in error messages (file or resource)
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static DefinitionElements read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    List<Row> rows = new ArrayList<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      if (f.length != 5) {
        throw new IllegalArgumentException("expected 5 TAB-separated columns (element|denial, ELEMENT, lang, cues, source), found "
            + f.length);
      }
      CueFileRows.source(f, 4);
      Kind kind = switch (f[0].strip()) {
        case "element" -> Kind.SHOWS;
        case "denial" -> Kind.DENIES;
        case "target" -> Kind.TARGETS;
        default -> throw new IllegalArgumentException("unknown row kind '" + f[0] + "' (expected element, denial or target)");
      };
      CyberSurveillanceElement element = element(f[1]);
      if (kind == Kind.TARGETS && element != CyberSurveillanceElement.NATURAL_PERSONS) {
        throw new IllegalArgumentException("a target row names persons: its element must be NATURAL_PERSONS, was " + element);
      }
      CueFileRows.languages(f[2]);
      CueGroup cues = CueGroup.parse(f[3]);
      if (cues.negated()) {
        throw new IllegalArgumentException("cues cannot be negated here");
      }
      rows.add(new Row(element, kind, cues));
    });
    return new DefinitionElements(List.copyOf(rows));
  }

  /** An element by its name as the data files write it. */
  static CyberSurveillanceElement element(String name) {
    try {
      return CyberSurveillanceElement.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown element '" + name.strip() + "' (expected one of "
          + java.util.Arrays.toString(CyberSurveillanceElement.values()) + ")");
    }
  }

  /**
   * What a text shows and denies of each element.
   *
   * @param productText the description; null is treated as empty
   */
  public Reading read(String productText) {
    return readOf(ProductText.of(productText));
  }

  /** As {@link #read(String)}, on a text read once. */
  public Reading readOf(ProductText productText) {
    Objects.requireNonNull(productText, "productText");
    Map<CyberSurveillanceElement, List<String>> shown = new EnumMap<>(CyberSurveillanceElement.class);
    Map<CyberSurveillanceElement, List<String>> denied = new EnumMap<>(CyberSurveillanceElement.class);
    List<String> targeted = new ArrayList<>();
    CueBook.Reading cues = book.lookUp(productText);
    BitSet possible = cues.mayFire();
    for (int i = possible.nextSetBit(0); i >= 0; i = possible.nextSetBit(i + 1)) {
      Row row = rows.get(i);
      List<String> hits = row.cues().findAllIn(productText, cues);
      if (!hits.isEmpty()) {
        List<String> into = (row.kind() == Kind.DENIES ? denied : shown).computeIfAbsent(row.element(), k -> new ArrayList<>());
        hits.stream().filter(h -> !into.contains(h)).forEach(into::add);
        if (row.kind() == Kind.TARGETS) {
          hits.stream().filter(h -> !targeted.contains(h)).forEach(targeted::add);
        }
      }
    }
    return new Reading(shown, denied, targeted);
  }

  /**
   * What a text shows and denies of each element: per element, the words in the order of the rows.
   *
   * @param shown per element, the words that show it; elements the text does not show are absent
   * @param denied per element, the words that deny it; elements it does not deny are absent
   * @param targeted the words that name the persons as chosen targets (suspects, activists, target
   *     persons), also among the words that show NATURAL_PERSONS; empty when none
   */
  public record Reading(Map<CyberSurveillanceElement, List<String>> shown,
      Map<CyberSurveillanceElement, List<String>> denied, List<String> targeted) {
    public Reading {
      shown = freeze(Objects.requireNonNull(shown, "shown"));
      denied = freeze(Objects.requireNonNull(denied, "denied"));
      targeted = List.copyOf(Objects.requireNonNull(targeted, "targeted"));
    }

    private static Map<CyberSurveillanceElement, List<String>> freeze(Map<CyberSurveillanceElement, List<String>> m) {
      Map<CyberSurveillanceElement, List<String>> out = new EnumMap<>(CyberSurveillanceElement.class);
      m.forEach((k, v) -> {
        if (!v.isEmpty()) {
          out.put(k, List.copyOf(v));
        }
      });
      return Collections.unmodifiableMap(out);
    }

    /** The words that show the element, empty when none. */
    public List<String> shown(CyberSurveillanceElement element) {
      Objects.requireNonNull(element, "element");
      return shown.getOrDefault(element, List.of());
    }

    /** The words that deny the element, empty when none. */
    public List<String> denied(CyberSurveillanceElement element) {
      Objects.requireNonNull(element, "element");
      return denied.getOrDefault(element, List.of());
    }
  }

  /** What a row's words say of its element. */
  private enum Kind { SHOWS, DENIES, TARGETS }

  private record Row(CyberSurveillanceElement element, Kind kind, CueGroup cues) {}

  private static final class Standard {
    static final DefinitionElements ELEMENTS = load();

    private static DefinitionElements load() {
      InputStream in = DefinitionElements.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + DefinitionElements.class.getName());
      }
      return read(DataLists.declaredFile(in, RESOURCE), RESOURCE);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DefinitionElements[%d rows]", rows.size());
  }
}
