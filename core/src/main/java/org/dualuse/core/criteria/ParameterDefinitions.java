package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dualuse.core.quantity.Dimension;

/**
 * The parameters one family of constants defines ({@link Parameters}, {@link PhysicalParameters},
 * {@link QualifiedParameters}), in the order of its constants, each with its English synonyms and,
 * for a parameter the annex names with a qualifier, the broader parameter that answers it.
 *
 * <p>A family only collects its definitions while its constants are initialised; {@link
 * ParameterVocabulary} registers the families in a fixed order afterwards, so the order in which
 * the JVM happens to initialise the family classes never changes which parameter a spelling names.
 * Filled during the class initialisation of its family and only read after it.
 */
final class ParameterDefinitions {

  /**
   * One parameter as its family defines it.
   *
   * @param parameter the parameter
   * @param synonyms its name first, then its English synonyms
   * @param broader the parameter whose facts answer it when no fact names it, null when none
   */
  record Definition(Parameter parameter, List<String> synonyms, Parameter broader) {}

  private final List<Definition> definitions = new ArrayList<>();

  /** A parameter with its English synonyms. */
  Parameter define(String name, Dimension dimension, String... synonyms) {
    return add(name, dimension, null, synonyms);
  }

  /** A parameter the annex names with a qualifier of {@code broader}'s quantity, answered by it when no fact names it. */
  Parameter qualifying(Parameter broader, String name, String... synonyms) {
    return add(name, broader.dimension(), broader, synonyms);
  }

  private Parameter add(String name, Dimension dimension, Parameter broader, String... synonyms) {
    Parameter p = new Parameter(name, dimension, "What is the " + name + "?");
    List<String> all = new ArrayList<>();
    all.add(name);
    Collections.addAll(all, synonyms);
    definitions.add(new Definition(p, List.copyOf(all), broader));
    return p;
  }

  /** The definitions so far, in the order of definition. */
  List<Definition> definitions() {
    return List.copyOf(definitions);
  }
}
