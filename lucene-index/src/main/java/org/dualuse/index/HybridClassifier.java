package org.dualuse.index;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.DualUseException;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.InvalidProductException;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.criteria.ImpossibleFactException;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.surveillance.CyberSurveillanceItems;
import org.dualuse.index.surveillance.CyberSurveillanceNotes;
import org.dualuse.index.surveillance.ProductText;

/**
 * Classifies products against one list by combining full-text retrieval over a {@link ListIndex},
 * the parameter evaluation of the product's facts, and the list's notes.
 *
 * <p>A product passes through these stages, in this order; each is a class of this package with one
 * job, and this class only wires them:
 *
 * <ol>
 *   <li>{@code ProductReader}: the product is read once (the text analyzed with numbers and units
 *       left out and negated words kept apart, its facts evaluated against every node, its kind:
 *       goods, software or technology, by {@code KindRouter}, the subjects and vocabulary phrases it
 *       names).
 *   <li>{@code CandidateRetriever}: the index returns the best 40 nodes; a code written in the text
 *       and a vocabulary phrase found whole lift their nodes. A description of software or technology
 *       moves to the D or E nodes that refer to the equipment found (by its code, its product group
 *       such as "7A", or "goods specified in this Category"), and D/E nodes lose weight for goods.
 *   <li>{@code PurposeCheck}: a D or E node for another purpose ("development", "production",
 *       "use") than the one the text states ("operating software", "Fertigungstechnik") loses weight,
 *       so that among sibling entries the one for the stated purpose ranks first.
 *   <li>{@code NonPrefixExclusions}: a node whose own text excludes by "non-" a word the product
 *       names ("Non-rubidium") is weakened, and is not descended to on that word either.
 *   <li>{@code EntryAggregator}: nodes are aggregated to their entries: per entry the best node, moved
 *       down to the deepest descendant the parameters match or, step by step, to the child whose own
 *       words (its text, the nodes it refers to, its vocabulary) add most to what the text matched.
 *       Entries rank by score, ties in code order; the best 16 go on. {@code WholesAndParts}: the
 *       complete item outranks the part it incorporates when the text describes the whole.
 *   <li>{@code NotesAndCriteriaCheck}: each candidate is checked: a word of its own text that the
 *       product text negates ("not radiation hardened") weakens it; a decontrol note whose
 *       distinctive words the text has, a parametric exclusion the facts meet, or a general note
 *       (Cryptography Note, General Software and Technology Notes) releases it; criteria the facts
 *       contradict fail it, and so do thresholds the facts speak to when every one of them fails on
 *       a value the text names or the user states and none is met: features that no fact can decide
 *       (or that are taken as met) do not keep such a node listed, while a value no word names is a
 *       guess at its parameter and contradicts nothing. A part is released with a released whole
 *       the text fits better, and an N.B. whose words the text has sends the product to the node it
 *       names.
 *   <li>{@code Shortlist}, {@code CandidateFeatures}: the decision rests on the best of the first 10
 *       candidates that is not released, failed or excluded. Its {@link DecisionFeature}s (how much
 *       of the text's word weight its indexed words cover, a vocabulary name or the code or a
 *       substance of it named, whether the text names its kind of goods or another kind or a
 *       look-alike, criteria met, partly met, open or failed in part on a stated value, how much
 *       better a released node fits the text...; never the text's length) are read.
 *   <li>{@code DecisionRule}: the features go into a logistic {@link DecisionModel} fitted on the
 *       tune half of the team's corpus, which gives the probability that the product is listed: the
 *       classification's confidence. At or above the model's threshold (0.5, the Bayes decision for a
 *       calibrated probability when a miss and a false alarm count alike; see {@code
 *       FitDecisionModel}) it is LISTED when the candidate's criteria hold or it has none,
 *       NEEDS_FACTS when only missing facts can decide (the facts are asked as questions), and
 *       NOT_LISTED below it. No weight or threshold is placed by hand: see {@link DecisionModel} and
 *       {@code benchmarks/README.md} for the fitting and its figures.
 *   <li>{@code SurveillanceScreens}: for a product not listed, or whose listing waits on facts, the
 *       Article 5 screen adds its indicators; for a listed one, the cyber-surveillance flag says how
 *       the node it rests on and the text stand to the cyber-surveillance items of Article 2(20)
 *       ({@link CyberSurveillanceItems#flagOf}).
 *   <li>{@code ExplanationWriter}: the classification shows at most {@value #DEFAULT_MAX_CANDIDATES}
 *       candidates ({@link Builder#maxCandidates}), the deciding one first, each with its evidence,
 *       and an explanation that names the features that moved the odds most.
 * </ol>
 *
 * <p>Deterministic (the same product gives the same classification; ties broken by code order) and
 * thread-safe: one instance serves all threads.
 */
public final class HybridClassifier implements Classifier {

