package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry's laws on a small table of its own, apart from the units {@link Units} defines. */
class UnitRegistryTest {

  private static final Unit MILLIWIDGET = Unit.linear("mWd", Dimension.POWER, 1e-3);
  private static final Unit MEGAWIDGET = Unit.linear("MWd", Dimension.POWER, 1e6);
  private static final Unit MICROWIDGET = Unit.linear("µWd", Dimension.POWER, 1e-6);

  private static UnitRegistry registry() {
    UnitRegistry r = new UnitRegistry();
    r.define(MILLIWIDGET, "milliwidget");
    r.define(MEGAWIDGET, "megawidget");
    r.define(MICROWIDGET);
    return r;
  }

  @Test
  void everySpellingLooksUpItsUnit() {
    UnitRegistry r = registry();
    for (Map.Entry<String, Unit> e : r.spellings().entrySet()) {
      assertEquals(Optional.of(e.getValue()), r.lookup(e.getKey()), e.getKey());
    }
  }

  @Test
  void caseIsIgnoredOnlyWhereOneUnitHasTheSpelling() {
    UnitRegistry r = registry();
    assertEquals(Optional.of(MILLIWIDGET), r.lookup("MILLIWIDGET"));
    assertEquals(Optional.empty(), r.lookup("mwd"));
    assertTrue(r.ambiguous("mwd"));
    assertFalse(r.isCaseInsensitiveUnique("mwd"));
    assertTrue(r.isCaseInsensitiveUnique("milliwidget"));
  }

  @Test
  void theMicroSignIsAlsoSpelledWithU() {
    assertEquals(Optional.of(MICROWIDGET), registry().lookup("uWd"));
  }

  @Test
  void spacesInASpellingAreIgnored() {
    assertEquals(Optional.of(MEGAWIDGET), registry().lookup("M Wd"));
  }

  @Test
  void aSpellingThatWouldNameTwoUnitsIsRefused() {
    UnitRegistry r = registry();
    Unit other = Unit.linear("Wd2", Dimension.POWER, 2);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.define(other, "milliwidget"));
    assertTrue(e.getMessage().contains("milliwidget"), e::getMessage);
  }

  @Test
  void aSymbolIsRegisteredOnce() {
    UnitRegistry r = registry();
    assertThrows(IllegalStateException.class, () -> r.define(Unit.linear("mWd", Dimension.POWER, 2e-3)));
  }

  @Test
  void unitsKeepTheOrderOfDefinition() {
    assertEquals(List.of(MILLIWIDGET, MEGAWIDGET, MICROWIDGET), registry().units());
  }

  @Test
  void aDimensionWithoutItsSiUnitIsAnError() {
    assertThrows(IllegalStateException.class, () -> registry().siUnits());
  }
}
