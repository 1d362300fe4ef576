package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.QuantityFinder;

/**
 * The typed facts about one product: from stated name=value pairs ("Psat" = "47.8 dBm") and from
 * the quantities of its text ("GaN MMIC PA 2.9–3.5 GHz, Psat 47.8 dBm" gives an operating frequency
 * range and a peak saturated output power).
 *
 * <p>In the text, a quantity takes the parameter the vocabulary names nearest to it within its
 * clause (the words between commas, semicolons, brackets or line ends; a short bracket without
 * digits right before the value is part of the name: "Ausgangsleistung (CW) 50 W"), before or after
 * it ("60 W peak saturated output power", "fractional bandwidth 19 %"); when words on both sides name different
 * parameters the farther one is kept as an alternative. A value no word names takes its dimension's
 * default parameter ("3 GHz" alone is an operating frequency) and says so in its origin; an unnamed
 * frequency below 1 GHz in a text about cameras, imagers, video or sensors ("thermal camera 640x512,
 * 30 Hz") keeps frame rate as an alternative, since such texts give frame rates bare. A frequency
 * range with no stated fractional bandwidth also yields the derived fractional bandwidth
 * {@code 2 (high - low) / (high + low)}; {@link DerivedFacts} lists the other quantities computed
 * from stated ones (energy density, specific strength and modulus, aggregate transceiver rate).
 *
 * <p>A value right after "at", "@" or "bei" that follows another value of its clause is the
 * condition that value was measured at ("noise 2 nV/√Hz at 1 kHz", "UTS 1 900 MPa at 20 °C"): it is
 * kept as a {@link FactOrigin#CONDITION} fact that answers no threshold. A radio frequency (1 MHz or
 * more) is the exception: the frequency a power or gain is measured at is one the product operates at
 * ("Psat 47 dBm at 3.1 GHz"), so it stays a fact of its own.
 *
 * <p>Some values are written without a unit: nominal sizes of pipes and valves ("DN 25", "NPS 1",
 * '1/2" NPT', {@link NominalSizes}) and counts by numeral or adjective ("zwei Achsen", "single-axis",
 * "three forming rollers", {@link CountWords}); they are read too. A German compound of a one-word
 * name names that name's parameter ("Messtiefe" a depth, {@link GermanCompounds}). Words that bound
 * a value ("bis", "up to", "max.", "jusqu'à", "fino a", "≤") may stand between the name and the
 * value: the value read is the stated maximum or minimum, with its name. Words that say the value
 * lies beyond the number ("over 2.5 MW", "mehr als", "plus de", "superiore a", "&gt;", "at least",
 * "less than", "2,5 MW ou plus") make the fact a {@linkplain Fact#bound() bound} ({@link ValueBounds}).
 * A length after a rating verb ("rated to 6 000 m", "ausgelegt für") in a text about underwater goods
 * is the depth it is rated to ({@link RatedValues}).
 *
 * <p>Numbers are read in the style of the text's language ({@link QuantityFinder#forLanguage}):
 * "2,400 kg" is 2 400 kg in English, "1.400 MWe" is 1 400 MWe in German; in a text of no known
 * language, in the annex's style.
 *
 * <p>{@link #answering(Parameter)} picks the facts that speak to a parameter: stated ones first,
 * then text ones naming it, then ones holding it as an alternative, then broader parameters that
 * answer it ({@link Parameters#answeredBy}). Immutable and thread-safe.
 *
 * <p>Its stages: {@link StatedFacts} (the stated pairs, checked), {@link TextFacts} (the text's
 * quantities, named within their {@link ValueClauses}) and {@link DerivedFacts}.
 */
public final class ProductFacts {
  public static final ProductFacts NONE = new ProductFacts(List.of());

  private final List<Fact> facts;
  /**
   * {@link #answering} by parameter, filled as asked: every entry a classification evaluates asks
   * the same product about the same few parameters, and each answer is a walk over all the facts.
   */
  private final Map<Parameter, List<Fact>> answeringByParameter;
  /**
   * For {@link #answers}, which every entry evaluated asks of every parameter it holds: by name, the
   * dimensions in which some fact (not a condition) names it as its parameter or an alternative; by
   * dimension, the names of the facts' own parameters (not of conditions). Built once, from the facts.
   */
  private final Map<String, Set<Dimension>> namedOrAlternative;
  private final Map<Dimension, Set<String>> namesByDimension;

  private ProductFacts(List<Fact> facts) {
    this.facts = List.copyOf(facts);
    this.answeringByParameter = this.facts.isEmpty() ? Map.of() : new ConcurrentHashMap<>();
    Map<String, Set<Dimension>> named = new HashMap<>();
    Map<Dimension, Set<String>> byDimension = new EnumMap<>(Dimension.class);
    for (Fact f : this.facts) {
      if (f.origin() == FactOrigin.CONDITION) {
        continue;
      }
      named.computeIfAbsent(f.parameter().name(), n -> EnumSet.noneOf(Dimension.class)).add(f.parameter().dimension());
      for (Parameter a : f.alternatives()) {
        named.computeIfAbsent(a.name(), n -> EnumSet.noneOf(Dimension.class)).add(a.dimension());
      }
      byDimension.computeIfAbsent(f.parameter().dimension(), d -> new HashSet<>()).add(f.parameter().name());
    }
    this.namedOrAlternative = named;
    this.namesByDimension = byDimension;
  }

  /** Exactly these facts. */
  public static ProductFacts of(List<Fact> facts) {
    Objects.requireNonNull(facts, "facts");
    return new ProductFacts(facts == null ? List.of() : facts);
  }

