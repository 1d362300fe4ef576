package org.dualuse.core.code;

import org.dualuse.core.DualUseException;

/** The ten categories of Annex I, by their digit. */
public enum Category {
  NUCLEAR(0, "Nuclear materials, facilities and equipment"),
  MATERIALS(1, "Special materials and related equipment"),
  MATERIALS_PROCESSING(2, "Materials processing"),
  ELECTRONICS(3, "Electronics"),
  COMPUTERS(4, "Computers"),
  TELECOMMUNICATIONS_AND_INFORMATION_SECURITY(5, "Telecommunications and \"information security\""),
  SENSORS_AND_LASERS(6, "Sensors and lasers"),
  NAVIGATION_AND_AVIONICS(7, "Navigation and avionics"),
  MARINE(8, "Marine"),
  AEROSPACE_AND_PROPULSION(9, "Aerospace and propulsion");

  private final int digit;
  private final String title;

  Category(int digit, String title) {
    this.digit = digit;
    this.title = title;
  }

  public int digit() {
    return digit;
  }

  /** The category's title as the annex heads it. */
  public String title() {
    return title;
  }

  /** The category of a digit 0 to 9. */
  public static Category of(int digit) {
    if (digit < 0 || digit > 9) {
      throw new DualUseException("category digit must be 0 to 9, was " + digit);
    }
    return values()[digit];
  }
}
