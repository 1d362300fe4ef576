package org.dualuse.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.DeferredList;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.criteria.ImpossibleFactException;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Reference;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.ProductType;
import org.dualuse.index.knowledge.SubjectMention;
import org.dualuse.index.knowledge.Subjects;
import org.dualuse.index.surveillance.Article5Screen;
import org.dualuse.index.surveillance.CyberSurveillanceItems;
import org.dualuse.index.surveillance.CyberSurveillanceNotes;
import org.dualuse.index.surveillance.ProductText;

/**
 * Classifies products against one list by combining full-text retrieval over a {@link ListIndex},
 * the parameter evaluation of the product's facts, and the list's notes.
 *
 * <p>How a product is classified:
 *
 * <ol>
 *   <li>The text is analyzed (numbers and units left out, negated words kept apart) and the index
 *       returns the best {@value #RETRIEVED} nodes; a code written in the text and a vocabulary phrase
 *       found whole lift their nodes.
 *   <li>A description of software or technology moves to the D or E nodes that refer to the
 *       equipment found (by its code, its product group such as "7A", or "goods specified in this
 *       Category"), and D/E nodes lose weight for goods.
 *   <li>Each node is checked: a word of its own text that the product text negates ("not radiation
 *       hardened") weakens it, and so does a word the product names that the node's own text
 *       excludes by "non-" ("Non-rubidium"; such a node is not descended to on that word either); a
 *       decontrol note whose distinctive words the text has, a parametric exclusion the facts meet,
 *       or a general note (Cryptography Note, General Software and Technology Notes) releases it;
 *       criteria the facts contradict fail it, and so do thresholds the facts speak to when every
 *       one of them fails on a value the text names or the user states and none is met: features
 *       that no fact can decide (or that are taken as met) do not keep such a node listed, while a
 *       value no word names is a guess at its parameter and contradicts nothing; an N.B. whose words
 *       the text has sends the product to the node it names.
 *   <li>Nodes are aggregated to their entries: per entry the best node, moved down to the deepest
 *       descendant the parameters match or, step by step, to the child whose own words (its text,
 *       the nodes it refers to, its vocabulary) add most to what the text matched. Entries rank by
 *       score, ties in code order; the best {@value #ENTRIES_CHECKED} entries are checked and at most
 *       {@value #MAX_CANDIDATES} are kept.
 *   <li>The decision rests on the best candidate that is not released, failed or excluded. Its
 *       {@link DecisionFeature}s (how much of the text's word weight its indexed words cover, a
 *       vocabulary name or the code or a substance of it named, whether the text names its kind of
 *       goods or another kind or a look-alike, criteria met or open, whether a released node fits the
 *       text far better, its margin over the next candidate...; never the text's length) go into a
 *       logistic {@link DecisionModel} fitted on the tune half of the team's corpus, which gives the
 *       probability that the product is listed: the classification's confidence. At or above the
 *       model's threshold (0.5, the Bayes decision for a calibrated probability when a miss and a
 *       false alarm count alike; see {@code FitDecisionModel}) it is
 *       LISTED when the candidate's criteria hold or it has none, NEEDS_FACTS when only missing facts
 *       can decide (the facts are asked as questions), and NOT_LISTED below it. The explanation names
 *       the features that moved the odds most. No weight or threshold is placed by hand: see {@link
 *       DecisionModel} and {@code benchmarks/README.md} for the fitting and its figures.
 *   <li>For a product not listed, or whose listing waits on facts, the Article 5 screen adds its
 *       indicators; for a listed one, the
 *       cyber-surveillance flag says how the node it rests on and the text stand to the
 *       cyber-surveillance items of Article 2(20) ({@link CyberSurveillanceItems#flagOf}).
 * </ol>
 *
 * <p>Deterministic (the same product gives the same classification; ties broken by code order) and
 * thread-safe: one instance serves all threads.
 */
public final class HybridClassifier implements Classifier {

  static final int RETRIEVED = 40;
  /** A released node "outshines" a candidate that scored under this share of it before the checks. */
  static final double DOMINANCE = 0.5;
  /** A word's weight is its idf capped at this share of the idf of a word found in one node. */
  private static final double IDF_CAP_SHARE = 0.8;
  /** A word the list does not have weighs this share of the idf of a word found in one node. */
  private static final double UNKNOWN_WORD_SHARE = 0.33;
  static final int MAX_CANDIDATES = 10;
  private static final int ENTRIES_CHECKED = 16;
  private static final double NEGATED_FACTOR = 0.3;
  private static final double RELEASED_FACTOR = 0.25;
  private static final double FAILED_FACTOR = 0.3;
  private static final double MATCH_FACTOR = 1.5;
  private static final double OFF_GROUP_FACTOR = 0.4;
  private static final double GOODS_FOR_SOFTWARE_FACTOR = 0.35;
  private static final double DERIVED_FACTOR = 0.9;
  private static final double REDIRECT_FACTOR = 1.1;

  /** Phrases that say the product is software or technology rather than goods; analyzed at start. */
  private static final List<String> SOFTWARE_PHRASES = List.of(
      "software", "firmware", "source code", "object code", "sdk", "software licence", "software license",
      "Software", "Quellcode",
      // French and Italian: the same words in the languages of EU material masters
      "logiciel", "micrologiciel", "code source", "codice sorgente");
  private static final List<String> TECHNOLOGY_PHRASES = List.of(
      "technology", "know-how", "technical data", "design data", "technical documentation",
      "design documentation", "manufacturing data", "development data", "production data",
      "technical training", "technical assistance", "data transfer",
      "Technologie", "Konstruktionsdaten", "technische Unterlagen",
      "Entwicklungsunterlagen", "Fertigungsunterlagen", "Konstruktionsunterlagen", "technische Dokumentation",
      "technische Schulung", "savoir-faire", "documentation technique", "données de conception", "formation technique",
      "tecnologia", "documentazione tecnica", "dati di progetto", "formazione tecnica");

