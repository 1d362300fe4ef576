package org.dualuse.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 *       returns the best {@value CandidateRetriever#RETRIEVED} nodes; a code written in the text and a vocabulary phrase
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
 *       score, ties in code order; the best {@value EntryAggregator#ENTRIES_CHECKED} entries are checked and at most
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

  static final int MAX_CANDIDATES = 10;

  private final ListIndex index;
  private final ProductConstraints constraints;
  private final ControlList list;
  private final ReleaseNotes releaseNotes;
  private final CyberSurveillanceNotes surveillanceNotes;
  private final SurveillanceScreens screens;
  private final KindRouter kinds;
  private final ProductReader reader;
  private final CandidateRetriever retriever;
  private final NonPrefixExclusions exclusions;
  private final EntryAggregator entries;
  private final NotesAndCriteriaCheck checks;
  private final CandidateFeatures features;
  private final DecisionRule rule;
  private final ExplanationWriter writer;
  private final WholesAndParts wholes;
  private final DecisionModel decisionModel;

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
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.list = index.list();
    this.wholes = new WholesAndParts(list);
    ListAnalyzer analyzer = new ListAnalyzer();
    this.releaseNotes = releaseNotes != null ? releaseNotes : new ReleaseNotes(list, analyzer);
    this.surveillanceNotes = CyberSurveillanceNotes.standard();
    this.screens = new SurveillanceScreens(list, Article5Screen.standard(), CyberSurveillanceItems.standard());
    this.kinds = new KindRouter(list, analyzer);
    this.retriever = new CandidateRetriever(index, kinds);
    this.reader = new ProductReader(index, this.releaseNotes, parameters, kinds, Knowledge.standard().subjects());
    this.exclusions = new NonPrefixExclusions(index);
    this.entries = new EntryAggregator(index, exclusions);
    this.features = new CandidateFeatures(index, kinds);
    this.rule = new DecisionRule(this.decisionModel);
    this.writer = new ExplanationWriter(index, this.decisionModel);
    this.checks = new NotesAndCriteriaCheck(index, this.releaseNotes, surveillanceNotes, exclusions, entries);
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
    return decide(rank(product));
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
    Shortlist shortlist = Shortlist.of(r.ranked, MAX_CANDIDATES);
    return shortlist.best() == null ? Optional.empty() : Optional.of(features.featuresOf(shortlist, r.product));
  }

  /** What the ranking of a product found, for the decision. */
  private record Ranking(ProductReader.Reading product, List<ScoredNode> ranked) {}

  private Ranking rank(Product product) {
    constraints.validate(product);
    ProductReader.Reading reading = reader.read(product);
    AnalyzedText text = reading.text();
    Collection<ScoredNode> scored = retriever.retrieve(reading);
    for (ScoredNode s : scored) {
      exclusions.weakenIfExcluded(s, text); // before each entry picks its best node
    }
    List<ScoredNode> ranked = entries.aggregate(scored, text, reading.facts());
    wholes.preferWholes(ranked);
    for (ScoredNode s : ranked) {
      checks.check(s, reading);
    }
    wholes.releaseParts(ranked);
    ranked = checks.followRedirects(ranked, reading);
    ranked.sort(ScoredNode.BEST_FIRST);
    return new Ranking(reading, ranked);
  }

  private Classification decide(Ranking r) {
    Shortlist shortlist = Shortlist.of(r.ranked, MAX_CANDIDATES);
    ProductText productText = r.product.productText();
    DecisionFeatures features = shortlist.best() == null ? null : this.features.featuresOf(shortlist, r.product);
    DecisionRule.Verdict verdict = rule.decide(shortlist, features, r.product.facts());
    CyberSurveillanceFlag cyber = screens.flagOf(verdict.decision(), shortlist.best(), productText);
    List<Article5Indicator> indicators = screens.indicatorsOf(verdict.decision(), productText);
    return writer.write(shortlist, verdict, cyber, indicators, r.product);
  }
}
