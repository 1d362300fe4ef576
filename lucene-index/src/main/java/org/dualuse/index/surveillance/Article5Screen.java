package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.index.knowledge.DataLists;

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
 * <p>The rows are read and checked by {@link Article5Rules}; whether a kind is raised is decided by
 * {@link DeclaredIndicator#raise}. Immutable and thread-safe; {@link #standard()} is loaded once.
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

  private final Map<String, DeclaredIndicator> indicators;
  private final List<Article5Rules.Rule> rules;
  private final Map<String, Article5Rules.Lookalike> lookalikes;
  private final List<Article5Rules.Release> releases;
  private final DefinitionElements elements;
  /** The indicators that have no rule, so are raised by the elements alone, in declaration order. */
  private final List<DeclaredIndicator> byElementsAlone;
  /**
   * The cues of the rules and then of the releases, numbered in that order: a text's cues are located
   * once for both, and only the rules and releases one of whose first required group's cues occurs
   * are tried (most rules find nothing in most texts).
   */
  private final CueBook book;

  private Article5Screen(Article5Rules file, DefinitionElements elements) {
    this.indicators = file.indicators();
    this.rules = file.rules();
    this.lookalikes = file.lookalikes();
    this.releases = file.releases();
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
    return new Article5Screen(Article5Rules.read(reader, source), elements);
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
    Map<String, DeclaredIndicator.FiredRules> fired = new LinkedHashMap<>();
    BitSet possible = cues.mayFire();
    for (int r = possible.nextSetBit(0); r >= 0 && r < rules.size(); r = possible.nextSetBit(r + 1)) {
      Article5Rules.Rule rule = rules.get(r);
      Optional<List<List<String>>> hits = rule.cues().fireByGroup(productText, cues);
      if (hits.isPresent()) {
        DeclaredIndicator.FiredRules f = fired.computeIfAbsent(rule.indicator(), k -> new DeclaredIndicator.FiredRules());
        for (int g = 0; g < hits.get().size(); g++) {
          f.add(hits.get().get(g), rule.shows().get(rule.shows().size() == 1 ? 0 : g));
        }
      }
    }
    List<Article5Indicator> out = new ArrayList<>();
    for (DeclaredIndicator indicator : indicators.values()) {
      DeclaredIndicator.FiredRules f = fired.get(indicator.name());
      if (f != null) {
        f.raise(indicator, reading, lookalike).ifPresent(out::add);
      }
    }
    if (out.isEmpty()) {
      for (DeclaredIndicator indicator : byElementsAlone) {
        Optional<Article5Indicator> raised = indicator.raise(List.of(), Map.of(), reading, lookalike);
        raised.ifPresent(out::add);
        if (raised.isPresent()) {
          break;
        }
      }
    }
    return new Assessment(out, reading, lookalike);
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
      Article5Rules.Release release = releases.get(r - rules.size());
      Optional<List<String>> words = release.cues().fire(productText, cues);
      if (words.isPresent()) {
        Article5Rules.Lookalike l = lookalikes.get(release.lookalike());
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

  private static final class Standard {
    static final Article5Screen SCREEN = load();

    private static Article5Screen load() {
      InputStream in = Article5Screen.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + Article5Screen.class.getName());
      }
      return read(DataLists.declaredFile(in, RESOURCE), RESOURCE, DefinitionElements.standard());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Article5Screen[%d indicators, %d rules, %d look-alikes, %d releases]",
        indicators.size(), rules.size(), lookalikes.size(), releases.size());
  }
}
