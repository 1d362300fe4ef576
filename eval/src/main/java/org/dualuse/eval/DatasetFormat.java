package org.dualuse.eval;

import java.util.Locale;
import java.util.Objects;

/** The file formats {@link DatasetReader} reads. */
public enum DatasetFormat {
  /**
   * The project's own JSON Lines format (see DESIGN): one object a line with {@code text} and
   * {@code expected} required; {@code id}, {@code facts}, {@code cyberSurveillance}, {@code list},
   * {@code lang}, {@code kind}, {@code rationale}, {@code style} optional, and {@code split}
   * ({@code tune} or {@code check}, see {@link Split}) for a split corpus; unknown fields ignored.
   */
  DUALUSE,
  /**
   * The external CommodityBench file as published: JSON Lines with {@code #} comment lines and the
   * fields {@code description}, {@code gold_eccn} (a US ECCN), {@code id}, {@code category}; the US
   * label is mapped to Annex I by {@link EccnMapping}.
   */
  COMMODITYBENCH;

  /**
   * The format of a command-line name, {@code dualuse} or {@code commoditybench}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted names
   * @throws NullPointerException when {@code name} is null
   */
  public static DatasetFormat of(String name) {
    Objects.requireNonNull(name, "name");
    for (DatasetFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown dataset format '" + name + "' (expected dualuse or commoditybench)");
  }

  /** The command-line name: {@code dualuse} or {@code commoditybench}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
