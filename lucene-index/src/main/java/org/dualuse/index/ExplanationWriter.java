package org.dualuse.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.internal.DeferredList;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.DecontrolOutcome;
import org.dualuse.core.classify.MatchedWord;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.NoteAction;
import org.dualuse.core.classify.NoteCheck;
import org.dualuse.core.classify.SubjectMatch;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.decision.DecisionFeatures;
import org.dualuse.index.decision.DecisionModel;
import org.dualuse.index.knowledge.ProductType;
import org.dualuse.index.knowledge.SubjectMention;
import org.dualuse.index.surveillance.Article5Screen;

/**
 * The last stage: writes the {@link Classification} of a decided product. The candidate the decision
 * rests on is shown first (the released node the text fits best when it outshines the others); each
 * candidate carries its evidence (matched words, vocabulary phrases, CAS numbers, criteria met, failed
 * and unknown, the notes found about it); the explanation says what decided, names the features that
 * moved the odds most, the questions to ask, the Article 5 disclaimer, the cyber-surveillance flag and
 * the facts left out.
 *
 * <p>Immutable and thread-safe.
 */
final class ExplanationWriter {

  private final ListIndex index;
  private final ControlList list;
  private final DecisionModel decisionModel;
  private final int maxCandidates;
  // immutable once built; built at most a few times when threads race, and then the same
  private volatile VocabularyRows rows;

  /** @param maxCandidates the most candidates a classification shows */
  ExplanationWriter(ListIndex index, DecisionModel decisionModel, int maxCandidates) {
    this.index = index;
    this.list = index.list();
    this.decisionModel = decisionModel;
    this.maxCandidates = maxCandidates;
  }

