package org.dualuse.core.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * The units one family of constants defines ({@link Units}, {@link TechnicalUnits}, {@link
 * AnnexUnits}), in the order of its constants, each with its aliases.
 *
 * <p>A family only collects its definitions while its constants are initialised; {@link Units}
 * registers the families in a fixed order afterwards, so the order in which the JVM happens to
 * initialise the family classes never changes the registry. Filled during the class initialisation of
 * its family and only read after it.
 */
final class UnitDefinitions {

  /**
   * One unit as its family defines it.
   *
   * @param unit the unit, with its canonical symbol
   * @param aliases its other spellings
   */
  record Definition(Unit unit, List<String> aliases) {}

  private final List<Definition> definitions = new ArrayList<>();

  /** Records {@code unit} with its aliases and returns it. */
  Unit define(Unit unit, String... aliases) {
    definitions.add(new Definition(unit, List.of(aliases)));
    return unit;
  }

  /** The definitions so far, in the order of definition. */
  List<Definition> definitions() {
    return List.copyOf(definitions);
  }
}