  private final ListIndex index;
  private final ProductConstraints constraints;
  private final ControlList list;
  private final ParameterSide parameters;
  private final ReleaseNotes releaseNotes;
  private final Article5Screen article5;
  private final CyberSurveillanceNotes surveillanceNotes;
  private final CyberSurveillanceItems surveillanceItems;
  private final Subjects subjects;
  /**
   * Per name of a chemical that a materials node controls (the knowledge files' names, synonyms and
   * translations), the nodes it names: a text that gives the name identifies the substance, as a
   * CAS number does.
   */
  private final Map<String, List<ControlCode>> chemicalNames = new HashMap<>();
  /** Per node, the codes its text or an ancestor's within its entry names outside notes ({@link #incorporates}). */
  private final Map<ControlCode, List<ControlCode>> partsNamed;
  private final DecisionModel decisionModel;
  private final List<List<String>> softwarePhrases;
  private final List<List<String>> technologyPhrases;
  private final Map<ControlCode, List<ControlCode>> softwareFor = new HashMap<>();
  private final Map<ControlCode, List<ControlCode>> technologyFor = new HashMap<>();
  private final Map<String, List<ControlCode>> groupUsers = new HashMap<>();
  /**
   * Per node whose own text excludes words by "non-" ("Non-rubidium"), those words; computed at
   * construction, since every classification asks about dozens of nodes and few nodes have any.
   */
  private final Map<ControlCode, Set<String>> excludedWords = new HashMap<>();
  private static final Pattern NON_PREFIX = Pattern.compile("(?i)\\bnon-[\"'“]?([\\p{L}][\\p{L}-]*)");
  private static final Pattern THIS_CATEGORY = Pattern.compile("\\bspecified in this Category\\b");
  private static final Pattern GROUP_REFERENCE = Pattern.compile("(?<![0-9A-Za-z.])([0-9])([A-E])(?![0-9A-Za-z])");

  /**
   * A classifier over an index that the caller owns (and closes).
   *
   * @param index the index of the list to classify against
   */
  public HybridClassifier(ListIndex index) {
    this(index, ProductConstraints.defaults());
  }

  /**
   * A classifier over an index that the caller owns (and closes), with these limits on products.
   *
   * @param index the index of the list to classify against
   * @param constraints the limits a product must keep (text length)
   */
  public HybridClassifier(ListIndex index, ProductConstraints constraints) {
    // the grades a text names give the compositions the annex's content thresholds speak of
    this(index, new ParameterReportSide(Objects.requireNonNull(index, "index").list(),
        Knowledge.standard().materials()::factsIn), constraints);
  }

  HybridClassifier(ListIndex index, ParameterSide parameters, ProductConstraints constraints) {
    this(index, parameters, constraints, DecisionModel.standard(), null);
  }

  /**
   * A classifier over an index that the caller owns (and closes), with these limits on products and
   * this decision model instead of the bundled one (for research: a model fitted on other data).
   *
   * @param index the index of the list to classify against
   * @param constraints the limits a product must keep (text length)
   * @param decisionModel the model that turns a candidate's features into the decision
   */
  public HybridClassifier(ListIndex index, ProductConstraints constraints, DecisionModel decisionModel) {
    this(index, new ParameterReportSide(Objects.requireNonNull(index, "index").list(),
        Knowledge.standard().materials()::factsIn), constraints, Objects.requireNonNull(decisionModel, "decisionModel"),
        null);
  }

  /** @param releaseNotes the list's release notes read already, or null to read them now */
  private HybridClassifier(ListIndex index, ParameterSide parameters, ProductConstraints constraints,
      DecisionModel decisionModel, ReleaseNotes releaseNotes) {
    this.index = Objects.requireNonNull(index, "index");
    this.decisionModel = Objects.requireNonNull(decisionModel, "decisionModel");
    this.subjects = Knowledge.standard().subjects();
    for (org.dualuse.index.knowledge.Pointer p : Knowledge.standard().pointers(index.list())) {
      if (Vocabulary.isIdentity(p)) {
        chemicalNames.computeIfAbsent(p.phrase(), k -> new ArrayList<>()).addAll(p.codes());
      }
    }
    // a reviewed name ("Flusssäure", a translation) of materials nodes that each name a substance by
    // its CAS number names that substance, as the knowledge files' chemical names do
    for (Vocabulary.Mapping m : index.vocabulary().mappings()) {
      if (m.strength() == Vocabulary.Strength.HINT && m.codes().stream().allMatch(this::namesOneSubstance)) {
        List<ControlCode> codes = chemicalNames.computeIfAbsent(m.phrase(), k -> new ArrayList<>());
        m.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
      }
    }
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.list = index.list();
    this.partsNamed = partsNamedBy(list);
    this.parameters = parameters;
    ListAnalyzer analyzer = new ListAnalyzer();
    this.releaseNotes = releaseNotes != null ? releaseNotes : new ReleaseNotes(list, analyzer);
    this.article5 = Article5Screen.standard();
    this.surveillanceNotes = CyberSurveillanceNotes.standard();
    this.surveillanceItems = CyberSurveillanceItems.standard();
    this.softwarePhrases = SOFTWARE_PHRASES.stream().map(analyzer::terms).filter(t -> !t.isEmpty()).toList();
    this.technologyPhrases = TECHNOLOGY_PHRASES.stream().map(analyzer::terms).filter(t -> !t.isEmpty()).toList();
    for (ControlNode node : list.allNodes()) {
      Set<String> excluded = exclusionsOf(node.text());
      if (!excluded.isEmpty()) {
        excludedWords.put(node.code(), excluded);
      }
    }
    for (ControlNode node : list.allNodes()) {
      ProductGroup g = node.code().group();
      if (g != ProductGroup.D && g != ProductGroup.E) {
        continue;
      }
      Map<ControlCode, List<ControlCode>> into = g == ProductGroup.D ? softwareFor : technologyFor;
      for (Reference r : node.references()) {
        if (!r.fromNote() && r.target().group() != ProductGroup.D && r.target().group() != ProductGroup.E) {
          addUser(into, r.target(), node.code());
        }
      }
      // "equipment specified in 7A or 7B": a whole product group of the category
      Matcher m = GROUP_REFERENCE.matcher(node.text());
      while (m.find()) {
        ProductGroup target = ProductGroup.valueOf(m.group(2));
        if (target != ProductGroup.D && target != ProductGroup.E) {
          addGroupUser(m.group(1) + target.name(), node.code());
        }
      }
      // "goods specified in this Category": every goods group of the node's own category
      if (THIS_CATEGORY.matcher(node.text()).find()) {
        for (ProductGroup goods : List.of(ProductGroup.A, ProductGroup.B, ProductGroup.C)) {
          addGroupUser(node.code().category().digit() + goods.name(), node.code());
        }
      }
    }
  }

  /** A classifier with an in-memory index of the list, built now. */
  public static HybridClassifier of(ControlList list) {
    return of(list, ProductConstraints.defaults());
  }

