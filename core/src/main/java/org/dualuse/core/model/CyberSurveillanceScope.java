package org.dualuse.core.model;

/**
 * How a node of the list stands to the cyber-surveillance items of Article 2(20) of Regulation (EU)
 * 2021/821 ("dual-use items specially designed to enable the covert surveillance of natural persons by
 * monitoring, extracting, collecting or analysing data from information and telecommunication
 * systems").
 *
 * <p>A yes/no flag cannot say that software for "equipment specified in 5A001" serves interception
 * equipment and shortwave radios alike, nor that a jammer sits under the interception heading without
 * monitoring anyone; the scope says which of these a node is. {@link #flagged()} is the old yes/no
 * reading: the node is a cyber-surveillance item or covers some.
 */
public enum CyberSurveillanceScope {

  /** The node is a cyber-surveillance item: interception equipment, intrusion tooling, monitoring-centre software... */
  IS_ITEM("is a cyber-surveillance item"),

  /**
   * Software or technology whose text covers cyber-surveillance items among other items
   * ({@code 5D001.a}: software for equipment specified in 5A001, which holds 5A001.f and 5A001.j and
   * much else); whether a product under it is one depends on the product.
   */
  COVERS("covers cyber-surveillance items among others"),

  /**
   * Listed under a cyber-surveillance heading, but its own text names no monitoring, extraction,
   * collection or analysis of data about persons (the jammers and the RF monitoring equipment grouped
   * under 5A001.f): the narrower flag.
   */
  GROUPED_WITH("grouped with cyber-surveillance items, not one itself"),

  /** Neither a cyber-surveillance item nor software or technology that covers one. */
  NONE("not a cyber-surveillance item");

  private final String description;

  CyberSurveillanceScope(String description) {
    this.description = description;
  }

  /** A few words for reports: "covers cyber-surveillance items among others". */
  public String description() {
    return description;
  }

  /** True for {@link #IS_ITEM} and {@link #COVERS}: what a yes/no cyber-surveillance flag means. */
  public boolean flagged() {
    return this == IS_ITEM || this == COVERS;
  }
}
