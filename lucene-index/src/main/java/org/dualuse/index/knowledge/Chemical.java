package org.dualuse.index.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * A chemical the list names, with its CAS number and its names. Immutable.
 *
 * @param code the most specific node naming it
 * @param cas its CAS registry number, check digit verified; empty when none exists (a class of
 *     substances, a mixture)
 * @param nameEn the English name (as the annex writes it)
 * @param nameDe the German name
 * @param synonyms other names, abbreviations and trade names in any language
 * @param source the annex wording or class of knowledge the row rests on
 * @param file the file it was read from
 * @param line its line number there
 */
public record Chemical(ControlCode code, Optional<String> cas, String nameEn, String nameDe, List<String> synonyms,
    String source, String file, int line) {
  public Chemical {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(cas, "cas");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nameDe, "nameDe");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    synonyms = List.copyOf(Objects.requireNonNull(synonyms, "synonyms"));
    if (cas.isPresent() && !CasNumber.isValid(cas.get())) {
      throw new DualUseException("'" + cas.get() + "' is no valid CAS number (form NNNNNNN-NN-N, check digit)");
    }
  }
}
