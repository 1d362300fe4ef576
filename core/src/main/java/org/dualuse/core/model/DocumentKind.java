package org.dualuse.core.model;

/** The documents of a list besides its entries. */
public enum DocumentKind {
  GENERAL_NOTES,
  ACRONYMS,
  DEFINITIONS,
  GENERAL_TECHNOLOGY_NOTE,
  GENERAL_SOFTWARE_NOTE,
  INFORMATION_SECURITY_NOTE,
  NUCLEAR_TECHNOLOGY_NOTE,
  NUCLEAR_SOFTWARE_NOTE,
  /** Category 5 Part 2 Note 3: the release of mass-market items. */
  CRYPTOGRAPHY_NOTE,
  /** Notes at the head of a category or of a product group within it. */
  CATEGORY_NOTE,
  SECTION_NOTE,
  /** Articles of the Regulation (2, 4, 5) bundled with the list for the catch-all rules. */
  ARTICLE,
  OTHER
}