  /**
   * The classification of a product: the best candidates of the ranking, at most as many as this
   * writer shows (the one the decision rests on first), each with its evidence, and the explanation
   * of the decision taken on the shortlist.
   */
  Classification write(Shortlist shortlist, List<ScoredNode> ranked, DecisionRule.Verdict verdict,
      CyberSurveillanceFlag cyber, List<Article5Indicator> indicators, ProductReader.Reading product) {
    AnalyzedText text = product.text();
    ParameterSide.View facts = product.facts();
    List<ScoredNode> shown = ranked.subList(0, Math.min(maxCandidates, ranked.size()));
    ScoredNode best = shortlist.best();
    ScoredNode fittest = shortlist.fittest();
    Decision decision = verdict.decision();
    List<MissingFact> missing = verdict.missing();
    DecisionFeatures features = verdict.features();
    double confidence = verdict.confidence();
    boolean outshone = verdict.outshone();
    if (outshone && shown.get(0) != fittest) {
      // the decision rests on the released (or failed) node the text fits best: show it first
      List<ScoredNode> reordered = new ArrayList<>(shown);
      reordered.remove(fittest);
      reordered.add(0, fittest);
      shown = reordered.subList(0, Math.min(maxCandidates, reordered.size()));
    } else if (decision != Decision.NOT_LISTED && best != null && shown.get(0) != best) {
      // the decision rests on the best viable candidate: show it first
      List<ScoredNode> reordered = new ArrayList<>(shown);
      reordered.remove(best);
      reordered.add(0, best);
      shown = reordered.subList(0, Math.min(maxCandidates, reordered.size()));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (ScoredNode s : shown) {
      candidates.add(candidate(s, text, product.subjects()));
    }
    String explanation = outshone && decision == Decision.NOT_LISTED
        ? "The text fits " + fittest.node.code() + " best, and " + (fittest.released ? "a note releases it"
            : fittest.failed ? "the facts fail its criteria" : "its text excludes what the product is")
            + "; the other candidates fit it far less (" + best.node.code() + " scores under " + CandidateFeatures.DOMINANCE
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

  private Candidate candidate(ScoredNode s, AnalyzedText text, List<SubjectMention> subjects) {
    List<MatchedWord> matches = wordMatches(s, text);
    List<String> words = matches.stream().map(MatchedWord::line).toList();
    Truth truth = s.truth.orElse(Truth.UNKNOWN);
    String summary = s.released ? "released by a note"
        : s.failed ? "its criteria fail on the facts"
        : s.excluded ? "its text excludes what the product is"
        : truth == Truth.MATCH ? "text and criteria fit"
        : s.truth.isPresent() ? "the text fits; its criteria need facts"
        : "the text fits; no typed criteria";
    String explanation = s.node.code() + ": " + summary
        + (words.isEmpty() ? "" : "; words: " + String.join(", ", words)) + ".";
    // the criteria in words and the notes and subjects as data are made when a caller first reads
    // them: most callers read the decision and the codes, and wording every criterion of ten
    // candidates cost a tenth of a classification
    Evidence evidence = Evidence.of(matches, s.findings.results(), s.notes, notesChecked(s), s.notApplied,
        subjects.isEmpty() ? List.of() : DeferredList.of(() -> subjectsOf(s.node.code(), subjects)), explanation);
    return new Candidate(s.node.code(), Math.round(s.score * 10000) / 10000.0, truth, evidence);
  }

  /**
   * The words of the text that matched the node, in the order the evidence shows them: each word of
   * the text once, with the node's terms it carries and its first place; then the vocabulary phrases
   * found, with their rows; then the CAS numbers of the text the node names.
   */
  private List<MatchedWord> wordMatches(ScoredNode s, AnalyzedText text) {
    List<MatchedWord> out = new ArrayList<>();
    Map<String, Integer> bySurface = new HashMap<>();
    for (String t : s.matchedTerms) {
      AnalyzedText.Token token = firstWithTerm(text, t);
      String surface = token == null ? t : token.surface();
      Integer at = bySurface.get(surface);
      if (at != null) {
        MatchedWord m = out.get(at);
        List<String> terms = new ArrayList<>(m.terms());
        terms.add(t);
        out.set(at, new MatchedWord(m.kind(), m.words(), terms, m.start(), m.end(), m.rows(), m.line()));
      } else {
        bySurface.put(surface, out.size());
        out.add(new MatchedWord(MatchedWord.Kind.TERM, surface, List.of(t), token == null ? -1 : token.start(),
            token == null ? -1 : token.end(), List.of(), surface));
      }
    }
    for (String p : s.phrases) {
      // a phrase found as written has its place; one found through its analysed words has none
      int start = placeOf(text.text(), p);
      boolean placed = start >= 0;
      out.add(new MatchedWord(MatchedWord.Kind.PHRASE, placed ? text.text().substring(start, start + p.length()) : p,
          List.of(p), placed ? start : -1, placed ? start + p.length() : -1, rows().of(p, s.node.code()),
          "\"" + p + "\" (vocabulary)"));
    }
    ListIndex.NodeWords indexed = text.casNumbers().isEmpty() ? null : index.wordsOf(s.node.code());
    for (String cas : text.casNumbers()) {
      if (indexed != null && indexed.casNumbers().contains(cas)) {
        int start = text.text().indexOf(cas);
        out.add(new MatchedWord(MatchedWord.Kind.CAS, cas, List.of(cas), start, start < 0 ? -1 : start + cas.length(),
            List.of(), "CAS " + cas));
      }
    }
    return out;
  }

  /** Where a phrase stands in the text as written, case aside, as whole words; -1 when it does not. */
  private static int placeOf(String text, String phrase) {
    if (phrase.isEmpty()) {
      return -1;
    }
    for (int at = 0; at <= text.length() - phrase.length(); at++) {
      if (text.regionMatches(true, at, phrase, 0, phrase.length())
          && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (at + phrase.length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + phrase.length())))) {
        return at;
      }
    }
    return -1;
  }

  private static AnalyzedText.Token firstWithTerm(AnalyzedText text, String term) {
    for (AnalyzedText.Token t : text.tokens()) {
      if (t.term().equals(term)) {
        return t;
      }
    }
    return null;
  }