  /**
   * A classifier with an in-memory index of the list (the bundled one when it is current, see
   * {@link ListIndex#inMemory}), with these limits on products.
   *
   * <p>The list's release notes, the standard screens and the knowledge files (the compositions of
   * alloy grades, as {@link #HybridClassifier(ListIndex, ProductConstraints)} uses them) are read on a
   * second thread while the index is read: on a fresh JVM each is mostly class loading and interpreted
   * analysis, and a second core takes one of them.
   */
  public static HybridClassifier of(ControlList list, ProductConstraints constraints) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(constraints, "constraints");
    FutureTask<ReleaseNotes> notes = new FutureTask<>(() -> {
      DecisionModel.standard();
      Article5Screen.standard();
      CyberSurveillanceNotes.standard();
      CyberSurveillanceItems.standard();
      Knowledge.standard();
      return new ReleaseNotes(list, new ListAnalyzer());
    });
    Thread reading = new Thread(notes, "dualuse-release-notes");
    reading.setDaemon(true);
    reading.start();
    ListIndex index = ListIndex.inMemory(list);
    ReleaseNotes releaseNotes;
    try {
      releaseNotes = notes.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the release notes of " + list.id(), e);
    } catch (ExecutionException e) {
      // the failures are those of the same calls on this thread (a malformed data file the module ships)
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
    // the grades a text names give the compositions the annex's content thresholds speak of
    return new HybridClassifier(index, new ParameterReportSide(list, Knowledge.standard().materials()::factsIn),
        constraints, DecisionModel.standard(), releaseNotes);
  }

  /** The limits this classifier puts on products. */
  public ProductConstraints constraints() {
    return constraints;
  }

  /** The index this classifier searches. */
  public ListIndex index() {
    return index;
  }

