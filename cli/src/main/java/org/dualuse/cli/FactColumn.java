package org.dualuse.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dualuse.core.DualUseException;
import org.dualuse.core.criteria.FactFormatException;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;

/**
 * A column of a batch input whose values are facts: {@code PARAMETER=COLUMN[:UNIT]}, e.g.
 * {@code operating frequency=FREQ_GHZ:GHz}. A cell of the column states the parameter's value for
 * its row, as {@code classify --fact} would: a user-stated fact, which the classifier weighs before
 * any value it reads in the text.
 *
 * <p>With a unit, a cell that is a bare number or range ({@code 3.1}, {@code 3,1}, {@code 2.9-3.5},
 * {@code 1 200}) is read in that unit; a cell that writes its own unit ({@code 3100 MHz}) is read as
 * written. Without a unit every cell must write its own. An empty cell states nothing.
 *
 * @param parameter the parameter, as the vocabulary names it ({@code operating frequency} for
 *     {@code Frequenz} or {@code frequency})
 * @param column the column's header name, or the JSON field's name (compared without case)
 * @param unit the unit of bare numbers; empty when every cell writes its own
 */
public record FactColumn(Parameter parameter, String column, Optional<Unit> unit) {

  /** A number as ERP exports write it: sign, digits with grouping, decimal point or comma, exponent. */
  private static final String NUMBER = "[+\\-\u2212]?\\d+(?:[.,'\u00a0\u202f ]\\d+)*(?:[eE][+\\-]?\\d+)?";
  private static final Pattern BARE = Pattern.compile(
      NUMBER + "(?:\\s*(?:-|\u2013|\u2014|\\.\\.|\u2026|to|bis)\\s*" + NUMBER + ")?", Pattern.CASE_INSENSITIVE);

  /**
   * Reads {@code PARAMETER=COLUMN[:UNIT]}.
   *
   * @param spec the mapping as written
   * @param where where it was written, for messages ({@code --fact-column}, {@code map.txt: line 3})
   * @throws IllegalArgumentException naming {@code where} when there is no {@code =}, no column,
   *     the parameter is not in the vocabulary, the unit is unknown or of another dimension than
   *     the parameter
   */
  static FactColumn parse(String spec, String where) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(where + " " + DualUseException.quote(spec)
          + ": expected PARAMETER=COLUMN[:UNIT], e.g. \"operating frequency=FREQ_GHZ:GHz\"");
    }
    String name = spec.substring(0, eq).strip();
    String rest = spec.substring(eq + 1).strip();
    // the unit follows the last colon, so that a column name may hold one ("Char:Freq:GHz")
    int colon = rest.lastIndexOf(':');
    String column = colon < 0 ? rest : rest.substring(0, colon).strip();
    String unitSymbol = colon < 0 ? "" : rest.substring(colon + 1).strip();
    if (column.isEmpty()) {
      throw new IllegalArgumentException(where + " " + DualUseException.quote(spec) + ": no column named after '='");
    }
    Optional<Unit> unit = Optional.empty();
    if (!unitSymbol.isEmpty()) {
      unit = Units.lookup(unitSymbol);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException(where + " " + DualUseException.quote(spec) + ": unknown unit "
            + DualUseException.quote(unitSymbol) + " (write it as the annex does: GHz, dBm, W, nm, °C, bit, MS/s...)");
      }
    }
    Optional<Parameter> parameter = unit.isPresent()
        ? Parameters.lookup(name, unit.get().dimension()).or(() -> Parameters.lookup(name))
        : Parameters.lookup(name);
    if (parameter.isEmpty()) {
      throw new IllegalArgumentException(where + " " + DualUseException.quote(spec) + ": no parameter "
          + DualUseException.quote(name) + " in the vocabulary" + suggestions(name));
    }
    Parameter p = parameter.get();
    if (unit.isPresent() && unit.get().dimension() != p.dimension()) {
      throw new IllegalArgumentException(where + " " + DualUseException.quote(spec) + ": '" + p.name()
          + "' is a " + words(p.dimension().name()) + ", but " + unit.get().symbol() + " measures a "
          + words(unit.get().dimension().name()));
    }
    return new FactColumn(p, column, unit);
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Parameters sharing a word with the name, to help with a typo; empty when none does. */
  private static String suggestions(String name) {
    List<String> words = List.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    List<String> near = Parameters.all().stream().map(Parameter::name)
        .filter(n -> words.stream().anyMatch(w -> w.length() >= 3 && n.contains(w)))
        .limit(6).toList();
    return near.isEmpty() ? " (see the parameters in `dualuse show` criteria, e.g. operating frequency, output power, "
        + "wavelength, frame rate)" : " (did you mean: " + String.join(", ", near) + "?)";
  }

  /**
   * The fact a cell states: the value with this column's unit when the cell is a bare number or
   * range, else the cell as written.
   *
   * @param cell the cell, not blank
   * @throws FactFormatException when the value cannot be read as one value of the parameter's
   *     dimension, or is impossible (a negative power, a zero frequency)
   */
  String value(String cell) {
    String v = cell.strip();
    String value = unit.isPresent() && BARE.matcher(v).matches() ? v + " " + unit.get().symbol() : v;
    // the library's own reading, so that a value it would refuse costs the row, named by its column
    ProductFacts.of(Map.of(parameter.name(), value), "");
    return value;
  }

  /** How the mapping reads back: {@code operating frequency=FREQ_GHZ:GHz}. */
  @Override
  public String toString() {
    return parameter.name() + "=" + column + unit.map(u -> ":" + u.symbol()).orElse("");
  }
}
