package org.dualuse.index.knowledge;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * The name of a kind of goods in one language, with the other names products of that kind are sold
 * under: synonyms, hyponyms, abbreviations, trade-name classes. Immutable.
 *
 * @param language ISO 639-1 code
 * @param subject the kind of goods, a short singular noun phrase ("thermal imaging camera")
 * @param otherNames the names products of the kind go by in that language; empty when none
 * @param source the annex wording or class of knowledge the row rests on
 * @param file the file it was read from
 * @param line its line number there
 */
public record SubjectName(String language, String subject, List<String> otherNames, String source, String file,
    int line) {
  public SubjectName {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    if (subject.isBlank()) {
      throw new DualUseException("a subject needs a name");
    }
    otherNames = List.copyOf(Objects.requireNonNull(otherNames, "otherNames"));
  }

  /** The subject and its other names, the subject first. */
  public List<String> allNames() {
    List<String> all = new java.util.ArrayList<>(otherNames.size() + 1);
    all.add(subject);
    all.addAll(otherNames);
    return List.copyOf(all);
  }
}
