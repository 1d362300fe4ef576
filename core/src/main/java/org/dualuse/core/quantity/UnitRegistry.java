package org.dualuse.core.quantity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables behind {@link Units}: each unit by its symbol and by every spelling of it, with the
 * lookups on them. A spelling is keyed by {@link Symbols#key} (spaces dropped, micro signs alike),
 * and also by that key in lower case, so that a lookup may ignore case where only one unit has the
 * spelling: "ghz" is GHz, but "mw" is both mW and MW.
 *
 * <p>Filled by {@link Units} during its class initialisation and only read after it, so the plain
 * maps need no locks: class initialisation publishes them to every thread.
 */
final class UnitRegistry {

  private final Map<String, Unit> bySymbol = new LinkedHashMap<>();
  private final Map<String, Unit> byKey = new HashMap<>();
  private final Map<String, Set<Unit>> byLowerKey = new HashMap<>();
  // spellings as written in text, spaces kept: the finder matches these
  private final Map<String, Unit> spellings = new LinkedHashMap<>();

  /**
   * Registers a unit under its symbol and its aliases.
   *
   * @throws IllegalStateException when the symbol is registered already, or a spelling names
   *     another unit: a spelling must name one unit
   */
  Unit define(Unit unit, String... aliases) {
    if (bySymbol.putIfAbsent(unit.symbol(), unit) != null) {
      throw new IllegalStateException("unit symbol registered twice: " + unit.symbol());
    }
    register(unit.symbol(), unit);
    for (String alias : aliases) {
      register(alias, unit);
    }
    return unit;
  }

  // the micro sign also stands for its Greek and ASCII spellings ("μm", "um")
  private void register(String spelling, Unit unit) {
    registerOne(spelling, unit);
    if (spelling.startsWith("µ")) {
      registerOne("u" + spelling.substring(1), unit);
    }
  }

  private void registerOne(String spelling, Unit unit) {
    String key = Symbols.key(spelling);
    Unit previous = byKey.putIfAbsent(key, unit);
    if (previous != null && !previous.equals(unit)) {
      throw new IllegalStateException("spelling '" + spelling + "' names both " + previous + " and " + unit);
    }
    byLowerKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(unit);
    spellings.put(spelling, unit);
  }

  /** Every registered unit, in the order of definition. */
  List<Unit> units() {
    return List.copyOf(bySymbol.values());
  }

  /**
   * The SI unit of every dimension.
   *
   * @throws IllegalStateException when a dimension's SI symbol names no SI unit of that dimension
   */
  Map<Dimension, Unit> siUnits() {
    Map<Dimension, Unit> si = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      Unit unit = bySymbol.get(d.siSymbol());
      if (unit == null || !unit.isSi() || unit.dimension() != d) {
        throw new IllegalStateException("no SI unit registered for " + d + ": " + d.siSymbol());
      }
      si.put(d, unit);
    }
    return Collections.unmodifiableMap(si);
  }

  /** The unit a spelling names exactly, or else ignoring case when only one unit has it that way. */
  Optional<Unit> lookup(String symbol) {
    String key = Symbols.key(symbol);
    Unit exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    Set<Unit> ignoringCase = byLowerKey.get(key.toLowerCase(Locale.ROOT));
    if (ignoringCase != null && ignoringCase.size() == 1) {
      return Optional.of(ignoringCase.iterator().next());
    }
    return Optional.empty();
  }

  /** Whether more than one unit has the spelling ignoring case. */
  boolean ambiguous(String symbol) {
    Set<Unit> units = byLowerKey.get(Symbols.key(symbol).toLowerCase(Locale.ROOT));
    return units != null && units.size() > 1;
  }

  /** Whether exactly one unit has the spelling ignoring case. */
  boolean isCaseInsensitiveUnique(String spelling) {
    Set<Unit> units = byLowerKey.get(Symbols.key(spelling).toLowerCase(Locale.ROOT));
    return units != null && units.size() == 1;
  }

  /** Spellings as they appear in text (spaces kept), in the order of definition. */
  Map<String, Unit> spellings() {
    return Collections.unmodifiableMap(spellings);
  }
}
