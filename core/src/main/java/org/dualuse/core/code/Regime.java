package org.dualuse.core.code;

/**
 * The export-control regime an entry comes from, read off its number as the annex explains it:
 * 001–099 Wassenaar Arrangement, 100–199 MTCR, 200–299 NSG, 300–399 Australia Group,
 * 400–499 Chemical Weapons Convention, 500–599 entries the EU added on its own (2025: 3A501,
 * 4A506, ...). Category 0 is the NSG trigger list whatever the number.
 */
public enum Regime {
  WASSENAAR_ARRANGEMENT,
  MISSILE_TECHNOLOGY_CONTROL_REGIME,
  NUCLEAR_SUPPLIERS_GROUP,
  AUSTRALIA_GROUP,
  CHEMICAL_WEAPONS_CONVENTION,
  EU_ONLY,
  OTHER;

  static Regime of(Category category, int number) {
    if (category == Category.NUCLEAR) {
      return NUCLEAR_SUPPLIERS_GROUP;
    }
    return switch (number / 100) {
      case 0 -> WASSENAAR_ARRANGEMENT;
      case 1 -> MISSILE_TECHNOLOGY_CONTROL_REGIME;
      case 2 -> NUCLEAR_SUPPLIERS_GROUP;
      case 3 -> AUSTRALIA_GROUP;
      case 4 -> CHEMICAL_WEAPONS_CONVENTION;
      case 5 -> EU_ONLY;
      default -> OTHER;
    };
  }
}
