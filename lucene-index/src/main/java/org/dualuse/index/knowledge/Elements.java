package org.dualuse.index.knowledge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The chemical elements by symbol, and the English names of those alloys are made of. */
final class Elements {

  static final Set<String> SYMBOLS = Set.of("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al",
      "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge",
      "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn",
      "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er",
      "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn",
      "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr");

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("Ni", "nickel"), Map.entry("Cr", "chromium"), Map.entry("Mo", "molybdenum"), Map.entry("Fe", "iron"),
      Map.entry("W", "tungsten"), Map.entry("Co", "cobalt"), Map.entry("Ti", "titanium"), Map.entry("Al", "aluminium"),
      Map.entry("V", "vanadium"), Map.entry("Zr", "zirconium"), Map.entry("Nb", "niobium"), Map.entry("Ta", "tantalum"),
      Map.entry("Cu", "copper"), Map.entry("Mn", "manganese"), Map.entry("Si", "silicon"), Map.entry("C", "carbon"),
      Map.entry("Zn", "zinc"), Map.entry("Mg", "magnesium"), Map.entry("Be", "beryllium"), Map.entry("Sn", "tin"),
      Map.entry("Hf", "hafnium"), Map.entry("Re", "rhenium"), Map.entry("N", "nitrogen"), Map.entry("B", "boron"),
      Map.entry("Li", "lithium"), Map.entry("Ag", "silver"), Map.entry("Pb", "lead"), Map.entry("Y", "yttrium"),
      Map.entry("Sc", "scandium"), Map.entry("U", "uranium"), Map.entry("Pu", "plutonium"), Map.entry("Th", "thorium"),
      Map.entry("Ga", "gallium"), Map.entry("Ge", "germanium"), Map.entry("S", "sulphur"), Map.entry("P", "phosphorus"),
      Map.entry("O", "oxygen"), Map.entry("Pt", "platinum"), Map.entry("Pd", "palladium"), Map.entry("Au", "gold"),
      Map.entry("Ru", "ruthenium"), Map.entry("Ir", "iridium"), Map.entry("Bi", "bismuth"), Map.entry("Cd", "cadmium"),
      Map.entry("Sm", "samarium"), Map.entry("Nd", "neodymium"), Map.entry("Dy", "dysprosium"), Map.entry("Ce", "cerium"),
      Map.entry("La", "lanthanum"), Map.entry("Ca", "calcium"), Map.entry("Sb", "antimony"), Map.entry("In", "indium"));

  private static final java.util.regex.Pattern FORMULA_PART = java.util.regex.Pattern.compile("([A-Z][a-z]?)[0-9]*");

  private Elements() {}

  /** Whether a string is a formula of element symbols ("SiO2", "B2O3", "Na2O+K2O"). */
  static boolean isFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (String part : s.split("\\+", -1)) {
      java.util.regex.Matcher m = FORMULA_PART.matcher(part);
      int at = 0;
      while (m.find() && m.start() == at) {
        if (!SYMBOLS.contains(m.group(1))) {
          return false;
        }
        at = m.end();
      }
      if (at == 0 || at != part.length()) {
        return false;
      }
    }
    return true;
  }

  /** The English name of an element ("nickel" for "Ni"), or the symbol when it has none here. */
  static String name(String symbol) {
    return Optional.ofNullable(NAMES.get(symbol)).orElse(symbol);
  }
}
