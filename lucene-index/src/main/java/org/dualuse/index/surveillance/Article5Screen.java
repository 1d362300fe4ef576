package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dualuse.core.classify.Article5Indicator;

/**
 * Screens the description of an item that is not in the list for signs that it may be a
 * cyber-surveillance item under Article 5 of Regulation (EU) 2021/821 (items specially designed to
 * enable the covert surveillance of natural persons by monitoring, extracting, collecting or
 * analysing data from information and telecommunication systems). Each {@link Article5Indicator}
 * names the signal, the words of the text that raised it and a one-line reason. The result is a
 * due-diligence signal, never a classification: see {@link #DISCLAIMER}.
 *
 * <p>The rules are data ({@code article5-indicators.tsv} beside this class; its header documents
 * the format). A rule is a conjunction of cue groups matched on word boundaries, case-insensitively,
 * by stem (see {@link Cue}). Rules are <em>strong</em> or <em>weak</em>. A protective or commercial
 * context (firewall, antivirus, intrusion detection, backup, authorised penetration testing,
 * marketing, QoS ...) suppresses weak rules, so that security products do not raise indicators on
 * their own words ("inspects traffic", "exploit"); strong rules (spyware, lawful interception,
 * "covertly", "without the knowledge of the user") raise whatever the context.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class Article5Screen {

  /** What every caller must say beside the indicators. */
  public static final String DISCLAIMER =
      "Article 5 indicators are a due-diligence signal, not a classification: the item is not listed "
          + "in Annex I, and an authorisation is required only if the exporter is informed, or aware, "
          + "that it is or may be intended for internal repression or serious violations of human "
          + "rights (Article 5 of Regulation (EU) 2021/821).";

  /** The bundled rules, relative to this class. */
  public static final String RESOURCE = "article5-indicators.tsv";

  private final Map<String, Indicator> indicators;
  private final List<Rule> rules;
  private final List<CueGroup> protectiveContext;
  /** Per indicator in declaration order, the places of its rules in {@link #rules}: what a screen walks. */
  private final List<Map.Entry<String, int[]>> rulesByIndicator;
  /**
   * The rules in file order, by the cues of their first required group: a rule whose group can find
   * nothing in a text cannot fire, and most rules find nothing in most texts.
   */
  private final CueIndex ruleIndex;
  /** The protective context groups by their cues, likewise. */
  private final CueIndex contextIndex;

  private Article5Screen(Map<String, Indicator> indicators, List<Rule> rules, List<CueGroup> context) {
    this.indicators = indicators;
    this.rules = rules;
    this.protectiveContext = context;
    List<Map.Entry<String, int[]>> byIndicator = new ArrayList<>();
    for (String name : indicators.keySet()) {
      byIndicator.add(Map.entry(name,
          IntStream.range(0, rules.size()).filter(k -> rules.get(k).indicator().equals(name)).toArray()));
    }
    this.rulesByIndicator = List.copyOf(byIndicator);
    this.ruleIndex = new CueIndex(rules.stream()
        .map(r -> r.cues().groups().stream().filter(g -> !g.negated()).findFirst().orElseThrow().cues())
        .toList());
    this.contextIndex = new CueIndex(context.stream().map(CueGroup::cues).toList());
  }

  /** The screen with the bundled rules. */
  public static Article5Screen standard() {
    return Standard.SCREEN;
  }

  /**
   * Reads rules in the format of the bundled file.
   *
   * @param reader the rows, UTF-8 text
   * @param source the name used in error messages (file or resource)
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static Article5Screen read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    List<CueGroup> context = new ArrayList<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      switch (f[0].strip()) {
        case "indicator" -> {
          expectColumns(f, 4, "indicator<TAB>name<TAB>reason<TAB>source");
          CueFileRows.source(f, 3);
          String name = nonEmpty(f[1], "indicator name");
          if (indicators.putIfAbsent(name, new Indicator(name, nonEmpty(f[2], "reason"), lineNo)) != null) {
            throw new IllegalArgumentException("indicator '" + name + "' is declared twice");
          }
        }
        case "rule" -> {
          expectColumns(f, 6, "rule<TAB>indicator<TAB>strong|weak<TAB>lang<TAB>cues + cues ...<TAB>source");
          CueFileRows.source(f, 5);
          String name = f[1].strip();
          if (!indicators.containsKey(name)) {
            throw new IllegalArgumentException("rule for undeclared indicator '" + name + "'");
          }
          boolean strong = switch (f[2].strip()) {
            case "strong" -> true;
            case "weak" -> false;
            default -> throw new IllegalArgumentException("strength must be strong or weak, was '" + f[2] + "'");
          };
          checkLanguages(f[3]);
          rules.add(new Rule(name, strong, CueRule.parse(f[4], lineNo)));
        }
        case "context" -> {
          expectColumns(f, 5, "context<TAB>label<TAB>lang<TAB>cue|cue|...<TAB>source");
          CueFileRows.source(f, 4);
          nonEmpty(f[1], "context label");
          checkLanguages(f[2]);
          CueGroup group = CueGroup.parse(f[3]);
          if (group.negated()) {
            throw new IllegalArgumentException("a context cannot be negated");
          }
          context.add(group);
        }
        default -> throw new IllegalArgumentException(
            "unknown row kind '" + f[0] + "' (expected indicator, rule or context)");
      }
    });
    for (Indicator i : indicators.values()) {
      if (rules.stream().noneMatch(r -> r.indicator().equals(i.name()))) {
        throw new CueFileFormatException(source, i.line(), "indicator '" + i.name() + "' has no rule");
      }
    }
    return new Article5Screen(Collections.unmodifiableMap(indicators), List.copyOf(rules), List.copyOf(context));
  }

  /**
   * The indicators the text raises, in the order the indicators are declared; each lists its
   * triggering words once, in the order of the rules. Empty when none, or when only weak rules fire
   * in a protective context.
   *
   * @param productText the description; null is treated as empty
   */
  public List<Article5Indicator> screen(String productText) {
    return screenOf(ProductText.of(productText));
  }

  /** As {@link #screen(String)}, on a text read once. */
  public List<Article5Indicator> screenOf(ProductText productText) {
    boolean protective = protectiveContextOf(productText).isPresent();
    BitSet possible = ruleIndex.possible(productText);
    if (possible.isEmpty()) {
      return new ArrayList<>();
    }
    Map<String, List<String>> raised = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : rulesByIndicator) {
      String name = e.getKey();
      for (int r : e.getValue()) {
        Rule rule = rules.get(r);
        if ((protective && !rule.strong()) || !possible.get(r)) {
          continue;
        }
        rule.cues().fire(productText).ifPresent(triggers -> {
          List<String> all = raised.computeIfAbsent(name, k -> new ArrayList<>());
          triggers.stream().filter(t -> !all.contains(t)).forEach(all::add);
        });
      }
    }
    List<Article5Indicator> out = new ArrayList<>();
    raised.forEach((name, triggers) ->
        out.add(new Article5Indicator(name, triggers, indicators.get(name).reason())));
    return out;
  }

  /** The words that mark the text as a protective or commercial product, or empty. */
  public Optional<String> protectiveContext(String productText) {
    return protectiveContextOf(ProductText.of(productText));
  }

  /** As {@link #protectiveContext(String)}, on a text read once. */
  public Optional<String> protectiveContextOf(ProductText productText) {
    BitSet possible = contextIndex.possible(productText);
    for (int i = possible.nextSetBit(0); i >= 0; i = possible.nextSetBit(i + 1)) {
      List<String> hits = protectiveContext.get(i).findAllIn(productText);
      if (!hits.isEmpty()) {
        return Optional.of(hits.get(0));
      }
    }
    return Optional.empty();
  }

  /** The names of the indicators, in declaration order. */
  public List<String> indicatorNames() {
    return List.copyOf(indicators.keySet());
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

  private static void checkLanguages(String langs) {
    for (String lang : langs.split(",")) {
      if (!lang.strip().matches("[a-z]{2}")) {
        throw new IllegalArgumentException("language must be ISO 639-1 codes separated by commas, was '" + langs + "'");
      }
    }
  }

  private record Indicator(String name, String reason, int line) {}

  private record Rule(String indicator, boolean strong, CueRule cues) {}

  private static final class Standard {
    static final Article5Screen SCREEN = load();

    private static Article5Screen load() {
      InputStream in = Article5Screen.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + Article5Screen.class.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Article5Screen[%d indicators, %d rules, %d contexts]",
        indicators.size(), rules.size(), protectiveContext.size());
  }
}