  /** The most candidates a classification shows unless the builder says otherwise. */
  public static final int DEFAULT_MAX_CANDIDATES = 10;
  /** The most candidates a classification can show: the entries the checks look at. */
  public static final int MAX_CANDIDATES_LIMIT = EntryAggregator.ENTRIES_CHECKED;
  /**
   * The candidates whose features the decision reads (their order, the margin of the deciding one,
   * whether a released one outshines it): the decision model was fitted on the best 10, so the
   * decision does not change with the number of candidates shown.
   */
  private static final int DECISION_SHORTLIST = 10;

  private final ListIndex index;
  private final ProductConstraints constraints;
  private final ControlList list;
  // the stages, in the order a product passes through them
  private final ProductReader reader;
  private final CandidateRetriever retriever;
  private final PurposeCheck purposes;
  private final NonPrefixExclusions exclusions;
  private final EntryAggregator entries;
  private final WholesAndParts wholes;
  private final NotesAndCriteriaCheck checks;
  private final CandidateFeatures features;
  private final DecisionRule rule;
  private final SurveillanceScreens screens;
  private final ExplanationWriter writer;

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
    this(index, ParameterReportSide.standard(Objects.requireNonNull(index, "index").list()), constraints);
  }

  HybridClassifier(ListIndex index, ParameterSide parameters, ProductConstraints constraints) {
    this(index, parameters, constraints, DecisionModel.standard(), null, DEFAULT_MAX_CANDIDATES, true,
        KindFactors.STANDARD);
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
    this(index, ParameterReportSide.standard(Objects.requireNonNull(index, "index").list()), constraints,
        Objects.requireNonNull(decisionModel, "decisionModel"), null, DEFAULT_MAX_CANDIDATES, true,
        KindFactors.STANDARD);
  }

  /**
   * @param releaseNotes the list's release notes read already, or null to read them now
   * @param maxCandidates the most candidates a classification shows
   * @param surveillanceScreens whether the Article 5 screen and the cyber-surveillance flag run
   * @param kindFactors the weights of the kind routing
   */
  private HybridClassifier(ListIndex index, ParameterSide parameters, ProductConstraints constraints,
      DecisionModel decisionModel, ReleaseNotes releaseNotes, int maxCandidates, boolean surveillanceScreens,
      KindFactors kindFactors) {
    this.index = Objects.requireNonNull(index, "index");
    Objects.requireNonNull(decisionModel, "decisionModel");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.list = index.list();
    ListAnalyzer analyzer = new ListAnalyzer();
    ReleaseNotes notes = releaseNotes != null ? releaseNotes : new ReleaseNotes(list, analyzer);
    KindRouter kinds = new KindRouter(list, analyzer, kindFactors);
    // the knowledge files' subjects name the EU annex's codes: a list whose profile does not claim them sees none
    this.reader = new ProductReader(index, notes, parameters, kinds, Knowledge.standard().subjectsFor(list));
    this.retriever = new CandidateRetriever(index, kinds);
    this.purposes = new PurposeCheck(list, Knowledge.standard().purposes());
    this.exclusions = new NonPrefixExclusions(index);
    this.entries = new EntryAggregator(index, exclusions);
    this.wholes = new WholesAndParts(list);
    this.checks = new NotesAndCriteriaCheck(index, notes, CyberSurveillanceNotes.standard(), exclusions, entries);
    this.features = new CandidateFeatures(index, kinds);
    this.rule = new DecisionRule(decisionModel);
    this.screens = SurveillanceScreens.standard(list, surveillanceScreens);
    this.writer = new ExplanationWriter(index, decisionModel, maxCandidates);
  }

  /** A classifier with an in-memory index of the list, built now. */
  public static HybridClassifier of(ControlList list) {
    return of(list, ProductConstraints.defaults());
  }

  /**
   * A classifier with an in-memory index of the list (the bundled one when it is current, see
   * {@link ListIndex#inMemory}), with these limits on products.
   *
   * <p>The list's release notes, the standard screens and the knowledge files are read on a second
   * thread while the index is read ({@code ReleaseNotesAhead}).
   */
  public static HybridClassifier of(ControlList list, ProductConstraints constraints) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(constraints, "constraints");
    ReleaseNotesAhead notes = ReleaseNotesAhead.start(list);
    ListIndex index = ListIndex.inMemory(list);
    return new HybridClassifier(index, ParameterReportSide.standard(list), constraints, DecisionModel.standard(),
        notes.get(), DEFAULT_MAX_CANDIDATES, true, KindFactors.STANDARD);
  }

  /**
   * A builder of a classifier over an index that the caller owns (and closes), with options in place
   * of the defaults; {@code builder(index).build()} classifies as {@link #HybridClassifier(ListIndex)}.
   *
   * @param index the index of the list to classify against
   */
  public static Builder builder(ListIndex index) {
    return new Builder(Objects.requireNonNull(index, "index"));
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
    Shortlist shortlist = Shortlist.of(r.ranked, DECISION_SHORTLIST);
    return shortlist.best() == null ? Optional.empty() : Optional.of(features.featuresOf(shortlist, r.product));
  }

  /** What the ranking of a product found, for the decision. */
  private record Ranking(ProductReader.Reading product, List<ScoredNode> ranked) {}

  private Ranking rank(Product product) {
    constraints.validate(product);
    ProductReader.Reading reading = reader.read(product);
    AnalyzedText text = reading.text();
    Collection<ScoredNode> scored = retriever.retrieve(reading);
    purposes.weigh(scored, purposes.statedIn(product.text()));
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
    Shortlist shortlist = Shortlist.of(r.ranked, DECISION_SHORTLIST);
    ProductText productText = r.product.productText();
    DecisionFeatures features = shortlist.best() == null ? null : this.features.featuresOf(shortlist, r.product);
    DecisionRule.Verdict verdict = rule.decide(shortlist, features, r.product.facts());
    CyberSurveillanceFlag cyber = screens.flagOf(verdict.decision(), shortlist.best(), productText);
    List<Article5Indicator> indicators = screens.indicatorsOf(verdict.decision(), productText);
    return writer.write(shortlist, r.ranked, verdict, cyber, indicators, r.product);
  }

  /**
   * Options of a {@link HybridClassifier}, in the manner of Caffeine's builder: every option has a
   * default that gives the answers of {@link #HybridClassifier(ListIndex)}. Not thread-safe; the
   * classifier it builds is.
   */
  public static final class Builder {
    private final ListIndex index;
    private ProductConstraints constraints = ProductConstraints.defaults();
    private DecisionModel decisionModel;
    private double listingThreshold = Double.NaN;
    private int maxCandidates = DEFAULT_MAX_CANDIDATES;
    private boolean surveillanceScreens = true;
    private KindFactors kindFactors = KindFactors.STANDARD;

    private Builder(ListIndex index) {
      this.index = index;
    }

    /** The limits a product must keep (default {@link ProductConstraints#defaults()}). */
    public Builder constraints(ProductConstraints constraints) {
      this.constraints = Objects.requireNonNull(constraints, "constraints");
      return this;
    }

    /**
     * The model that turns the deciding candidate's features into the probability that the product
     * is listed (default {@link DecisionModel#standard()}): for research, a model fitted on other data.
     */
    public Builder decisionModel(DecisionModel decisionModel) {
      this.decisionModel = Objects.requireNonNull(decisionModel, "decisionModel");
      return this;
    }

    /**
     * The probability at or above which a product is answered listed (or a question of facts), in
     * place of the decision model's own threshold (0.5 for the bundled model): a screening whose
     * misses cost R times its false alarms takes 1 / (1 + R). See {@link DecisionModel#withThreshold}.
     *
     * @param threshold a probability in (0, 1)
     * @throws DualUseException when the threshold is not within (0, 1)
     */
    public Builder listingThreshold(double threshold) {
      if (!(threshold > 0 && threshold < 1)) {
        throw new DualUseException("listingThreshold must lie in (0, 1), was " + threshold);
      }
      this.listingThreshold = threshold;
      return this;
    }

    /**
     * The most candidates a classification shows (default {@value #DEFAULT_MAX_CANDIDATES}); the
     * decision does not depend on it.
     *
     * @param n at least 1 and at most {@value #MAX_CANDIDATES_LIMIT}
     * @throws DualUseException when {@code n} is outside these bounds
     */
    public Builder maxCandidates(int n) {
      if (n < 1 || n > MAX_CANDIDATES_LIMIT) {
        throw new DualUseException("maxCandidates must lie between 1 and " + MAX_CANDIDATES_LIMIT + ", was " + n);
      }
      this.maxCandidates = n;
      return this;
    }

    /**
     * Whether the cyber-surveillance screens run (default true): the Article 5 catch-all indicators
     * of a product not listed and the Article 2(20) flag of a listed one. Off, every classification
     * has no indicators and the flag {@link CyberSurveillanceFlag#NONE}; the list's own
     * cyber-surveillance release notes still apply, as every note of the list does.
     */
    public Builder surveillanceScreens(boolean on) {
      this.surveillanceScreens = on;
      return this;
    }

    /**
     * The weights of the kind routing (default {@link KindFactors#STANDARD}, fitted on tune): for
     * research, the fit that chooses them ({@code FitKindFactors} in the benchmarks module).
     */
    public Builder kindFactors(KindFactors factors) {
      this.kindFactors = Objects.requireNonNull(factors, "factors");
      return this;
    }

    /** A classifier with these options. */
    public HybridClassifier build() {
      DecisionModel model = decisionModel != null ? decisionModel : DecisionModel.standard();
      if (!Double.isNaN(listingThreshold)) {
        model = model.withThreshold(listingThreshold);
      }
      return new HybridClassifier(index, ParameterReportSide.standard(index.list()), constraints, model, null,
          maxCandidates, surveillanceScreens, kindFactors);
    }
  }
}
