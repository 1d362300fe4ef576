package org.dualuse.index;

import org.dualuse.index.analysis.ProductKinds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.decision.DecisionFeature;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.knowledge.ProductType;
import org.dualuse.index.knowledge.SubjectMention;

/**
 * The stage that describes the deciding candidate for the {@link org.dualuse.index.decision.DecisionModel}:
 * its {@link DecisionFeature}s (how much of the text's word weight its indexed words cover, a
 * vocabulary name or the code or a substance of it named, whether the text names its kind of goods
 * or another kind or a look-alike, criteria met or open, whether a released node fits the text far
 * better...; never the text's length).
 *
 * <p>Read once per list at construction (the names of the chemicals the materials nodes control);
 * immutable and thread-safe.
 */
final class CandidateFeatures {

  /** A released node "outshines" a candidate that scored under this share of it before the checks. */
  static final double DOMINANCE = 0.5;
  /** A word's weight is its idf capped at this share of the idf of a word found in one node. */
  private static final double IDF_CAP_SHARE = 0.8;
  /** A word the list does not have weighs this share of the idf of a word found in one node. */
  private static final double UNKNOWN_WORD_SHARE = 0.33;

  private final ListIndex index;
  private final ControlList list;
  private final KindRouter kinds;
  /**
   * Per name of a chemical that a materials node controls (the knowledge files' names, synonyms and
   * translations), the nodes it names: a text that gives the name identifies the substance, as a
   * CAS number does.
   */
  private final Map<String, List<ControlCode>> chemicalNames = new HashMap<>();

