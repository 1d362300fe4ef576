package org.dualuse.core.criteria;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.quantity.Dimension;

/**
 * The content of a chemical element in a material, as a parameter: "nickel content", in percent by
 * weight. One place names these parameters, so that a threshold the annex writes on an element
 * ("more than 60 % nickel by weight") and a fact a material's nominal composition gives ("1.4404:
 * nickel 11 %") meet by name.
 *
 * <p>Element names are the English ones the annex writes, British spellings canonical ("aluminium",
 * "sulphur", "caesium"); the American spellings are read as the same element. Immutable and
 * thread-safe.
 */
public final class ElementContents {

  /**
   * The share of any one element a material's nominal composition does not list: it answers an
   * element's content when nothing names that element (see {@link Parameters#answeredBy}), so that
   * a named material whose composition leaves an element out is known to hold little of it.
   */
  public static final Parameter UNLISTED_ELEMENT_CONTENT = new Parameter("unlisted element content", Dimension.RATIO,
      "What is the content of the element (percent by weight)?");

  private static final String SUFFIX = " content";

  // symbol, then the canonical English name
  private static final String[][] ELEMENTS = {
      {"H", "hydrogen"}, {"He", "helium"}, {"Li", "lithium"}, {"Be", "beryllium"}, {"B", "boron"}, {"C", "carbon"},
      {"N", "nitrogen"}, {"O", "oxygen"}, {"F", "fluorine"}, {"Ne", "neon"}, {"Na", "sodium"}, {"Mg", "magnesium"},
      {"Al", "aluminium"}, {"Si", "silicon"}, {"P", "phosphorus"}, {"S", "sulphur"}, {"Cl", "chlorine"},
      {"Ar", "argon"}, {"K", "potassium"}, {"Ca", "calcium"}, {"Sc", "scandium"}, {"Ti", "titanium"},
      {"V", "vanadium"}, {"Cr", "chromium"}, {"Mn", "manganese"}, {"Fe", "iron"}, {"Co", "cobalt"}, {"Ni", "nickel"},
      {"Cu", "copper"}, {"Zn", "zinc"}, {"Ga", "gallium"}, {"Ge", "germanium"}, {"As", "arsenic"},
      {"Se", "selenium"}, {"Br", "bromine"}, {"Kr", "krypton"}, {"Rb", "rubidium"}, {"Sr", "strontium"},
      {"Y", "yttrium"}, {"Zr", "zirconium"}, {"Nb", "niobium"}, {"Mo", "molybdenum"}, {"Tc", "technetium"},
      {"Ru", "ruthenium"}, {"Rh", "rhodium"}, {"Pd", "palladium"}, {"Ag", "silver"}, {"Cd", "cadmium"},
      {"In", "indium"}, {"Sn", "tin"}, {"Sb", "antimony"}, {"Te", "tellurium"}, {"I", "iodine"}, {"Xe", "xenon"},
      {"Cs", "caesium"}, {"Ba", "barium"}, {"La", "lanthanum"}, {"Ce", "cerium"}, {"Pr", "praseodymium"},
      {"Nd", "neodymium"}, {"Pm", "promethium"}, {"Sm", "samarium"}, {"Eu", "europium"}, {"Gd", "gadolinium"},
      {"Tb", "terbium"}, {"Dy", "dysprosium"}, {"Ho", "holmium"}, {"Er", "erbium"}, {"Tm", "thulium"},
      {"Yb", "ytterbium"}, {"Lu", "lutetium"}, {"Hf", "hafnium"}, {"Ta", "tantalum"}, {"W", "tungsten"},
      {"Re", "rhenium"}, {"Os", "osmium"}, {"Ir", "iridium"}, {"Pt", "platinum"}, {"Au", "gold"}, {"Hg", "mercury"},
      {"Tl", "thallium"}, {"Pb", "lead"}, {"Bi", "bismuth"}, {"Po", "polonium"}, {"At", "astatine"}, {"Rn", "radon"},
      {"Fr", "francium"}, {"Ra", "radium"}, {"Ac", "actinium"}, {"Th", "thorium"}, {"Pa", "protactinium"},
      {"U", "uranium"}, {"Np", "neptunium"}, {"Pu", "plutonium"}, {"Am", "americium"}, {"Cm", "curium"}};

  private static final Map<String, String> BY_SYMBOL = new HashMap<>();
  private static final Map<String, String> BY_WORD = new HashMap<>();

  static {
    for (String[] e : ELEMENTS) {
      BY_SYMBOL.put(e[0], e[1]);
      BY_WORD.put(e[1], e[1]);
    }
    BY_WORD.put("aluminum", "aluminium");
    BY_WORD.put("sulfur", "sulphur");
    BY_WORD.put("cesium", "caesium");
  }

  private ElementContents() {}

  /**
   * The canonical English name of the element {@code symbol} stands for ("nickel" for "Ni"); empty
   * for a string that is no element symbol (symbols are case-sensitive: "Co" is cobalt, "CO" none).
   */
  public static Optional<String> nameOfSymbol(String symbol) {
    return Optional.ofNullable(BY_SYMBOL.get(Objects.requireNonNull(symbol, "symbol")));
  }

  /**
   * The canonical name of the element a word names, in any case and either spelling ("Aluminum"
   * gives "aluminium"); empty when the word names no element.
   */
  public static Optional<String> element(String word) {
    return Optional.ofNullable(BY_WORD.get(Objects.requireNonNull(word, "word").toLowerCase(Locale.ROOT)));
  }

  /**
   * The parameter of an element's content, percent by weight: "nickel content" for "nickel" or
   * "Nickel". The vocabulary's own definition when it has one of that name.
   *
   * @throws DualUseException when {@code element} names no element
   */
  public static Parameter contentOf(String element) {
    String name = element(Objects.requireNonNull(element, "element"))
        .orElseThrow(() -> new DualUseException("not the name of a chemical element: " + DualUseException.quote(element)))
        + SUFFIX;
    return Parameters.lookup(name, Dimension.RATIO)
        .filter(p -> p.name().equals(name))
        .orElseGet(() -> new Parameter(name, Dimension.RATIO, "What is the " + name + " (percent by weight)?"));
  }

  /** The element whose content {@code parameter} is ("nickel" for "nickel content"); empty for any other parameter. */
  public static Optional<String> elementOf(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    String name = parameter.name();
    if (parameter.dimension() != Dimension.RATIO || !name.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String element = name.substring(0, name.length() - SUFFIX.length());
    return Optional.ofNullable(BY_SYMBOL.containsValue(element) ? element : null);
  }
}