  /**
   * The facts stated as name=value pairs and those found in the text.
   *
   * @param stated parameter name or synonym to value with unit ("frame rate" to "60 Hz", "frequency"
   *     to "2.9-3.5 GHz"); may be empty
   * @param text the product's description; may be empty
   * @throws FactFormatException naming the fact when a stated value has no readable unit, its
   *     dimension does not fit the named parameter ("frequency" = "60 W"); an
   *     {@link ImpossibleFactException} when it is not a finite number, or negative or zero for a
   *     quantity that is a positive magnitude ("power" = "-5 W")
   */
  public static ProductFacts of(Map<String, String> stated, String text) {
    return of(stated, text, "");
  }

  /**
   * As {@link #of(Map, String)}, with the numbers of the text and of the stated values read in the
   * style of a language.
   *
   * @param language ISO 639-1 code of the text ("en", "de"), empty when not known
   * @throws NullPointerException when an argument is null
   */
  public static ProductFacts of(Map<String, String> stated, String text, String language) {
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(text, "text");
    QuantityFinder finder = QuantityFinder.forLanguage(Objects.requireNonNull(language, "language"));
    List<Fact> all = new ArrayList<>();
    stated.forEach((name, value) -> all.add(StatedFacts.read(name, value, finder)));
    all.addAll(TextFacts.read(text, finder));
    DerivedFacts.addTo(all, text);
    return new ProductFacts(all);
  }

  /** The facts found in a text. Never throws on any string: a text without values yields no facts. */
  public static ProductFacts fromText(String text) {
    return fromText(text, "");
  }

  /**
   * The facts found in a text of a language ({@code ""} when not known). Never throws on any text.
   *
   * @throws NullPointerException when an argument is null
   */
  public static ProductFacts fromText(String text, String language) {
    Objects.requireNonNull(text, "text");
    QuantityFinder finder = QuantityFinder.forLanguage(Objects.requireNonNull(language, "language"));
    List<Fact> all = new ArrayList<>(TextFacts.read(text, finder));
    DerivedFacts.addTo(all, text);
    return new ProductFacts(all);
  }

  /**
   * These facts followed by more, known from elsewhere (the composition of an alloy the text names
   * by its grade); the derived facts are not computed again.
   *
   * @throws NullPointerException when {@code more} is null
   */
  public ProductFacts plus(List<Fact> more) {
    Objects.requireNonNull(more, "more");
    if (more.isEmpty()) {
      return this;
    }
    List<Fact> all = new ArrayList<>(facts);
    all.addAll(more);
    return new ProductFacts(all);
  }

  /** Every fact, stated ones first, then text ones in order of position, then derived ones. */
  public List<Fact> all() {
    return facts;
  }

  public boolean isEmpty() {
    return facts.isEmpty();
  }

  /**
   * The facts that speak to {@code parameter}, from the best source that has any: stated facts
   * naming it; text facts naming it; facts holding it as an alternative; facts about a broader
   * parameter that answers it. Empty when none does.
   */
  public List<Fact> answering(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (facts.isEmpty()) {
      return List.of();
    }
    List<Fact> known = answeringByParameter.get(parameter);
    if (known == null) {
      known = answeringNow(parameter);
      answeringByParameter.put(parameter, known);
    }
    return known;
  }

  private List<Fact> answeringNow(Parameter parameter) {
    List<Fact> tier = select(f -> f.origin() == FactOrigin.STATED && same(f.parameter(), parameter));
    if (tier.isEmpty()) {
      tier = select(f -> f.origin() != FactOrigin.STATED && f.origin() != FactOrigin.CONDITION
          && same(f.parameter(), parameter));
    }
    if (tier.isEmpty()) {
      tier = select(f -> holdsAlternative(f, parameter));
    }
    if (tier.isEmpty()) {
      for (String broader : Parameters.answeredBy(parameter)) {
        tier = select(f -> f.origin() != FactOrigin.CONDITION && f.parameter().name().equals(broader)
            && f.parameter().dimension() == parameter.dimension());
        if (!tier.isEmpty()) {
          break;
        }
      }
    }
    return tier;
  }

  /**
   * Whether some fact speaks to {@code parameter}, that is whether {@link #answering} is non-empty;
   * cheaper, for asking about many parameters.
   */
  public boolean answers(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (facts.isEmpty()) {
      return false;
    }
    // as a walk over the facts would find: a fact (not a condition) naming it as its parameter or an
    // alternative, or one of its dimension whose parameter is a broader one that answers it; the
    // broader parameters are looked up only when a fact of the same dimension exists (most are not)
    Set<Dimension> named = namedOrAlternative.get(parameter.name());
    if (named != null && named.contains(parameter.dimension())) {
      return true;
    }
    Set<String> sameDimension = namesByDimension.get(parameter.dimension());
    if (sameDimension == null) {
      return false;
    }
    for (String broader : Parameters.answeredBy(parameter)) {
      if (sameDimension.contains(broader)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAlternative(Fact f, Parameter parameter) {
    if (f.origin() == FactOrigin.CONDITION) {
      return false;
    }
    for (Parameter a : f.alternatives()) {
      if (same(a, parameter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Parameter a, Parameter b) {
    return a.dimension() == b.dimension() && a.name().equals(b.name());
  }

  private List<Fact> select(Predicate<Fact> test) {
    // loops, not streams: called for every threshold a product's facts may answer
    List<Fact> out = null;
    for (Fact f : facts) {
      if (test.test(f)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(f);
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return facts.stream().map(Fact::describe).toList().toString();
  }
}
