package org.dualuse.index.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * A material designation as written on products (a grade, a trade name, a material number) with the
 * nominal composition the annex's thresholds speak of. Immutable.
 *
 * @param designation as written ("Inconel 718", "Ti-6Al-4V", "1.4301")
 * @param language ISO 639-1 code of the designation's words
 * @param materialClass the kind of material ("nickel alloy", "maraging steel")
 * @param composition element symbol to nominal percent by weight, in file order
 * @param codes the nodes whose wording or thresholds concern this class of material; may be empty
 * @param source the standard or class of knowledge the row rests on
 * @param file the file it was read from
 * @param line its line number there
 */
public record Material(String designation, String language, String materialClass, Map<String, Double> composition,
    List<ControlCode> codes, String source, String file, int line) {
  public Material {
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(materialClass, "materialClass");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    composition = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(composition, "composition")));
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    if (designation.isBlank()) {
      throw new DualUseException("a material needs a designation");
    }
  }
}
