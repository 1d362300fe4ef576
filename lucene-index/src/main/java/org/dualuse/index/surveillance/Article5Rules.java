package org.dualuse.index.surveillance;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.classify.CyberSurveillanceElement;

/**
 * The rows of a rule file of the Article 5 screen ({@link Article5Screen#RESOURCE}), read and checked
 * as a whole: every rule and release names a declared indicator or look-alike, an indicator without a
 * rule requires enough of the definition to be raised by the elements alone, and every look-alike has
 * a release rule. Immutable and thread-safe.
 *
 * @param indicators the indicators by name, in declaration order
 * @param rules the rules, in file order
 * @param lookalikes the look-alikes by name, in declaration order
 * @param releases the release rules of the look-alikes, in file order
 */
record Article5Rules(Map<String, DeclaredIndicator> indicators, List<Rule> rules, Map<String, Lookalike> lookalikes,
    List<Release> releases) {

  /** A rule of an indicator; {@code shows} has one set for all its groups, or one per required group. */
  record Rule(String indicator, List<Set<CyberSurveillanceElement>> shows, CueRule cues) {}

  /** A kind of product that resembles surveillance items and is kept apart from them. */
  record Lookalike(String name, boolean always, String reason, int line) {}

  /** The cues that show a text is of a look-alike. */
  record Release(String lookalike, CueRule cues) {}

  /**
   * Reads the rows: {@code indicator}, {@code rule}, {@code lookalike} and {@code release}, as the
   * bundled file's header documents them.
   *
   * @throws CueFileFormatException naming the source and line of the first bad row
   */
  static Article5Rules read(Reader reader, String source) {
    Map<String, DeclaredIndicator> indicators = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    Map<String, Lookalike> lookalikes = new LinkedHashMap<>();
    List<Release> releases = new ArrayList<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      switch (f[0].strip()) {
        case "indicator" -> {
          expectColumns(f, 5, "indicator<TAB>name<TAB>requires<TAB>reason<TAB>source");
          CueFileRows.source(f, 4);
          String name = nonEmpty(f[1], "indicator name");
          if (indicators.putIfAbsent(name,
              new DeclaredIndicator(name, elementSet(f[2], false), nonEmpty(f[3], "reason"), lineNo)) != null) {
            throw new IllegalArgumentException("indicator '" + name + "' is declared twice");
          }
        }
        case "rule" -> rules.add(rule(f, lineNo, indicators));
        case "lookalike" -> {
          expectColumns(f, 5, "lookalike<TAB>name<TAB>always|unless covert<TAB>reason<TAB>source");
          CueFileRows.source(f, 4);
          String name = nonEmpty(f[1], "look-alike name");
          boolean always = switch (f[2].strip()) {
            case "always" -> true;
            case "unless covert" -> false;
            default -> throw new IllegalArgumentException("strength must be 'always' or 'unless covert', was '" + f[2] + "'");
          };
          if (lookalikes.putIfAbsent(name, new Lookalike(name, always, nonEmpty(f[3], "reason"), lineNo)) != null) {
            throw new IllegalArgumentException("look-alike '" + name + "' is declared twice");
          }
        }
        case "release" -> {
          expectColumns(f, 5, "release<TAB>lookalike<TAB>lang<TAB>cues + cues ...<TAB>source");
          CueFileRows.source(f, 4);
          String name = declared(f[1], lookalikes, "release for undeclared look-alike");
          CueFileRows.languages(f[2]);
          releases.add(new Release(name, CueRule.parse(f[3], lineNo)));
        }
        default -> throw new IllegalArgumentException(
            "unknown row kind '" + f[0] + "' (expected indicator, rule, lookalike or release)");
      }
    });
    checkWhole(source, indicators, rules, lookalikes, releases);
    return new Article5Rules(Collections.unmodifiableMap(indicators), List.copyOf(rules),
        Collections.unmodifiableMap(lookalikes), List.copyOf(releases));
  }

  private static Rule rule(String[] f, int lineNo, Map<String, DeclaredIndicator> indicators) {
    expectColumns(f, 6, "rule<TAB>indicator<TAB>lang<TAB>shows<TAB>cues + cues ...<TAB>source");
    CueFileRows.source(f, 5);
    String name = declared(f[1], indicators, "rule for undeclared indicator");
    CueFileRows.languages(f[2]);
    CueRule cues = CueRule.parse(f[4], lineNo);
    List<Set<CyberSurveillanceElement>> shows = new ArrayList<>();
    for (String part : f[3].split("\\+")) {
      shows.add(elementSet(part, true));
    }
    if (shows.size() != 1 && shows.size() != cues.requiredGroups()) {
      throw new IllegalArgumentException("'shows' has " + shows.size() + " parts for " + cues.requiredGroups()
          + " required groups: give one set for all, or one per required group");
    }
    return new Rule(name, List.copyOf(shows), cues);
  }

  /** The checks that need every row: they name the line of the declaration at fault. */
  private static void checkWhole(String source, Map<String, DeclaredIndicator> indicators, List<Rule> rules,
      Map<String, Lookalike> lookalikes, List<Release> releases) {
    for (DeclaredIndicator i : indicators.values()) {
      boolean hasRule = rules.stream().anyMatch(r -> r.indicator().equals(i.name()));
      boolean core = i.requires().containsAll(EnumSet.of(CyberSurveillanceElement.NATURAL_PERSONS,
          CyberSurveillanceElement.DATA_PROCESSING, CyberSurveillanceElement.ICT_SYSTEMS));
      boolean purpose = i.requires().contains(CyberSurveillanceElement.COVERT)
          || i.requires().contains(CyberSurveillanceElement.SPECIALLY_DESIGNED);
      if (!hasRule && !(core && purpose)) {
        throw new CueFileFormatException(source, i.line(), "indicator '" + i.name() + "' has no rule, so it is raised by "
            + "the elements alone and must require NATURAL_PERSONS, DATA_PROCESSING, ICT_SYSTEMS and COVERT or "
            + "SPECIALLY_DESIGNED");
      }
    }
    for (Lookalike l : lookalikes.values()) {
      if (releases.stream().noneMatch(r -> r.lookalike().equals(l.name()))) {
        throw new CueFileFormatException(source, l.line(), "look-alike '" + l.name() + "' has no release rule");
      }
    }
  }

  /** The name in the column, which an earlier row must have declared: a rule or release names what it serves. */
  private static String declared(String column, Map<String, ?> declarations, String undeclared) {
    String name = column.strip();
    if (!declarations.containsKey(name)) {
      throw new IllegalArgumentException(undeclared + " '" + name + "'");
    }
    return name;
  }

  private static Set<CyberSurveillanceElement> elementSet(String column, boolean dashIsNone) {
    String c = column.strip();
    if (dashIsNone && c.equals("-")) {
      return EnumSet.noneOf(CyberSurveillanceElement.class);
    }
    Set<CyberSurveillanceElement> out = EnumSet.noneOf(CyberSurveillanceElement.class);
    for (String name : c.split(",")) {
      out.add(DefinitionElements.element(name));
    }
    return out;
  }

  private static void expectColumns(String[] f, int n, String format) {
    if (f.length != n) {
      throw new IllegalArgumentException("expected " + n + " TAB-separated columns (" + format + "), found " + f.length);
    }
  }

  private static String nonEmpty(String s, String what) {
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return s.strip();
  }
}
