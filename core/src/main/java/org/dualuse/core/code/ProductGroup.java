package org.dualuse.core.code;

/** The five product groups (the letter after the category digit). */
public enum ProductGroup {
  A("Systems, equipment and components"),
  B("Test, inspection and production equipment"),
  C("Materials"),
  D("Software"),
  E("Technology");

  private final String title;

  ProductGroup(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** True for D and E: the groups whose items are software or technology for the items of A to C. */
  public boolean isSoftwareOrTechnology() {
    return this == D || this == E;
  }

  /** The group of a letter A to E, or empty for any other character. */
  public static java.util.Optional<ProductGroup> of(char letter) {
    return letter >= 'A' && letter <= 'E'
        ? java.util.Optional.of(values()[letter - 'A'])
        : java.util.Optional.empty();
  }
}
