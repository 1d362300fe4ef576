package org.dualuse.index.knowledge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.dualuse.core.criteria.ElementContents;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Units;
import org.dualuse.index.analysis.LiteralPhrases;

/**
 * Material designations and their compositions ({@code materials.tsv}). File format (UTF-8,
 * TAB-separated, {@code #} comments; {@code -} for no codes):
 * <pre>
 *   designation  lang  class  composition  codes  source
 * </pre>
 * with the composition as {@code Ni=57;Mo=16;Cr=15.5;Fe=5;W=3.75} (element symbol, nominal percent
 * by weight; a range {@code 20-23} is taken at its middle, {@code bal} is what the others leave;
 * {@code other=1.5} counts the minor elements together, which give no fact; a glass or ceramic may be
 * given by its oxides, {@code SiO2=80.6;B2O3=12.5}, whose contents are facts of their own).
 *
 * <p>{@link #in} finds the designations a text names, as written ({@link LiteralPhrases}: case,
 * spaces and hyphens do not matter); {@link #factsIn} turns each into the facts the annex's
 * thresholds speak of, one content per element ({@code nickel content = 57 wt%}), as derived facts
 * whose source names the designation, and one bound on every element it does not list
 * ({@link ElementContents#UNLISTED_ELEMENT_CONTENT}). Immutable and thread-safe.
 */
public final class Materials {

  static final String COLUMNS = "designation<TAB>lang<TAB>class<TAB>composition<TAB>codes<TAB>source";

  private final List<Material> all;
  private final LiteralPhrases<Material> phrases;
  private final List<Material> unmatchable;
  private final MetalMentions metals;
  private final ChemicalShares shares;

  private Materials(List<Material> all, MetalMentions metals, ChemicalShares shares) {
    this.all = List.copyOf(all);
    this.metals = Objects.requireNonNull(metals, "metals");
    this.shares = Objects.requireNonNull(shares, "shares");
    LiteralPhrases.Builder<Material> b = LiteralPhrases.builder();
    List<Material> tooShort = new ArrayList<>();
    for (Material m : this.all) {
      if (LiteralPhrases.isMatchable(m.designation())) {
        b.add(m.designation(), m);
      } else {
        tooShort.add(m);
      }
    }
    this.phrases = b.build();
    this.unmatchable = List.copyOf(tooShort);
  }

  static Materials of(List<Material> all) {
    return new Materials(all, MetalMentions.NONE, ChemicalShares.NONE);
  }

  /**
   * These materials, the metals a text names by their element's name ({@link MetalMentions}) and the
   * shares of the chemicals it names ({@link ChemicalShares}).
   */
  static Materials of(List<Material> all, MetalMentions metals, ChemicalShares shares) {
    return new Materials(all, metals, shares);
  }