  @Override
  public String listId() {
    return list.id();
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException when {@code product} is null
   * @throws InvalidProductException when the product's text has no usable words or is longer than
   *     {@link #constraints()} allow
   * @throws ImpossibleFactException when a stated fact gives an impossible value (a negative power);
   *     a fact that cannot be read is left out and named in the explanation
   */
  @Override
  public Classification classify(Product product) {
    return decide(product, rank(product));
  }

  /**
   * The features the decision of a product rests on: those of the best candidate that no note
   * releases, no fact fails and no "non-" excludes; empty when there is none. For fitting a
   * {@link DecisionModel} and for research; {@link #classify} computes the same.
   *
   * @throws NullPointerException when {@code product} is null
   * @throws InvalidProductException as {@link #classify} does
   */
  public Optional<DecisionFeatures> decisionFeatures(Product product) {
    Ranking r = rank(product);
    List<Scored> shown = r.ranked.subList(0, Math.min(MAX_CANDIDATES, r.ranked.size()));
    Scored best = firstViable(shown);
    return best == null ? Optional.empty() : Optional.of(featuresOf(best, shown, r));
  }

  /** What the ranking of a product found, for the decision. */
  private record Ranking(AnalyzedText text, ProductText productText, ParameterSide.View facts, Kind kind,
      List<SubjectMention> subjects, Map<ControlCode, List<String>> phrases, List<Scored> ranked) {}

  private Ranking rank(Product product) {
    constraints.validate(product);
    AnalyzedText text = index.analyze(product.text(), product.textLanguage());
    // read once per product, not once per candidate: the words for the surveillance notes, the item
    // rule and the Article 5 screen, and the terms the release notes and N.B.s compare
    ProductText productText = ProductText.of(product.text());
    ReleaseNotes.ProductTerms noteTerms = releaseNotes.termsOf(text);
    ParameterSide.View facts = parameters.evaluate(product);
    Kind kind = kindOf(text);
    Map<ControlCode, Scored> scored = new LinkedHashMap<>();
    ListIndex.VocabularyMatches vocabulary = index.vocabularyPhrasesIn(text); // for the search and the decision
    List<ListIndex.NodeHit> hits = index.find(text, RETRIEVED, vocabulary);
    Map<ControlCode, ListIndex.NodeHit> retrieved = new HashMap<>();
    for (ListIndex.NodeHit hit : hits) {
      retrieved.put(hit.node().code(), hit);
      Scored found = new Scored(hit.node(), hit.score() * groupFactor(hit.node().code(), kind),
          hit.matchedTerms(), hit.phrases());
      if (!hit.pointers().isEmpty()) {
        found.pointed = true;
        found.notes.add("the text names its kind of goods: " + String.join(", ", hit.pointers()));
      }
      add(scored, found);
    }
    if (kind != Kind.GOODS) {
      for (ListIndex.NodeHit hit : hits) {
        deriveSoftwareOrTechnology(scored, retrieved, hit, kind);
      }
    }
    for (Scored s : scored.values()) {
      weakenIfExcluded(s, text); // before each entry picks its best node
    }
    List<Scored> ranked = aggregate(scored.values(), text, facts);
    preferWholes(ranked);
    for (Scored s : ranked) {
      check(s, text, productText, noteTerms, facts);
    }
    releaseParts(ranked);
    List<Scored> redirected = new ArrayList<>();
    for (Scored s : ranked) {
      for (ReleaseNotes.Redirect r : releaseNotes.redirects(list, s.node.code(), noteTerms)) {
        Scored t = textOnly(list.get(r.to()), text, s.score * REDIRECT_FACTOR);
        t.notes.add("N.B. redirect from " + r.from() + ": " + r.text());
        t.redirected = true;
        check(t, text, productText, noteTerms, facts);
        redirected.add(t);
      }
    }
    if (!redirected.isEmpty()) {
      Map<ControlCode, Scored> byEntry = new LinkedHashMap<>();
      for (Scored s : ranked) {
        byEntry.put(s.node.code().entry(), s);
      }
      for (Scored t : redirected) {
        Scored old = byEntry.get(t.node.code().entry());
        if (old == null || t.score > old.score) {
          byEntry.put(t.node.code().entry(), t);
        }
      }
      ranked = new ArrayList<>(byEntry.values());
    }
    ranked.sort(BEST_FIRST);
    return new Ranking(text, productText, facts, kind, subjects.mentionedIn(product.text(), product.textLanguage()),
        vocabulary.hints(), ranked);
  }

  /**
   * The complete item outranks the part it incorporates when the text describes the whole: a node
   * whose own text (or an ancestor's within its entry) names another candidate as what it incorporates
   * ("imaging cameras incorporating focal plane arrays specified in 6A002.a.3.f"), and that matched
   * every word of the text the part matched and more ("camera"), ranks just above the part. A text
   * that names only the part's words stays with the part.
   */
  private void preferWholes(List<Scored> ranked) {
    for (Scored whole : ranked) {
      if (!partsNamed.containsKey(whole.node.code())) {
        continue; // most nodes name no other code
      }
      for (Scored part : ranked) {
        if (part == whole || part.score <= whole.score
            || part.node.code().entry().equals(whole.node.code().entry())
            || !incorporates(whole.node, part.node.code())) {
          continue;
        }
        Set<String> wholeWords = new HashSet<>(whole.matchedTerms);
        if (wholeWords.containsAll(part.matchedTerms) && wholeWords.size() > new HashSet<>(part.matchedTerms).size()) {
          whole.score = Math.nextUp(part.score);
          whole.notes.add("the text describes the whole, which incorporates " + part.node.code());
        }
      }
    }
    ranked.sort(BEST_FIRST);
  }

  /** Whether the node (or an ancestor within its entry) names the code as a part it incorporates. */
  private boolean incorporates(ControlNode whole, ControlCode part) {
    for (ControlCode target : partsNamed.getOrDefault(whole.code(), List.of())) {
      if (target.isPrefixOf(part) || part.isPrefixOf(target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The codes a node's own text or an ancestor's within its entry names (not in a note): the parts it
   * may incorporate, for {@link #preferWholes}; read once at construction.
   */
  private static Map<ControlCode, List<ControlCode>> partsNamedBy(ControlList list) {
    Map<ControlCode, List<ControlCode>> out = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      List<ControlCode> targets = new ArrayList<>();
      List<ControlCode> within = new ArrayList<>();
      within.add(node.code());
      for (ControlCode up : node.code().ancestors()) {
        if (up.entry().equals(node.code().entry())) {
          within.add(up);
        }
      }
      for (ControlCode c : within) {
        list.find(c).ifPresent(n -> {
          for (Reference r : n.references()) {
            if (!r.fromNote()) {
              targets.add(r.target());
            }
          }
        });
      }
      if (!targets.isEmpty()) {
        out.put(node.code(), List.copyOf(targets));
      }
    }
    return out;
  }



  /**
   * A released node's own text names the parts it incorporates ("imaging cameras incorporating
   * focal plane arrays specified in 6A002.a.3.f"); when the text fitted the released whole better
   * than the part, the product is the whole, and the part is released with it.
   */
  private static void releaseParts(List<Scored> ranked) {
    for (Scored whole : ranked) {
      if (!whole.released) {
        continue;
      }
      for (Reference r : whole.node.references()) {
        if (r.fromNote()) {
          continue;
        }
        for (Scored part : ranked) {
          if (part.viable() && r.target().isPrefixOf(part.node.code()) && part.beforeChecks <= whole.beforeChecks) {
            part.released = true;
            part.score *= RELEASED_FACTOR;
            part.notes.add("released with " + whole.node.code() + ", which incorporates it: the text describes the whole");
          }
        }
      }
    }
  }

  private enum Kind { GOODS, SOFTWARE, TECHNOLOGY }

  /** A node under consideration, with its running score and what was found about it. */
  private static final class Scored {
    final ControlNode node;
    double score;
    final List<String> matchedTerms;
    final List<String> phrases;
    final List<String> notes = new ArrayList<>();
    boolean released;
    boolean failed;
    /** Sent here by an N.B. whose words the text has: the note's words are evidence of their own. */
    boolean redirected;
    /** A retrieval pointer (a product type of its subject) in the text points at it. */
    boolean pointed;
    boolean exclusionChecked;
    boolean excluded;
    double beforeExclusion;
    double beforeChecks;
    Optional<Truth> truth = Optional.empty();
    ParameterSide.Findings findings = ParameterSide.Findings.NONE;

    Scored(ControlNode node, double score, List<String> matchedTerms, List<String> phrases) {
      this.node = node;
      this.score = score;
      this.matchedTerms = new ArrayList<>(matchedTerms);
      this.phrases = new ArrayList<>(phrases);
    }

    boolean viable() {
      return !released && !failed && !excluded;
    }
  }

  private void addGroupUser(String group, ControlCode user) {
    List<ControlCode> users = groupUsers.computeIfAbsent(group, k -> new ArrayList<>());
    if (!users.contains(user)) {
      users.add(user);
    }
  }

  private static void addUser(Map<ControlCode, List<ControlCode>> into, ControlCode target, ControlCode user) {
    List<ControlCode> users = into.computeIfAbsent(target, c -> new ArrayList<>());
    if (!users.contains(user)) {
      users.add(user);
    }
  }

  private static void add(Map<ControlCode, Scored> scored, Scored s) {
    Scored old = scored.get(s.node.code());
    if (old == null || s.score > old.score) {
      if (old != null) {
        s.notes.addAll(0, old.notes);
      }
      scored.put(s.node.code(), s);
    }
  }

  private Scored textOnly(ControlNode node, AnalyzedText text, double score) {
    ListIndex.NodeWords words = index.wordsOf(node.code());
    List<String> matched = new ArrayList<>();
    if (words != null) {
      for (String t : text.positiveTerms()) {
        if (words.all().contains(t)) {
          matched.add(t);
        }
      }
    }
    return new Scored(node, score, matched, List.of());
  }

  private Kind kindOf(AnalyzedText text) {
    if (!kindTerms(text, technologyPhrases).isEmpty()) {
      return Kind.TECHNOLOGY;
    }
    return kindTerms(text, softwarePhrases).isEmpty() ? Kind.GOODS : Kind.SOFTWARE;
  }

  /** The terms of the phrases (of one kind) that the text has. */
  private static Set<String> kindTerms(AnalyzedText text, List<List<String>> phrases) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> p : phrases) {
      if (text.hasPhrase(p)) {
        out.addAll(p);
      }
    }
    return out;
  }


  private static double groupFactor(ControlCode code, Kind kind) {
    ProductGroup g = code.group();
    return switch (kind) {
      case GOODS -> g == ProductGroup.D || g == ProductGroup.E ? OFF_GROUP_FACTOR : 1.0;
      case SOFTWARE -> g == ProductGroup.D ? 1.0 : g == ProductGroup.E ? OFF_GROUP_FACTOR : GOODS_FOR_SOFTWARE_FACTOR;
      case TECHNOLOGY -> g == ProductGroup.E ? 1.0 : g == ProductGroup.D ? OFF_GROUP_FACTOR : GOODS_FOR_SOFTWARE_FACTOR;
    };
  }

  private void deriveSoftwareOrTechnology(Map<ControlCode, Scored> scored, Map<ControlCode, ListIndex.NodeHit> retrieved,
      ListIndex.NodeHit hit, Kind kind) {
    ControlCode code = hit.node().code();
    if (code.group() == ProductGroup.D || code.group() == ProductGroup.E) {
      return;
    }
    Map<ControlCode, List<ControlCode>> users = kind == Kind.SOFTWARE ? softwareFor : technologyFor;
    Set<ControlCode> derived = new LinkedHashSet<>();
    derived.addAll(users.getOrDefault(code, List.of()));
    for (ControlCode up : code.ancestors()) {
      derived.addAll(users.getOrDefault(up, List.of()));
    }
    ProductGroup wanted = kind == Kind.SOFTWARE ? ProductGroup.D : ProductGroup.E;
    for (ControlCode d : groupUsers.getOrDefault(code.category().digit() + code.group().name(), List.of())) {
      if (d.group() == wanted) {
        derived.add(d);
      }
    }
    for (ControlCode d : derived) {
      list.find(d).ifPresent(node -> {
        ListIndex.NodeHit own = retrieved.get(d);
        // the derived node keeps what its own words earned and adds the equipment's evidence
        double score = hit.score() * DERIVED_FACTOR + (own == null ? 0 : own.score());
        List<String> words = new ArrayList<>(hit.matchedTerms());
        if (own != null) {
          own.matchedTerms().stream().filter(t -> !words.contains(t)).forEach(words::add);
        }
        Scored s = new Scored(node, score, words, hit.phrases());
        s.notes.add(node.code() + " covers the " + (kind == Kind.SOFTWARE ? "software" : "technology")
            + " for " + code + ", which the text describes");
        Scored old = scored.get(d);
        if (old == null || old.score < score) {
          scored.put(d, s);
        }
      });
    }
  }

  private void check(Scored s, AnalyzedText text, ProductText productText, ReleaseNotes.ProductTerms noteTerms,
      ParameterSide.View facts) {
    ControlCode code = s.node.code();
    s.beforeChecks = s.excluded ? s.beforeExclusion : s.score;
    // most texts negate nothing: then the node's words are not looked up at all
    ListIndex.NodeWords words = text.negatedTerms().isEmpty() ? null : index.wordsOf(code);
    if (words != null) {
      List<String> negated = new ArrayList<>();
      for (String t : text.negatedTerms()) {
        if (words.own().contains(t)) {
          negated.add(text.surfaceOf(t));
        }
      }
      if (!negated.isEmpty()) {
        s.score *= NEGATED_FACTOR;
        s.notes.add("the text negates words of " + code + ": " + String.join(", ", negated));
      }
    }
    weakenIfExcluded(s, text);
    Optional<String> release = releaseNotes.release(list, code, noteTerms);
    if (release.isEmpty()) {
      release = surveillanceNotes.releaseOf(code, productText, list);
    }
    if (release.isEmpty()) {
      release = facts.releasedBy(code);
    }
    if (release.isPresent()) {
      s.released = true;
      s.score *= RELEASED_FACTOR;
      s.notes.add("released: " + release.get());
    }
    s.truth = facts.truthOf(code);
    s.findings = facts.findingsOf(code);
    if (s.truth.isPresent()) {
      if (s.truth.get() == Truth.NO_MATCH) {
        s.failed = true;
        s.score *= FAILED_FACTOR;
      } else if (s.findings.contradicted()) {
        // only features keep it open or match it; the thresholds the facts speak to all fail
        s.failed = true;
        s.score *= FAILED_FACTOR;
        s.notes.add("the facts fail its thresholds and meet none");
      } else if (s.truth.get() == Truth.MATCH) {
        s.score *= MATCH_FACTOR;
      }
    }
  }

  /** Weakens a node (once) whose own text excludes by "non-" a word the product text names. */
  private void weakenIfExcluded(Scored s, AnalyzedText text) {
    if (s.exclusionChecked) {
      return;
    }
    s.exclusionChecked = true;
    List<String> excluded = new ArrayList<>();
    Set<String> excludedHere = excludedBy(s.node.code());
    for (String t : s.matchedTerms) {
      if (excludedHere.contains(t)) {
        excluded.add(text.surfaceOf(t));
      }
    }
    if (!excluded.isEmpty()) {
      s.excluded = true;
      s.beforeExclusion = s.score;
      s.score *= NEGATED_FACTOR;
      s.notes.add(s.node.code() + " excludes what the text names: non-" + String.join(", non-", excluded));
    }
  }

  /**
   * The words a node's own text excludes by the prefix "non-" ("Non-rubidium", Non-"space-qualified"),
   * unless it also states them plainly: a product the text names by them is what the node leaves out.
   */
  private Set<String> excludedBy(ControlCode code) {
    return excludedWords.getOrDefault(code, Set.of());
  }

  private Set<String> exclusionsOf(String own) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NON_PREFIX.matcher(own);
    while (m.find()) {
      out.addAll(index.analyze(m.group(1)).positiveTerms());
    }
    if (!out.isEmpty()) {
      out.removeAll(index.analyze(NON_PREFIX.matcher(own).replaceAll(" ")).positiveTerms());
    }
    return Set.copyOf(out);
  }

  /**
   * Per entry, the best node, moved down to the descendant the parameters match or, step by step,
   * to the child whose own words add most to what the text matched; best first.
   */
  private List<Scored> aggregate(Collection<Scored> all, AnalyzedText text, ParameterSide.View facts) {
    Map<ControlCode, Scored> byEntry = new LinkedHashMap<>();
    for (Scored s : all) {
      Scored old = byEntry.get(s.node.code().entry());
      if (old == null || BEST_FIRST.compare(s, old) < 0) {
        byEntry.put(s.node.code().entry(), s);
      }
    }
    // the entries that can still reach the shown candidates after the checks; the rest cost only time
    List<Scored> bestPerEntry = new ArrayList<>(byEntry.values());
    bestPerEntry.sort(BEST_FIRST);
    List<Scored> out = new ArrayList<>();
    for (Scored best : bestPerEntry.subList(0, Math.min(ENTRIES_CHECKED, bestPerEntry.size()))) {
      Scored chosen = best;
      ControlCode deepestMatch = null;
      for (ControlCode m : facts.mostSpecificMatches(best.node.code())) {
        if (best.node.code().isPrefixOf(m) && (deepestMatch == null || m.depth() > deepestMatch.depth())) {
          deepestMatch = m;
        }
      }
      if (deepestMatch != null && !deepestMatch.equals(best.node.code())) {
        chosen = moveTo(best, list.get(deepestMatch), text);
      } else {
        chosen = descendByWords(best, text);
      }
      out.add(chosen);
    }
    out.sort(BEST_FIRST);
    return out;
  }

  private Scored moveTo(Scored from, ControlNode to, AnalyzedText text) {
    Scored moved = textOnly(to, text, from.score);
    moved.phrases.addAll(from.phrases);
    for (String t : from.matchedTerms) {
      if (!moved.matchedTerms.contains(t)) {
        moved.matchedTerms.add(t);
      }
    }
    moved.notes.addAll(from.notes);
    moved.pointed = from.pointed;
    return moved;
  }

  private Scored descendByWords(Scored from, AnalyzedText text) {
    Scored at = from;
    while (!at.node.children().isEmpty()) {
      // only the text's words the node has not matched yet can draw it down, in text order
      Set<String> have = new HashSet<>(at.matchedTerms);
      List<String> open = new ArrayList<>();
      for (String t : text.positiveTerms()) {
        if (!have.contains(t)) {
          open.add(t);
        }
      }
      if (open.isEmpty()) {
        break;
      }
      double[] idf = new double[open.size()];
      for (int i = 0; i < idf.length; i++) {
        idf[i] = index.idf(open.get(i));
      }
      ControlNode bestChild = null;
      double bestGain = 0;
      for (ControlNode child : at.node.children()) {
        ListIndex.NodeWords words = index.wordsOf(child.code());
        if (words == null) {
          continue;
        }
        double gain = 0;
        Set<String> excluded = excludedBy(child.code());
        for (int i = 0; i < idf.length; i++) {
          String t = open.get(i);
          if (words.all().contains(t) && !excluded.contains(t)) {
            gain += idf[i];
          }
        }
        if (gain > bestGain) {
          bestGain = gain;
          bestChild = child;
        }
      }
      if (bestChild == null) {
        break;
      }
      at = moveTo(at, bestChild, text);
    }
    return at;
  }

  private static final Comparator<Scored> BEST_FIRST = (a, b) -> {
    int c = Double.compare(b.score, a.score);
    return c != 0 ? c : a.node.code().compareTo(b.node.code());
  };

  /**
   * The share of the text's word weight that the node's indexed words cover: each word weighs its
   * inverse document frequency over the list, capped, and a word the list does not have weighs a
   * fixed share of the rarest word's.
   */
  /**
   * The word weight of the text that the node's indexed words cover, and the text's whole word
   * weight: each word weighs its inverse document frequency over the list, capped, and a word the
   * list does not have weighs a fixed share of the rarest word's.
   */
  private double[] coveredAndTotal(Scored s, AnalyzedText text, List<AnalyzedText.Word> textWords) {
    double rarest = index.idfOfRarest();
    double total = 0;
    double covered = 0;
    Set<String> matched = new LinkedHashSet<>(s.matchedTerms);
    // "know-how", "source code": the words that make the text software or technology are what a D or
    // E node is about, though the node's text words them otherwise ("technology", "software")
    ProductGroup group = s.node.code().group();
    if (group == ProductGroup.D || group == ProductGroup.E) {
      matched.addAll(kindTerms(text, group == ProductGroup.D ? softwarePhrases : technologyPhrases));
    }
    // a word counts once, by its best reading: a German word and the English words it translates
    // are one word of the text, as the English text would have it
    double translated = 0;
    for (AnalyzedText.Word word : textWords) {
      double weight = 0;
      double cover = 0;
      boolean byTranslation = false;
      for (String t : word.terms()) {
        double w = index.knows(t) ? Math.min(index.idf(t), IDF_CAP_SHARE * rarest) : UNKNOWN_WORD_SHARE * rarest;
        weight = Math.max(weight, w);
        if (matched.contains(t) && w > cover) {
          cover = w;
          byTranslation = !t.equals(word.own());
        }
      }
      total += weight;
      covered += cover;
      if (byTranslation) {
        translated += cover;
      }
    }
    return new double[] {covered, total, translated};
  }

  private static Scored firstViable(List<Scored> shown) {
    for (Scored s : shown) {
      if (s.viable()) {
        return s;
      }
    }
    return null;
  }

  /** The best candidate before the checks: the node the text fits best, released or not. */
  private static Scored fittest(List<Scored> shown) {
    Scored fittest = null;
    for (Scored s : shown) {
      if (fittest == null || s.beforeChecks > fittest.beforeChecks) {
        fittest = s;
      }
    }
    return fittest;
  }

  /** The features of the deciding candidate {@code best} among the shown ones; see {@link DecisionFeature}. */
  private DecisionFeatures featuresOf(Scored best, List<Scored> shown, Ranking r) {
    AnalyzedText text = r.text;
    Map<DecisionFeature, Double> f = new java.util.EnumMap<>(DecisionFeature.class);
    // the text's words and the candidate's share of them, worked out once for every feature that reads them
    List<AnalyzedText.Word> textWords = text.positiveWords();
    double[] weights = coveredAndTotal(best, text, textWords);
    f.put(DecisionFeature.VOCABULARY_PHRASE, bit(!best.phrases.isEmpty() || hasAncestorPhrase(best, r.phrases)));
    f.put(DecisionFeature.POINTER, bit(best.pointed));
    Truth truth = best.truth.orElse(null);
    f.put(DecisionFeature.CRITERIA_MET, bit(truth == Truth.MATCH));
    f.put(DecisionFeature.CRITERIA_MET_BY_GUESS, bit(truth == Truth.MATCH && best.findings.metByGuessesOnly()));
    boolean open = truth != null && truth != Truth.MATCH;
    f.put(DecisionFeature.CRITERIA_OPEN, bit(open));
    f.put(DecisionFeature.NAMES_CODE, bit(namesCode(best, text)));
    List<String> words = evidenceWords(best, text, textWords);
    boolean identity = namesCasNumber(best, text) || words.stream().anyMatch(w -> namesSubstance(best, w))
        || namesChemical(best);
    f.put(DecisionFeature.NAMES_IDENTITY, bit(identity));
    boolean anySubject = false;
    boolean subjectMatch = false;
    boolean denied = false;
    for (SubjectMention m : r.subjects) {
      // the knowledge files speak of the 2025 EU list: a code this list does not have names nothing here
      if (m.codes().stream().noneMatch(c -> list.find(c).isPresent())) {
        continue;
      }
      boolean covers = m.codes().stream()
          .anyMatch(c -> c.isPrefixOf(best.node.code()) || best.node.code().isPrefixOf(c));
      if (m.relation() == ProductType.Relation.IS_A) {
        anySubject = true;
        subjectMatch |= covers;
      } else if (covers) {
        denied = true;
      }
    }
    f.put(DecisionFeature.SUBJECT_MATCH, bit(subjectMatch));
    f.put(DecisionFeature.OTHER_SUBJECT, bit(anySubject && !subjectMatch));
    f.put(DecisionFeature.SUBJECT_DENIED, bit(denied));
    f.put(DecisionFeature.CRITERIA_OPEN_WITHOUT_SUBJECT, bit(open && !subjectMatch));
    f.put(DecisionFeature.ONE_WORD, bit(restsOnOneWord(best, text, r.phrases, words)));
    Scored fittest = fittest(shown);
    f.put(DecisionFeature.OUTSHONE, bit(fittest != null && !fittest.viable()
        && best.beforeChecks < DOMINANCE * fittest.beforeChecks));
    f.put(DecisionFeature.NOT_FIRST, bit(shown.get(0) != best));
    int at = shown.indexOf(best);
    double margin = DecisionFeatures.MAX_MARGIN;
    if (at + 1 < shown.size() && shown.get(at + 1).score > 0 && best.score > 0) {
      margin = Math.max(0, Math.min(DecisionFeatures.MAX_MARGIN, Math.log(best.score / shown.get(at + 1).score)));
    }
    f.put(DecisionFeature.MARGIN, margin);
    f.put(DecisionFeature.EVIDENCE_WORDS, Math.log1p(words.size()));
    f.put(DecisionFeature.COVERED_WEIGHT, Math.log1p(weights[0] / index.idfOfRarest()));
    f.put(DecisionFeature.TRANSLATED_WEIGHT, Math.log1p(weights[2] / index.idfOfRarest()));
    f.put(DecisionFeature.REDIRECTED, bit(best.redirected));
    ProductGroup g = best.node.code().group();
    boolean goods = g != ProductGroup.D && g != ProductGroup.E;
    f.put(DecisionFeature.KIND_MISMATCH, bit(goods != (r.kind == Kind.GOODS)));
    return DecisionFeatures.of(best.node.code(), f);
  }

  /** Whether a vocabulary phrase that brought the node is the name of a chemical it (or its ancestry) controls. */
  private boolean namesChemical(Scored s) {
    for (String phrase : s.phrases) {
      for (ControlCode c : chemicalNames.getOrDefault(phrase, List.of())) {
        if (c.isPrefixOf(s.node.code()) || s.node.code().isPrefixOf(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double bit(boolean b) {
    return b ? 1 : 0;
  }

  private static boolean namesCode(Scored s, AnalyzedText text) {
    for (ControlCode named : text.codes()) {
      if (named.isPrefixOf(s.node.code()) || s.node.code().isPrefixOf(named)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesCasNumber(Scored s, AnalyzedText text) {
    ListIndex.NodeWords words = index.wordsOf(s.node.code());
    return words != null && text.casNumbers().stream().anyMatch(words.casNumbers()::contains);
  }

  /**
   * The words of the text (their surface forms) that the node matched, in text order: a word the
   * node matched in any of its readings (its own term, or an English word the lexicon gives for it)
   * once; the parts of a compound are words of their own, as in the English text.
   */
  private static List<String> evidenceWords(Scored s, AnalyzedText text, List<AnalyzedText.Word> textWords) {
    Set<String> matched = new HashSet<>(s.matchedTerms);
    List<String> out = new ArrayList<>();
    for (AnalyzedText.Word word : textWords) {
      for (String t : word.terms()) {
        if (matched.contains(t)) {
          out.add(text.surfaceOf(t));
          break;
        }
      }
    }
    return out;
  }

  /**
   * True when the node fits the text on a single word and nothing else speaks for it: no vocabulary
   * phrase, no N.B. that sent the product here, no code or CAS number named, no criteria met. One word a node shares with a text
   * ("table", "software", "decision") says what the text is about no more than a word of a search
   * box does; a product is listed on a description, not on a keyword.
   */
  private boolean restsOnOneWord(Scored s, AnalyzedText text, Map<ControlCode, List<String>> phrases,
      List<String> evidenceWords) {
    if (s.redirected || !s.phrases.isEmpty() || hasAncestorPhrase(s, phrases) || s.truth.orElse(Truth.UNKNOWN) == Truth.MATCH
        || namesCode(s, text) || namesCasNumber(s, text)) {
      return false;
    }
    return evidenceWords.size() <= 1 && !(evidenceWords.size() == 1 && namesSubstance(s, evidenceWords.get(0)));
  }

  /**
   * Whether the one word is the name of a substance the node identifies by its CAS number
   * ("Thiodiglycol", "Methyldiethanolamin"): a chemical's name is its identity, as its CAS number is.
   * Only a long word of the node's own text counts, so that "acid" or "salt" never does.
   */
  private boolean namesSubstance(Scored s, String word) {
    ListIndex.NodeWords words = index.wordsOf(s.node.code());
    if (words == null || words.casNumbers().isEmpty() || word.length() < MIN_SUBSTANCE_NAME) {
      return false;
    }
    String own = s.node.text().toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    // the text's word and the annex's name may differ in their ending ("Methyldiethanolamin", "methyldiethanolamine")
    return own.contains(w) || (w.length() > MIN_SUBSTANCE_NAME && own.contains(w.substring(0, w.length() - 1)));
  }

  /** Whether a node of the materials group identifies a substance by a CAS number (its own or the knowledge's). */
  private boolean namesOneSubstance(ControlCode code) {
    ListIndex.NodeWords words = code.group() == ProductGroup.C ? index.wordsOf(code) : null;
    return words != null && !words.casNumbers().isEmpty();
  }

  // shorter words ("acid", "oxide", "salt") name classes of substances, not one
  private static final int MIN_SUBSTANCE_NAME = 7;

  /** Whether a vocabulary phrase of the text (as {@link ListIndex#phrasesIn} found them) points at an ancestor. */
  private static boolean hasAncestorPhrase(Scored s, Map<ControlCode, List<String>> phrases) {
    for (ControlCode up : s.node.code().ancestors()) {
      if (phrases.containsKey(up)) {
        return true;
      }
    }
    return false;
  }

  private Classification decide(Product product, Ranking r) {
    AnalyzedText text = r.text;
    ParameterSide.View facts = r.facts;
    ProductText productText = r.productText;
    List<Scored> shown = r.ranked.subList(0, Math.min(MAX_CANDIDATES, r.ranked.size()));
    Scored best = firstViable(shown);
    Scored fittest = fittest(shown);
    DecisionFeatures features = best == null ? null : featuresOf(best, shown, r);
    double confidence = features == null ? 0 : decisionModel.probability(features);
    boolean outshone = features != null && features.get(DecisionFeature.OUTSHONE) == 1;
    Decision decision;
    List<MissingFact> missing = List.of();
    if (best == null || confidence < decisionModel.threshold()) {
      decision = Decision.NOT_LISTED;
    } else if (best.truth.isPresent() && best.truth.get() == Truth.MATCH && best.findings.metByGuessesOnly()) {
      // every threshold met is met on a value no word names: a guess, which the user confirms (issue 16)
      missing = best.findings.guesses();
      decision = missing.isEmpty() ? Decision.LISTED : Decision.NEEDS_FACTS;
    } else if (best.truth.isEmpty() || best.truth.get() == Truth.MATCH) {
      decision = Decision.LISTED;
    } else {
      missing = facts.missingFacts(List.of(best.node.code()));
      if (missing.isEmpty()) {
        missing = best.findings.questions();
      }
      // unknown features alone ask nothing: the text that found the node decides them
      decision = missing.isEmpty() ? Decision.LISTED : Decision.NEEDS_FACTS;
    }
    if (outshone && shown.get(0) != fittest) {
      // the decision rests on the released (or failed) node the text fits best: show it first
      List<Scored> reordered = new ArrayList<>(shown);
      reordered.remove(fittest);
      reordered.add(0, fittest);
      shown = reordered;
    } else if (decision != Decision.NOT_LISTED && best != null && shown.get(0) != best) {
      // the decision rests on the best viable candidate: show it first
      List<Scored> reordered = new ArrayList<>(shown);
      reordered.remove(best);
      reordered.add(0, best);
      shown = reordered;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Scored s : shown) {
      candidates.add(candidate(s, text));
    }
    CyberSurveillanceFlag cyber = decision == Decision.NOT_LISTED || best == null
        ? CyberSurveillanceFlag.NONE : surveillanceItems.flagOf(best.node.code(), productText, list, article5);
    // a product whose listing waits on facts may prove unlisted: the catch-all is screened for it too
    List<Article5Indicator> indicators = decision != Decision.LISTED ? article5.screenOf(productText) : List.of();
    String explanation = outshone && decision == Decision.NOT_LISTED
        ? "The text fits " + fittest.node.code() + " best, and " + (fittest.released ? "a note releases it"
            : fittest.failed ? "the facts fail its criteria" : "its text excludes what the product is")
            + "; the other candidates fit it far less (" + best.node.code() + " scores under " + DOMINANCE
            + " of it). " + reasons(features, confidence)
            + (indicators.isEmpty() ? "" : " " + Article5Screen.DISCLAIMER)
        : explain(decision, best, features, confidence, indicators, missing);
    if (cyber.scope() != CyberSurveillanceScope.NONE) {
      explanation += " Cyber-surveillance (" + cyber.scope().description() + "): " + cyber.reason();
    }
    if (!facts.unreadFacts().isEmpty()) {
      explanation += " Facts left out: " + String.join("; ", facts.unreadFacts()) + ".";
    }
    OptionalDouble shownConfidence =
        best == null ? OptionalDouble.empty() : OptionalDouble.of(Math.round(confidence * 10000) / 10000.0);
    return new Classification(decision, candidates, cyber, indicators, missing, list.id(), explanation,
        shownConfidence);
  }

  private Candidate candidate(Scored s, AnalyzedText text) {
    List<String> words = new ArrayList<>();
    for (String t : s.matchedTerms) {
      String surface = text.surfaceOf(t);
      if (!words.contains(surface)) {
        words.add(surface);
      }
    }
    for (String p : s.phrases) {
      words.add("\"" + p + "\" (vocabulary)");
    }
    ListIndex.NodeWords indexed = text.casNumbers().isEmpty() ? null : index.wordsOf(s.node.code());
    for (String cas : text.casNumbers()) {
      if (indexed != null && indexed.casNumbers().contains(cas)) {
        words.add("CAS " + cas);
      }
    }
    Truth truth = s.truth.orElse(Truth.UNKNOWN);
    String summary = s.released ? "released by a note"
        : s.failed ? "its criteria fail on the facts"
        : s.excluded ? "its text excludes what the product is"
        : truth == Truth.MATCH ? "text and criteria fit"
        : s.truth.isPresent() ? "the text fits; its criteria need facts"
        : "the text fits; no typed criteria";
    String explanation = s.node.code() + ": " + summary
        + (words.isEmpty() ? "" : "; words: " + String.join(", ", words)) + ".";
    Evidence evidence = new Evidence(words, whenRead(s.findings.met()), whenRead(s.findings.failed()),
        whenRead(s.findings.unknown()), s.notes, explanation);
    return new Candidate(s.node.code(), Math.round(s.score * 10000) / 10000.0, truth, evidence);
  }

  /**
   * The criteria in words, put into words when a caller first reads them: most callers read the
   * decision and the codes, and wording every criterion of ten candidates cost a tenth of a
   * classification.
   */
  private static List<String> whenRead(List<String> explanations) {
    return explanations.isEmpty() ? List.of() : DeferredList.of(() -> explanations);
  }

  /**
   * A non-negative number with two decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes
   * it (half up on the shortest decimal form), without creating a Formatter per classification.
   */
  static String twoDecimals(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The features that moved the decision most, as words: up to {@value #REASONS_SHOWN}, each with the
   * direction it moved the odds.
   */
  private String reasons(DecisionFeatures features, double confidence) {
    List<String> out = new ArrayList<>();
    for (DecisionModel.Contribution c : decisionModel.contributions(features)) {
      if (out.size() == REASONS_SHOWN) {
        break;
      }
      if (Math.abs(c.logOdds()) >= MIN_REASON_LOG_ODDS) {
        out.add((c.logOdds() > 0 ? "for: " : "against: ") + c.feature().description());
      }
    }
    return "Probability listed " + twoDecimals(confidence) + " (listed from " + twoDecimals(decisionModel.threshold())
        + ")" + (out.isEmpty() ? "." : "; " + String.join("; ", out) + ".");
  }

  private static final int REASONS_SHOWN = 4;
  // a feature that moves the odds by less than a tenth of a unit of log-odds explains nothing
  private static final double MIN_REASON_LOG_ODDS = 0.1;

  private String explain(Decision decision, Scored best, DecisionFeatures features, double confidence,
      List<Article5Indicator> indicators, List<MissingFact> missing) {
    if (best == null) {
      return "No provision of the list fits the text, or every one that does is released by a note or failed by the facts."
          + (indicators.isEmpty() ? "" : " " + Article5Screen.DISCLAIMER);
    }
    String why = reasons(features, confidence);
    return switch (decision) {
      case LISTED -> "Listed under " + best.node.code() + " (entry " + best.node.code().entry()
          + "): the text fits its provision"
          + (best.truth.orElse(Truth.UNKNOWN) == Truth.MATCH ? " and the facts meet its criteria; " : "; no note releases it; ")
          + why;
      case NEEDS_FACTS -> "The text fits " + best.node.code() + " but only facts can decide: "
          + String.join(" ", missing.stream().map(MissingFact::question).toList()) + " " + why
          + (indicators.isEmpty() ? "" : " Should the facts show it unlisted: " + Article5Screen.DISCLAIMER);
      case NOT_LISTED -> "The best remaining candidate, " + best.node.code() + ", fits the text too weakly. " + why
          + (indicators.isEmpty() ? "" : " " + Article5Screen.DISCLAIMER);
    };
  }
}
