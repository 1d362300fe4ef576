package org.dualuse.core.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.quantity.Dimension;

/**
 * The tables behind {@link Parameters}: every parameter by its name and by every spelling of its
 * names, English and reviewed other-language ones, with the spellings of each dimension longest
 * first for the text matchers.
 *
 * <p>The families of constants are registered in a fixed order ({@link Parameters}, {@link
 * PhysicalParameters}, {@link QualifiedParameters}), each in the order of its constants, then the
 * names of {@link Parameters#NAMES_RESOURCE}; the first definition of a spelling wins, overall and
 * per dimension, so an English spelling keeps its parameter. Filled during class initialisation and
 * only read after it, so the plain maps need no locks: class initialisation publishes them.
 */
final class ParameterVocabulary {

  static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, Parameter> BY_SYNONYM = new LinkedHashMap<>();
  private static final Map<Parameter, List<String>> SYNONYMS = new LinkedHashMap<>();
  /** Every key a parameter's spellings are found by, in definition order: what a text is searched for. */
  private static final Map<Parameter, Collection<String>> SPELLING_KEYS = new LinkedHashMap<>();
  /** The reviewed names of other languages, by parameter and language, in the order of the file. */
  private static final Map<Parameter, Map<String, List<String>>> LOCAL_NAMES = new LinkedHashMap<>();
  /** The spelling keys of the German names that are one word of letters: the heads a compound may end with. */
  private static final Set<String> COMPOUND_HEADS = new HashSet<>();
  private static final Map<Dimension, List<Map.Entry<String, Parameter>>> SPELLINGS = new EnumMap<>(Dimension.class);
  /** Each parameter the annex names with a qualifier, with the broader parameter that answers it, in definition order. */
  static final Map<Parameter, Parameter> QUALIFIED = new LinkedHashMap<>();
  private static final Pattern QUOTE_OR_UNDERSCORE = Pattern.compile("[\"'‘’“”_]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static {
    for (List<ParameterDefinitions.Definition> family : List.of(Parameters.definitions(),
        PhysicalParameters.definitions(), QualifiedParameters.definitions())) {
      family.forEach(ParameterVocabulary::define);
    }
    addLocalNames();
    // every number of every provision looks its dimension's spellings up: build them once
    for (Dimension d : Dimension.values()) {
      SPELLINGS.put(d, spellingsOf(d));
    }
  }

  private ParameterVocabulary() {}

  private static void define(ParameterDefinitions.Definition definition) {
    Parameter p = definition.parameter();
    if (BY_NAME.putIfAbsent(p.name(), p) != null) {
      throw new IllegalStateException("parameter defined twice: " + p.name());
    }
    for (String s : definition.synonyms()) {
      register(p, s, "en");
    }
    SYNONYMS.put(p, definition.synonyms());
    if (definition.broader() != null) {
      QUALIFIED.put(p, definition.broader());
    }
  }

  /** Makes {@code spelling} of {@code language}, in every written form, a name of {@code p}. */
  private static void register(Parameter p, String spelling, String language) {
    Collection<String> keys = SPELLING_KEYS.computeIfAbsent(p, k -> new LinkedHashSet<>());
    for (String key : spellingKeys(spelling, language)) {
      // the first definition of a spelling wins, overall and per dimension
      BY_SYNONYM.putIfAbsent(key, p);
      BY_SYNONYM.putIfAbsent(key + "|" + p.dimension(), p);
      keys.add(key);
    }
  }

  /**
   * The keys a name of a language is found by: those of its written forms (a German adjective in
   * each ending) and of their transliterations ("wellenlänge" and "wellenlaenge"), see
   * {@link SpellingVariants}.
   */
  static Set<String> spellingKeys(String name, String language) {
    Set<String> keys = new LinkedHashSet<>();
    for (String form : SpellingVariants.writtenForms(name, language)) {
      String key = key(form);
      keys.add(key);
      keys.addAll(SpellingVariants.transliterations(key));
    }
    return keys;
  }

  /**
   * Adds the reviewed names of other languages than English, read after every English definition so
   * that an English spelling keeps its parameter.
   */
  private static void addLocalNames() {
    List<ParameterNameFile.ParameterName> rows = ParameterNameFile.readResource(Parameters.NAMES_RESOURCE,
        BY_NAME::get, (key, dimension) -> Optional.ofNullable(BY_SYNONYM.get(key + "|" + dimension)));
    for (ParameterNameFile.ParameterName row : rows) {
      register(row.parameter(), row.name(), row.language());
      List<String> all = new ArrayList<>(SYNONYMS.get(row.parameter()));
      all.add(row.name());
      SYNONYMS.put(row.parameter(), List.copyOf(all));
      LOCAL_NAMES.computeIfAbsent(row.parameter(), k -> new LinkedHashMap<>())
          .computeIfAbsent(row.language(), k -> new ArrayList<>()).add(row.name());
      if (row.language().equals("de") && row.name().chars().allMatch(Character::isLetter)) {
        COMPOUND_HEADS.addAll(spellingKeys(row.name(), row.language()));
      }
    }
  }

  /** Lower case, quotes and underscores as spaces, runs of spaces as one: how every spelling is keyed. */
  static String key(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return SPACES.matcher(QUOTE_OR_UNDERSCORE.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** The parameter a name or spelling denotes, empty when none does. */
  static Optional<Parameter> lookup(String nameOrSynonym) {
    String key = key(nameOrSynonym);
    Parameter p = BY_NAME.get(key);
    return Optional.ofNullable(p != null ? p : BY_SYNONYM.get(key));
  }

  /** The parameter of {@code dimension} a name or spelling denotes, empty when none does. */
  static Optional<Parameter> lookup(String nameOrSynonym, Dimension dimension) {
    String key = key(nameOrSynonym);
    Parameter p = BY_NAME.get(key);
    if (p != null && p.dimension() == dimension) {
      return Optional.of(p);
    }
    return Optional.ofNullable(BY_SYNONYM.get(key + "|" + dimension));
  }

  /** The reviewed names of a parameter in one language other than English, in the order of the names file. */
  static List<String> localNames(Parameter parameter, String language) {
    return List.copyOf(LOCAL_NAMES.getOrDefault(parameter, Map.of()).getOrDefault(language, List.of()));
  }

  /** A parameter's name, its English synonyms and its names in other languages; empty when it is not defined. */
  static List<String> synonyms(Parameter parameter) {
    return SYNONYMS.getOrDefault(parameter, List.of());
  }

  static boolean isCompoundHead(String key) {
    return COMPOUND_HEADS.contains(key);
  }

  static List<Map.Entry<String, Parameter>> spellings(Dimension dimension) {
    return SPELLINGS.get(dimension);
  }

  private static List<Map.Entry<String, Parameter>> spellingsOf(Dimension dimension) {
    List<Map.Entry<String, Parameter>> list = new ArrayList<>();
    SPELLING_KEYS.forEach((p, keys) -> {
      if (p.dimension() == dimension) {
        for (String k : keys) {
          list.add(Map.entry(k, p));
        }
      }
    });
    list.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    return List.copyOf(list);
  }
}