  CandidateFeatures(ListIndex index, KindRouter kinds) {
    this.index = index;
    this.list = index.list();
    this.kinds = kinds;
    for (org.dualuse.index.knowledge.Pointer p : Knowledge.standard().pointers(list)) {
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
  }

  /**
   * The word weight of the text that the node's indexed words cover, and the text's whole word
   * weight: each word weighs its inverse document frequency over the list, capped, and a word the
   * list does not have weighs a fixed share of the rarest word's.
   */
  private double[] coveredAndTotal(ScoredNode s, AnalyzedText text, List<AnalyzedText.Word> textWords) {
    double rarest = index.idfOfRarest();
    double total = 0;
    double covered = 0;
    Set<String> matched = new LinkedHashSet<>(s.matchedTerms);
    // "know-how", "source code": the words that make the text software or technology are what a D or
    // E node is about, though the node's text words them otherwise ("technology", "software")
    matched.addAll(kinds.kindTermsFor(text, s.node.code().group()));
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

  /** The features of the shortlist's deciding candidate, which it must have; see {@link DecisionFeature}. */
  DecisionFeatures featuresOf(Shortlist shortlist, ProductReader.Reading product) {
    ScoredNode best = shortlist.best();
    List<ScoredNode> shown = shortlist.shown();
    AnalyzedText text = product.text();
    Map<DecisionFeature, Double> f = new java.util.EnumMap<>(DecisionFeature.class);
    // the text's words and the candidate's share of them, worked out once for every feature that reads them
    List<AnalyzedText.Word> textWords = text.positiveWords();
    double[] weights = coveredAndTotal(best, text, textWords);
    f.put(DecisionFeature.VOCABULARY_PHRASE, bit(!best.phrases.isEmpty() || hasAncestorPhrase(best, product.phrases())));
    f.put(DecisionFeature.POINTER, bit(best.pointed));
    Truth truth = best.truth.orElse(null);
    // a release note is an exception to its provision: when every condition of the provision is met
    // and only a note's condition is undecided, the provision's criteria are met (the note releases
    // only a product shown to be what it names; the note's question is still asked)
    boolean onlyNoteOpen = truth == Truth.UNKNOWN && best.findings.unknown().isEmpty()
        && !best.findings.met().isEmpty();
    if (onlyNoteOpen) {
      truth = Truth.MATCH;
    }
    f.put(DecisionFeature.CRITERIA_MET, bit(truth == Truth.MATCH));
    f.put(DecisionFeature.CRITERIA_MET_BY_GUESS, bit(truth == Truth.MATCH && best.findings.metByGuessesOnly()));
    f.put(DecisionFeature.NAMES_CODE, bit(namesCode(best, text)));
    List<String> words = evidenceWords(best, text, textWords);
    boolean identity = namesCasNumber(best, text) || words.stream().anyMatch(w -> namesSubstance(best, w))
        || namesChemical(best);
    f.put(DecisionFeature.NAMES_IDENTITY, bit(identity));
    // a substance named by its CAS number or name is what its provision's words describe ("Chloropicrin:
    // Trichloronitromethane", "and chemical mixtures containing one or more thereof"): those words,
    // which no threshold types, are settled by the name. Only a typed condition (a purity, a share)
    // still needs a fact, and asks for it.
    boolean open = truth != null && truth != Truth.MATCH
        && !(identity && truth == Truth.UNKNOWN && best.findings.questions().isEmpty());
    f.put(DecisionFeature.CRITERIA_OPEN, bit(open));
    f.put(DecisionFeature.CRITERIA_PARTLY_MET, bit(open && meetsOnNamedValue(best.findings)
        && !best.findings.unknown().isEmpty()));
    f.put(DecisionFeature.CRITERIA_FAILED_IN_PART, bit(failsOnNamedValue(best.findings)));
    boolean anySubject = false;
    boolean subjectMatch = false;
    boolean denied = false;
    for (SubjectMention m : product.subjects()) {
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
    f.put(DecisionFeature.ANY_SUBJECT, bit(anySubject));
    f.put(DecisionFeature.SUBJECT_DENIED, bit(denied));
    f.put(DecisionFeature.CRITERIA_OPEN_ON_SUBJECT, bit(open && subjectMatch));
    f.put(DecisionFeature.ONE_WORD, bit(restsOnOneWord(best, text, product.phrases(), words)));
    f.put(DecisionFeature.OUTSHONE, outshone(best, shown));
    f.put(DecisionFeature.EVIDENCE_WORDS, Math.log1p(words.size()));
    f.put(DecisionFeature.COVERED_WEIGHT, Math.log1p(weights[0] / index.idfOfRarest()));
    f.put(DecisionFeature.TRANSLATED_WEIGHT, Math.log1p(weights[2] / index.idfOfRarest()));
    f.put(DecisionFeature.REDIRECTED, bit(best.redirected));
    ProductGroup g = best.node.code().group();
    boolean goods = !g.isSoftwareOrTechnology();
    f.put(DecisionFeature.KIND_MISMATCH, bit(goods != (product.kind() == ProductKinds.Kind.GOODS)));
    return DecisionFeatures.of(best.node.code(), f);
  }

  /**
   * The log of the best score before the checks of a shown node that a note released, the facts
   * failed or its text excluded, over the candidate's: 0 when none fits the text better, capped at
   * {@value DecisionFeatures#MAX_OUTSHONE}.
   */
  static double outshone(ScoredNode best, List<ScoredNode> shown) {
    double rival = 0;
    for (ScoredNode s : shown) {
      if (s != best && !s.viable()) {
        rival = Math.max(rival, s.beforeChecks);
      }
    }
    if (rival <= best.beforeChecks) {
      return 0;
    }
    return best.beforeChecks <= 0 ? DecisionFeatures.MAX_OUTSHONE
        : Math.min(DecisionFeatures.MAX_OUTSHONE, Math.log(rival / best.beforeChecks));
  }

  /**
   * Whether a threshold or range of the node's criteria fails on a value the text names or the user
   * states (a value no word names is a guess at its parameter, and fails nothing).
   */
  static boolean failsOnNamedValue(ParameterSide.Findings findings) {
    for (CriterionResult r : findings.results()) {
      if (r.truth() == Truth.NO_MATCH && r.isParametric()
          && r.fact().map(fact -> fact.origin() != FactOrigin.UNNAMED_IN_TEXT).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a threshold or range of the node's criteria is met on a value the text names or the user states. */
  static boolean meetsOnNamedValue(ParameterSide.Findings findings) {
    return findings.results().stream().anyMatch(r -> r.truth() == Truth.MATCH && named(r));
  }

  private static boolean named(CriterionResult r) {
    return r.isParametric() && r.fact().map(fact -> fact.origin() != FactOrigin.UNNAMED_IN_TEXT).orElse(false);
  }

  /** Whether a vocabulary phrase that brought the node is the name of a chemical it (or its ancestry) controls. */
  private boolean namesChemical(ScoredNode s) {
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

  private static boolean namesCode(ScoredNode s, AnalyzedText text) {
    for (ControlCode named : text.codes()) {
      if (named.isPrefixOf(s.node.code()) || s.node.code().isPrefixOf(named)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesCasNumber(ScoredNode s, AnalyzedText text) {
    ListIndex.NodeWords words = index.wordsOf(s.node.code());
    return words != null && text.casNumbers().stream().anyMatch(words.casNumbers()::contains);
  }

  /**
   * The words of the text (their surface forms) that the node matched, in text order: a word the
   * node matched in any of its readings (its own term, or an English word the lexicon gives for it)
   * once; the parts of a compound are words of their own, as in the English text.
   */
  private static List<String> evidenceWords(ScoredNode s, AnalyzedText text, List<AnalyzedText.Word> textWords) {
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
  private boolean restsOnOneWord(ScoredNode s, AnalyzedText text, Map<ControlCode, List<String>> phrases,
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
  private boolean namesSubstance(ScoredNode s, String word) {
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
  private static boolean hasAncestorPhrase(ScoredNode s, Map<ControlCode, List<String>> phrases) {
    for (ControlCode up : s.node.code().ancestors()) {
      if (phrases.containsKey(up)) {
        return true;
      }
    }
    return false;
  }
}