  /** The vocabulary's rows by phrase, built when a phrase is first shown (most texts have none). */
  private VocabularyRows rows() {
    VocabularyRows r = rows;
    if (r == null) {
      r = new VocabularyRows(index.vocabulary());
      rows = r;
    }
    return r;
  }

  /**
   * The notes checked for a candidate: those the notes stage recorded (releases, redirects, notes shown
   * in part), then the parametric decontrol notes its findings hold that did not release it, each as
   * the facts left it (one met only on guessed values, or judged whole with its words, is undecided).
   */
  private static List<NoteCheck> notesChecked(ScoredNode s) {
    List<NoteCheck> recorded = List.copyOf(s.checks);
    List<DecontrolOutcome> decontrols = s.findings.decontrols();
    if (decontrols.isEmpty()) {
      return recorded;
    }
    return DeferredList.of(() -> {
      List<NoteCheck> out = new ArrayList<>(recorded);
      for (DecontrolOutcome d : decontrols) {
        if (recorded.stream().noneMatch(c -> c.action() == NoteAction.RELEASED && madeOf(c, d))) {
          NoteAction action = NoteCheck.actionOf(d);
          out.add(NoteCheck.of(d, action == NoteAction.RELEASED ? NoteAction.UNDECIDED : action));
        }
      }
      return out;
    });
  }

  /** Whether the check was made of the outcome: the same note, its conditions the very same results. */
  private static boolean madeOf(NoteCheck c, DecontrolOutcome d) {
    if (!c.holder().equals(Optional.of(d.host())) || !c.label().equals(d.label())
        || c.conditions().size() != d.results().size()) {
      return false;
    }
    for (int i = 0; i < d.results().size(); i++) {
      if (c.conditions().get(i) != d.results().get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The subjects the text names whose nodes are the candidate's, above it or below it, in the text's order. */
  private List<SubjectMatch> subjectsOf(ControlCode code, List<SubjectMention> mentions) {
    List<SubjectMatch> out = new ArrayList<>();
    for (SubjectMention m : mentions) {
      // the knowledge files speak of the 2025 EU list: a code this list does not have names nothing here
      boolean covers = m.codes().stream()
          .anyMatch(c -> (c.isPrefixOf(code) || code.isPrefixOf(c)) && list.find(c).isPresent());
      if (covers) {
        out.add(new SubjectMatch(m.subject(), m.codes(), m.name(), m.words(), m.language(),
            m.relation() != ProductType.Relation.IS_A));
      }
    }
    return out;
  }

  /**
   * A non-negative number with two decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes
   * it (half up on the shortest decimal form), without creating a Formatter per classification.
   */
  static String twoDecimals(double v) {
    // BigDecimal.valueOf(v) is the decimal Double.toString writes; rounding that string by hand gives
    // the same digits without two BigDecimals per figure (a fifth of writing an explanation). Forms
    // with an exponent or a sign, and NaN and the infinities, are left to BigDecimal.
    String s = Double.toString(v);
    int dot = s.indexOf('.');
    if (dot <= 0 || s.charAt(0) == '-' || s.indexOf('E') >= 0) {
      return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    int decimals = s.length() - dot - 1;
    if (decimals <= 2) {
      return decimals == 2 ? s : s + "0";
    }
    // the digits up to the second decimal, without the dot, rounded up when the third decimal is 5 or
    // more (half up on the decimal form: what follows the third decimal cannot bring it below half)
    char[] digits = (s.substring(0, dot) + s.substring(dot + 1, dot + 3)).toCharArray();
    boolean carry = s.charAt(dot + 3) >= '5';
    for (int k = digits.length - 1; carry && k >= 0; k--) {
      carry = digits[k] == '9';
      digits[k] = carry ? '0' : (char) (digits[k] + 1);
    }
    String rounded = (carry ? "1" : "") + new String(digits);
    return rounded.substring(0, rounded.length() - 2) + "." + rounded.substring(rounded.length() - 2);
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

  private String explain(Decision decision, ScoredNode best, DecisionFeatures features, double confidence,
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
