package org.dualuse.index.knowledge;

import java.util.Set;
import org.dualuse.core.criteria.ElementContents;

/** The chemical elements by symbol, and the formulas made of them. */
final class Elements {

  static final Set<String> SYMBOLS = Set.of("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al",
      "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge",
      "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn",
      "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er",
      "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn",
      "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr");

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

  /** The English name of an element ("nickel" for "Ni", see {@link ElementContents}), or the symbol when it has none. */
  static String name(String symbol) {
    return ElementContents.nameOfSymbol(symbol).orElse(symbol);
  }
}
