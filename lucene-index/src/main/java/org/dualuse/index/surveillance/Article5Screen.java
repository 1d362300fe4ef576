package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.CyberSurveillanceElement;
import org.dualuse.core.classify.ElementEvidence;

/**
 * Screens the description of an item that is not in the list for signs that it may be a
 * cyber-surveillance item under Article 5 of Regulation (EU) 2021/821. The spine of the screen is the
 * definition of Article 2(20): items <em>specially designed</em> to enable the <em>covert</em>
 * surveillance of <em>natural persons</em> by <em>monitoring, extracting, collecting or analysing
 * data</em> from <em>information and telecommunication systems</em>. Each {@link Article5Indicator}
 * names the kind of item, the words that raised it, and which elements of the definition the text
 * shows (with the words that show each) and which it does not. The result is a due-diligence signal,
 * never a classification: see {@link #DISCLAIMER}.
 *
 * <p>How an indicator is raised, in order:
 *
 * <ol>
 *   <li>The text is read for the elements ({@link DefinitionElements}): the words that show each and
 *       the words that deny it ("with the user's consent", "anonymous").
 *   <li>The kinds of item of the Commission's guidance (Recommendation (EU) 2024/2659: interception,
 *       location tracking, intrusion and spyware, retained data, content inspection, device and
 *       account extraction, biometric identification, open-source profiling) have rules; a rule that
 *       fires names its trigger words and the elements they show by what they name ("IMSI catcher"
 *       shows subscriber identities taken from a telecommunication network).
 *   <li>A kind is raised only when the text shows every element the kind requires (data about
 *       persons, processed, from information or telecommunication systems; covertness too for
 *       extraction from devices and accounts), when neither covertness nor persons is denied, and
 *       when no look-alike holds it back: IT and network security, commercial network purposes,
 *       consent and own devices, counter-surveillance, development and test tools, video recording
 *       and access control, communications protection. Most look-alikes give way when the text says
 *       the monitoring is covert all the same, that the item is made for security authorities, or
 *       that it is aimed at chosen persons (suspects, activists); counter-surveillance never does.
 *   <li>When no kind is raised, the text is still flagged by the elements alone when it shows data
 *       about persons processed from information systems, and covertness ("covert monitoring of
 *       persons") or security-authority users ("monitoring of persons for security authorities").
 * </ol>
 *
 * <p>The rules are data ({@code article5-indicators.tsv} beside this class; its header documents the
 * format, and every row names its source). An element is shown by the words of the
 * {@code article2-20-elements.tsv} rows, or else by the trigger words of a fired rule that shows it;
 * a denial cancels the first, not the second: "anonymous" does not undo "IMSI catcher".
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

  private static final Set<CyberSurveillanceElement> ALL = EnumSet.allOf(CyberSurveillanceElement.class);

  private final Map<String, Indicator> indicators;
  private final List<Rule> rules;
  private final Map<String, Lookalike> lookalikes;
  private final List<Release> releases;
  private final DefinitionElements elements;
  /** The indicators that have no rule, so are raised by the elements alone, in declaration order. */
  private final List<Indicator> byElementsAlone;
  /**
   * The cues of the rules and then of the releases, numbered in that order: a text's cues are located
   * once for both, and only the rules and releases one of whose first required group's cues occurs
   * are tried (most rules find nothing in most texts).
   */
  private final CueBook book;

  private Article5Screen(Map<String, Indicator> indicators, List<Rule> rules, Map<String, Lookalike> lookalikes,
      List<Release> releases, DefinitionElements elements) {
    this.indicators = indicators;
    this.rules = rules;
    this.lookalikes = lookalikes;
    this.releases = releases;
    this.elements = elements;
    this.byElementsAlone = indicators.values().stream()
        .filter(i -> rules.stream().noneMatch(r -> r.indicator().equals(i.name()))).toList();
    List<List<CueGroup>> all = new ArrayList<>();
    rules.forEach(r -> all.add(r.cues().groups()));
    releases.forEach(r -> all.add(r.cues().groups()));
    this.book = new CueBook(all);
  }

  /** The screen with the bundled rules and element words. */
  public static Article5Screen standard() {
    return Standard.SCREEN;
  }

  /**
   * Reads rules in the format of the bundled file, with the bundled element words.
   *
   * @param reader the rows, UTF-8 text
   * @param source the name used in error messages (file or resource)
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static Article5Screen read(Reader reader, String source) {
    return read(reader, source, DefinitionElements.standard());
  }

  /**
   * Reads rules in the format of the bundled file, with these element words.
   *
   * @param reader the rows, UTF-8 text
   * @param source the name used in error messages (file or resource)
   * @param elements the words that show and deny the elements of Article 2(20)
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static Article5Screen read(Reader reader, String source, DefinitionElements elements) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(elements, "elements");
    Map<String, Indicator> indicators = new LinkedHashMap<>();
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
              new Indicator(name, elementSet(f[2], false), nonEmpty(f[3], "reason"), lineNo)) != null) {
            throw new IllegalArgumentException("indicator '" + name + "' is declared twice");
          }
        }
        case "rule" -> {
          expectColumns(f, 6, "rule<TAB>indicator<TAB>lang<TAB>shows<TAB>cues + cues ...<TAB>source");
          CueFileRows.source(f, 5);
          String name = f[1].strip();
          if (!indicators.containsKey(name)) {
            throw new IllegalArgumentException("rule for undeclared indicator '" + name + "'");
          }
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
          rules.add(new Rule(name, List.copyOf(shows), cues));
        }
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
          String name = f[1].strip();
          if (!lookalikes.containsKey(name)) {
            throw new IllegalArgumentException("release for undeclared look-alike '" + name + "'");
          }
          CueFileRows.languages(f[2]);
          releases.add(new Release(name, CueRule.parse(f[3], lineNo)));
        }
        default -> throw new IllegalArgumentException(
            "unknown row kind '" + f[0] + "' (expected indicator, rule, lookalike or release)");
      }
    });
    for (Indicator i : indicators.values()) {
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
    return new Article5Screen(Collections.unmodifiableMap(indicators), List.copyOf(rules),
        Collections.unmodifiableMap(lookalikes), List.copyOf(releases), elements);
  }

  /**
   * The indicators the text raises, in the order the indicators are declared. Empty when none.
   *
   * @param productText the description; null is treated as empty
   */
  public List<Article5Indicator> screen(String productText) {
    return screenOf(ProductText.of(productText));
  }

  /** As {@link #screen(String)}, on a text read once. */
  public List<Article5Indicator> screenOf(ProductText productText) {
    return assess(productText).indicators();
  }

  /**
   * The whole reading of a text: the indicators raised, the elements it shows and denies, and the
   * look-alike that holds indicators back, if one does.
   */
  public Assessment assess(ProductText productText) {
    Objects.requireNonNull(productText, "productText");
    return productText.assessedBy(this, this::read);
  }

  private Assessment read(ProductText productText) {
    DefinitionElements.Reading reading = elements.readOf(productText);
    CueBook.Reading cues = book.lookUp(productText);
    Optional<LookalikeMatch> lookalike = lookalikeOf(productText, cues);
    Map<String, Fired> fired = new LinkedHashMap<>();
    BitSet possible = cues.mayFire();
    for (int r = possible.nextSetBit(0); r >= 0 && r < rules.size(); r = possible.nextSetBit(r + 1)) {
      Rule rule = rules.get(r);
      Optional<List<List<String>>> hits = rule.cues().fireByGroup(productText, cues);
      if (hits.isPresent()) {
        Fired f = fired.computeIfAbsent(rule.indicator(), k -> new Fired());
        for (int g = 0; g < hits.get().size(); g++) {
          f.add(hits.get().get(g), rule.shows().get(rule.shows().size() == 1 ? 0 : g));
        }
      }
    }
    List<Article5Indicator> out = new ArrayList<>();
    for (Indicator indicator : indicators.values()) {
      Fired f = fired.get(indicator.name());
      if (f != null) {
        raise(indicator, f.triggers, f.shows, reading, lookalike).ifPresent(out::add);
      }
    }
    if (out.isEmpty()) {
      for (Indicator indicator : byElementsAlone) {
        Optional<Article5Indicator> raised = raise(indicator, List.of(), Map.of(), reading, lookalike);
        raised.ifPresent(out::add);
        if (raised.isPresent()) {
          break;
        }
      }
    }
    return new Assessment(out, reading, lookalike);
  }

  /**
   * The indicator, when the elements shown meet what it requires and nothing holds it back.
   *
   * @param shows per element, the trigger words of the fired rules that show it
   */
  private Optional<Article5Indicator> raise(Indicator indicator, List<String> triggers,
      Map<CyberSurveillanceElement, List<String>> shows, DefinitionElements.Reading reading,
      Optional<LookalikeMatch> lookalike) {
    Map<CyberSurveillanceElement, List<String>> effective = new EnumMap<>(CyberSurveillanceElement.class);
    for (CyberSurveillanceElement e : CyberSurveillanceElement.values()) {
      // the element's own words say it best; a rule's trigger words stand in where they are missing
      // or denied ("anonymous" cancels "individuals", not "IMSI catcher")
      List<String> words = reading.denied(e).isEmpty() ? reading.shown(e) : List.of();
      if (words.isEmpty()) {
        words = shows.getOrDefault(e, List.of());
      }
      if (!words.isEmpty()) {
        effective.put(e, words);
      }
    }
    if (!effective.keySet().containsAll(indicator.requires())) {
      return Optional.empty();
    }
    boolean covert = effective.containsKey(CyberSurveillanceElement.COVERT);
    if (!covert && !reading.denied(CyberSurveillanceElement.COVERT).isEmpty()) {
      return Optional.empty();
    }
    // a look-alike gives way where the text says the monitoring is covert, that the item is made for
    // security authorities, or that it is aimed at chosen persons (suspects, activists): none of these
    // is what protective or commercial products are
    boolean purpose = covert || effective.containsKey(CyberSurveillanceElement.SPECIALLY_DESIGNED)
        || !reading.targeted().isEmpty();
    if (lookalike.isPresent() && (lookalike.get().always() || !purpose)) {
      return Optional.empty();
    }
    List<ElementEvidence> evidence = new ArrayList<>();
    List<CyberSurveillanceElement> missing = new ArrayList<>();
    for (CyberSurveillanceElement e : ALL) {
      if (effective.containsKey(e)) {
        evidence.add(new ElementEvidence(e, effective.get(e)));
      } else {
        missing.add(e);
      }
    }
    List<String> words = triggers.isEmpty() ? elementWords(effective) : triggers;
    return Optional.of(new Article5Indicator(indicator.name(), words, indicator.reason(), evidence, missing));
  }

  /** The words of an indicator raised by the elements alone: those that show covertness and the data work. */
  private static List<String> elementWords(Map<CyberSurveillanceElement, List<String>> effective) {
    List<String> out = new ArrayList<>();
    for (CyberSurveillanceElement e : List.of(CyberSurveillanceElement.COVERT, CyberSurveillanceElement.DATA_PROCESSING)) {
      effective.getOrDefault(e, List.of()).stream().filter(w -> !out.contains(w)).forEach(out::add);
    }
    return out;
  }

  /**
   * The first look-alike whose release rule fires on the text, with the words that fired it; empty
   * when none does.
   */
  public Optional<LookalikeMatch> lookalikeOf(ProductText productText) {
    return lookalikeOf(productText, book.lookUp(Objects.requireNonNull(productText, "productText")));
  }

  private Optional<LookalikeMatch> lookalikeOf(ProductText productText, CueBook.Reading cues) {
    BitSet possible = cues.mayFire();
    for (int r = possible.nextSetBit(rules.size()); r >= 0; r = possible.nextSetBit(r + 1)) {
      Release release = releases.get(r - rules.size());
      Optional<List<String>> words = release.cues().fire(productText, cues);
      if (words.isPresent()) {
        Lookalike l = lookalikes.get(release.lookalike());
        return Optional.of(new LookalikeMatch(l.name(), l.always(), l.reason(), words.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The words that mark the text as a look-alike (a protective, commercial or consented product),
   * or empty.
   *
   * @deprecated the look-alike has a name and a reason: use {@link #lookalikeOf(ProductText)}
   */
  @Deprecated
  public Optional<String> protectiveContext(String productText) {
    return lookalikeOf(ProductText.of(productText)).map(m -> m.words().get(0));
  }

  /** The names of the indicators, in declaration order. */
  public List<String> indicatorNames() {
    return List.copyOf(indicators.keySet());
  }

  /** The names of the look-alikes, in declaration order. */
  public List<String> lookalikeNames() {
    return List.copyOf(lookalikes.keySet());
  }

  /**
   * What the screen made of a text.
   *
   * @param indicators the indicators raised, in declaration order
   * @param reading the elements of Article 2(20) the text shows and denies
   * @param lookalike the look-alike the text matches, if any (it held back every indicator it could)
   */
  public record Assessment(List<Article5Indicator> indicators, DefinitionElements.Reading reading,
      Optional<LookalikeMatch> lookalike) {
    public Assessment {
      indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(lookalike, "lookalike");
    }
  }

  /**
   * A look-alike found in a text.
   *
   * @param name its name, e.g. {@code IT and network security}
   * @param always true when it holds indicators back even where the text says the monitoring is covert
   * @param reason why such products are kept apart
   * @param words the words of the text that matched it
   */
  public record LookalikeMatch(String name, boolean always, String reason, List<String> words) {
    public LookalikeMatch {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
      words = List.copyOf(Objects.requireNonNull(words, "words"));
    }
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

  /** The rules of one indicator that fired on a text: their trigger words and what they show. */
  private static final class Fired {
    final List<String> triggers = new ArrayList<>();
    final Map<CyberSurveillanceElement, List<String>> shows = new EnumMap<>(CyberSurveillanceElement.class);

    void add(List<String> words, Set<CyberSurveillanceElement> elements) {
      // a word inside a trigger of an earlier rule ("IMSI" in "IMSI catcher") says nothing new
      words.stream().filter(w -> triggers.stream().noneMatch(t -> t.contains(w))).forEach(triggers::add);
      for (CyberSurveillanceElement e : elements) {
        List<String> into = shows.computeIfAbsent(e, k -> new ArrayList<>());
        words.stream().filter(w -> !into.contains(w)).forEach(into::add);
      }
    }
  }

  private record Indicator(String name, Set<CyberSurveillanceElement> requires, String reason, int line) {}

  /** A rule of an indicator; {@code shows} has one set for all its groups, or one per required group. */
  private record Rule(String indicator, List<Set<CyberSurveillanceElement>> shows, CueRule cues) {}

  private record Lookalike(String name, boolean always, String reason, int line) {}

  private record Release(String lookalike, CueRule cues) {}

  private static final class Standard {
    static final Article5Screen SCREEN = load();

    private static Article5Screen load() {
      InputStream in = Article5Screen.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + Article5Screen.class.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, DefinitionElements.standard());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Article5Screen[%d indicators, %d rules, %d look-alikes, %d releases]",
        indicators.size(), rules.size(), lookalikes.size(), releases.size());
  }
}
