package org.dualuse.index.knowledge;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dualuse.core.code.ControlCode;

/**
 * What a node of a list is about: the kind of goods it controls, named in each language. For a
 * software (D) or technology (E) node it is the goods the software or technology is for. Immutable.
 *
 * @param code the node the names were written for (a node without a row of its own inherits this
 *     subject from its nearest ancestor that has one)
 * @param names the names by language, in key order
 */
public record Subject(ControlCode code, Map<String, SubjectName> names) {
  public Subject {
    Objects.requireNonNull(code, "code");
    names = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(names, "names")));
  }

  /** The names in a language, if the row has them. */
  public Optional<SubjectName> in(String language) {
    return Optional.ofNullable(names.get(Objects.requireNonNull(language, "language")));
  }

  /** The English subject, or the first language's when there is no English row. */
  public String english() {
    SubjectName en = names.get("en");
    return en != null ? en.subject() : names.values().iterator().next().subject();
  }

  /** Whether the node is software or technology for these goods (a D or E code) rather than the goods. */
  public boolean isSoftwareOrTechnology() {
    return code.group().isSoftwareOrTechnology();
  }
}