  /** Reads a materials file ({@value #COLUMNS}). */
  static List<Material> read(Reader reader, String source) {
    List<Material> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 6, COLUMNS, (c, line) -> out.add(new Material(
        KnowledgeRows.required(c[0], "designation"), KnowledgeRows.language(c[1]), KnowledgeRows.required(c[2], "class"),
        composition(c[3]), KnowledgeRows.codes(c[4]), KnowledgeRows.source(c[5]), source, line)));
    return out;
  }

  /** Every material, in file order. */
  public List<Material> all() {
    return all;
  }

  /** The materials whose designation is too short to find in a text as written. */
  public List<Material> unmatchable() {
    return unmatchable;
  }

  /**
   * The materials a text names, in the order of the file, each once.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public List<Material> in(String text) {
    Set<Material> out = new LinkedHashSet<>();
    for (LiteralPhrases.Match<Material> m : phrases.findIn(Objects.requireNonNull(text, "text"))) {
      out.add(m.value());
    }
    return List.copyOf(out);
  }

  /**
   * The designation and the class of every material a text names ("AISI 316L", "austenitic stainless
   * steel"), in the order of {@link #in}: the words in which a judge of features can tell which of a
   * provision's materials the text names ({@code FeatureJudge.keywords(text, names)}).
   *
   * @throws NullPointerException when {@code text} is null
   */
  public List<String> namesIn(String text) {
    return named(text).names();
  }

  /**
   * What the materials a text names tell: the facts of their compositions ({@link #factsIn}) and the
   * words of their names ({@link #namesIn}).
   *
   * @param facts the compositions as facts
   * @param names the designation and the class of each material
   */
  public record Named(List<Fact> facts, List<String> names) {
    /** Nothing named. */
    public static final Named NONE = new Named(List.of(), List.of());

    public Named {
      facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
      names = List.copyOf(Objects.requireNonNull(names, "names"));
    }
  }

  /**
   * {@link #factsIn} and {@link #namesIn} of a text, found in one search of it (a classification asks
   * for both).
   *
   * @throws NullPointerException when {@code text} is null
   */
  public Named named(String text) {
    return named(text, "");
  }

  /**
   * {@link #named(String)}, with the facts of the metals the text names by their element's name
   * ({@link MetalMentions}) after those of the grades (an element a named grade gives is left to the
   * grade), and the shares of the chemicals it names ({@link ChemicalShares}).
   *
   * @param language the text's language (how its numbers are written), or empty when not known
   * @throws NullPointerException when an argument is null
   */
  public Named named(String text, String language) {
    Objects.requireNonNull(language, "language");
    Set<String> given = new java.util.HashSet<>();
    List<Fact> facts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<Material> seen = new LinkedHashSet<>();
    for (LiteralPhrases.Match<Material> m : phrases.findIn(Objects.requireNonNull(text, "text"))) {
      Material material = m.value();
      if (!seen.add(material)) {
        continue;
      }
      names.add(material.designation());
      names.add(material.materialClass());
      String source = "nominal composition of " + material.designation() + " (" + material.source() + ")";
      given.addAll(material.composition().keySet());
      material.composition().forEach((symbol, percent) -> facts.add(new Fact(contentOf(symbol),
          Quantity.of(percent, Units.MASS_PERCENT), List.of(), FactOrigin.DERIVED, source, m.start(), m.end())));
      unlistedShare(material.composition()).ifPresent(share -> facts.add(new Fact(ElementContents.UNLISTED_ELEMENT_CONTENT,
          share > 0 ? QuantityRange.closed(Quantity.of(0, Units.MASS_PERCENT), Quantity.of(share, Units.MASS_PERCENT))
              : Quantity.of(0, Units.MASS_PERCENT),
          List.of(), FactOrigin.DERIVED, source + ": any element it does not list", m.start(), m.end())));
    }
    int before = facts.size();
    facts.addAll(metals.factsIn(text, language, given));
    facts.addAll(shares.factsIn(text, language));
    // a purity grade ("6N") speaks of the matter the text names; without a named metal or chemical it
    // is more likely a force in newtons
    if (PurityGrades.anyIn(text) && (!names.isEmpty() || facts.size() > before || shares.namesAnyIn(text))) {
      facts.addAll(PurityGrades.factsIn(text));
    }
    return new Named(facts, names);
  }

  /**
   * The composition of every material a text names, as facts: one content per element, in percent by
   * weight ({@link FactOrigin#DERIVED}, the source naming the designation and its standard), at the
   * place of the designation in the text. A text that names no designation gives none.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public List<Fact> factsIn(String text) {
    return named(text).facts();
  }

  /**
   * The most any one element a composition of elements does not list can make up: the share the
   * listed ones leave ({@code other=1.5}, or a nominal sum under 100), else the least share listed. A
   * composition standard lists every element it specifies, down to traces (0,02 % carbon); an element
   * it leaves out is a residual that stays under the least of them. Empty for a composition with
   * compounds (a glass given by its oxides holds silicon it does not list) or none.
   */
  static OptionalDouble unlistedShare(Map<String, Double> composition) {
    if (composition.isEmpty() || composition.keySet().stream().anyMatch(s -> !Elements.SYMBOLS.contains(s))) {
      return OptionalDouble.empty();
    }
    double sum = composition.values().stream().mapToDouble(Double::doubleValue).sum();
    double rest = Math.max(0, Math.round((100 - sum) * 1000) / 1000.0);
    double largest = composition.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    OptionalDouble least = composition.values().stream().mapToDouble(Double::doubleValue)
        .filter(v -> v > 0 && v < largest).min();
    // a pure metal lists one element: the others are what it leaves, nothing when it gives 100 %
    return OptionalDouble.of(rest > UNLISTED_TOLERANCE || least.isEmpty() ? rest : least.getAsDouble());
  }

  // a nominal composition's rounding: under this the listed shares count as making up the whole
  private static final double UNLISTED_TOLERANCE = 0.01;

  /** The parameter of the content of an element ("nickel content", {@link ElementContents}) or of a compound ("SiO2 content"). */
  static Parameter contentOf(String symbol) {
    if (Elements.SYMBOLS.contains(symbol)) {
      Optional<String> element = ElementContents.nameOfSymbol(symbol);
      if (element.isPresent()) {
        return ElementContents.contentOf(element.get());
      }
    }
    String name = Elements.name(symbol) + " content";
    return Parameters.lookup(name, Dimension.RATIO)
        .orElseGet(() -> new Parameter(name, Dimension.RATIO, "What is the " + name + " (percent by weight)?"));
  }

  static Map<String, Double> composition(String value) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (value.equals(KnowledgeRows.NONE) || value.isEmpty()) {
      return out;
    }
    String balance = null;
    double sum = 0;
    for (String part : value.split(";", -1)) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("composition part '" + p + "' is not Symbol=percent (in '" + value + "')");
      }
      String symbol = p.substring(0, eq).strip();
      String amount = p.substring(eq + 1).strip().replace("%", "").strip();
      if (symbol.equalsIgnoreCase("other") || symbol.equalsIgnoreCase("others")) {
        sum += percent(amount, value);
        continue;
      }
      if (!Elements.SYMBOLS.contains(symbol) && !Elements.isFormula(symbol)) {
        throw new IllegalArgumentException("'" + symbol + "' is no element symbol or formula (in '" + value + "')");
      }
      if (out.containsKey(symbol) || symbol.equals(balance)) {
        throw new IllegalArgumentException("element " + symbol + " given twice (in '" + value + "')");
      }
      if (amount.equalsIgnoreCase("bal") || amount.equalsIgnoreCase("balance") || amount.equalsIgnoreCase("rest")) {
        if (balance != null) {
          throw new IllegalArgumentException("two balance elements (in '" + value + "')");
        }
        balance = symbol;
        out.put(symbol, Double.NaN);
        continue;
      }
      double percent = percent(amount, value);
      out.put(symbol, percent);
      sum += percent;
    }
    if (sum > 100.5) {
      throw new IllegalArgumentException("the percentages add up to " + sum + " (in '" + value + "')");
    }
    if (balance != null) {
      out.put(balance, Math.round((100 - sum) * 100) / 100.0);
    }
    return out;
  }

  private static double percent(String amount, String whole) {
    try {
      String a = amount.replace(',', '.').replace('–', '-');
      int dash = a.indexOf('-', 1);
      double v = dash > 0 ? (Double.parseDouble(a.substring(0, dash)) + Double.parseDouble(a.substring(dash + 1))) / 2
          : Double.parseDouble(a.startsWith("<") || a.startsWith("≤") ? a.substring(1) : a);
      if (!(v >= 0 && v <= 100)) {
        throw new IllegalArgumentException("percent " + amount + " is outside 0-100 (in '" + whole + "')");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cannot read '" + amount + "' as a percent (in '" + whole + "')", e);
    }
  }

  @Override
  public String toString() {
    return "Materials[" + all.size() + "]";
  }
}
