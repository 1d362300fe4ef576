package org.dualuse.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.internal.DeferredList;

/**
 * Why a candidate was proposed: the words that matched, the criteria met, failed and unknown, and
 * the notes that apply, in words and as data.
 *
 * <p>The structure: {@code criteria} holds the result of every threshold, range and feature on the
 * path from the entry to the node, in order (ancestors first), each with its criterion (parameter,
 * comparison, bound or range), its truth (MATCH = met, NO_MATCH = failed, UNKNOWN), the {@link
 * org.dualuse.core.criteria.Fact} it was decided on (value, where in the text or "user", and whether a
 * word named it) and whether a feature was assumed; {@code notesChecked} holds the notes of the list
 * that were checked for the candidate and what each did ({@link NoteCheck}); {@code subjects} the
 * subjects the text names that concern the candidate ({@link SubjectMatch}); {@code wordMatches}
 * which words of the text matched which term or vocabulary phrase of the node, and where ({@link
 * MatchedWord}); {@code remarks} the notes checked and the other remarks on the candidate (a negated
 * word, a purpose clause, the whole the text describes) as data ({@link Remark}).
 *
 * <p>The words: every string list holds human-readable lines in a stable order. An evidence made by
 * {@link #of} puts its criteria lines from its criteria, so that {@code criteriaMet} is the
 * explanations of the MATCH results in order, {@code criteriaFailed} of the NO_MATCH ones, and
 * {@code criteriaUnknown} of the UNKNOWN ones; its {@code matchedWords} are the lines of its word
 * matches and its {@code notes} the lines of its remarks, in order. The {@code notes}
 * lines are more than the notes: they also tell what else weakened or moved the candidate.
 *
 * <p>Cheap to make: the lists may be given as {@code DeferredList}s (the library's own lazy lists), kept as they are and computed
 * when first read (most callers read the decision and the codes only); the criteria results are the
 * objects the evaluation made, shared, never evaluated again. Immutable.
 *
 * @param matchedWords words of the product text found in the node's text or vocabulary
 * @param criteriaMet criteria the facts satisfy, described
 * @param criteriaFailed criteria the facts contradict, described with the value that failed
 * @param criteriaUnknown criteria no fact speaks to
 * @param notes notes that apply (decontrol notes that were checked, N.B. redirections), and other
 *     remarks on the candidate
 * @param explanation one or two sentences that sum the evidence up
 * @param criteria the result of each criterion on the path to the node, in order; empty when the
 *     classifier evaluated none (or gave its evidence in words only)
 * @param notesChecked the notes of the list checked for the candidate that released, redirected, or
 *     were shown or evaluated in part, with what each did
 * @param subjects the subjects the text names whose nodes are the candidate's, above it or below it
 * @param wordMatches the words of the text that matched the node, as data; empty when the classifier
 *     gave its words as lines only
 * @param remarks the notes checked and the other remarks, as data, whose lines are the {@code
 *     notes}; empty when the classifier gave its remarks as lines only
 * @param notesNotApplied the notes decided by their words (decontrol notes printed under the
 *     candidate or above it) that were checked for the candidate and did not apply, each {@link
 *     NoteAction#NOT_RELEASED} with the words of its alternatives looked for and missing; kept apart
 *     from {@code notesChecked}, which holds what a note did, and computed when first read
 */
public record Evidence(
    List<String> matchedWords,
    List<String> criteriaMet,
    List<String> criteriaFailed,
    List<String> criteriaUnknown,
    List<String> notes,
    String explanation,
    List<CriterionResult> criteria,
    List<NoteCheck> notesChecked,
    List<SubjectMatch> subjects,
    List<MatchedWord> wordMatches,
    List<Remark> remarks,
    List<NoteCheck> notesNotApplied) {
  public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), "");

  public Evidence {
    matchedWords = matchedWords == null ? List.of() : List.copyOf(matchedWords);
    criteriaMet = unmodifiable(criteriaMet);
    criteriaFailed = unmodifiable(criteriaFailed);
    criteriaUnknown = unmodifiable(criteriaUnknown);
    notes = notes == null ? List.of() : List.copyOf(notes);
    explanation = explanation == null ? "" : explanation;
    criteria = unmodifiable(Objects.requireNonNull(criteria, "criteria"));
    notesChecked = unmodifiable(Objects.requireNonNull(notesChecked, "notesChecked"));
    subjects = unmodifiable(Objects.requireNonNull(subjects, "subjects"));
    wordMatches = unmodifiable(Objects.requireNonNull(wordMatches, "wordMatches"));
    remarks = unmodifiable(Objects.requireNonNull(remarks, "remarks"));
    notesNotApplied = unmodifiable(Objects.requireNonNull(notesNotApplied, "notesNotApplied"));
  }

  /** Evidence with criteria, notes and subjects as data, and its words and remarks in words only. */
  public Evidence(List<String> matchedWords, List<String> criteriaMet, List<String> criteriaFailed,
      List<String> criteriaUnknown, List<String> notes, String explanation, List<CriterionResult> criteria,
      List<NoteCheck> notesChecked, List<SubjectMatch> subjects) {
    this(matchedWords, criteriaMet, criteriaFailed, criteriaUnknown, notes, explanation, criteria, notesChecked,
        subjects, List.of(), List.of(), List.of());
  }

  /** Evidence in words only, without structure (a classifier that evaluates no criteria). */
  public Evidence(List<String> matchedWords, List<String> criteriaMet, List<String> criteriaFailed,
      List<String> criteriaUnknown, List<String> notes, String explanation) {
    this(matchedWords, criteriaMet, criteriaFailed, criteriaUnknown, notes, explanation, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Evidence whose lines are a view of its data: the criteria lines are the explanations of the met,
   * failed and unknown results, in order, put into words when first read; the matched words are the
   * lines of the word matches, in order; the notes are the lines of the remarks, in order.
   *
   * @param wordMatches the words of the text that matched the node, in order
   * @param criteria the result of each criterion on the path to the node, in order
   * @param remarks the notes checked and the other remarks on the candidate, in order
   * @throws NullPointerException when a list is null
   */
  public static Evidence of(List<MatchedWord> wordMatches, List<CriterionResult> criteria, List<Remark> remarks,
      List<NoteCheck> notesChecked, List<SubjectMatch> subjects, String explanation) {
    return of(wordMatches, criteria, remarks, notesChecked, List.of(), subjects, explanation);
  }

  /**
   * As {@link #of(List, List, List, List, List, String)}, with the notes decided by their words that
   * were checked and did not apply.
   *
   * @param notesNotApplied the notes decided by words checked for the candidate that did not apply
   */
  public static Evidence of(List<MatchedWord> wordMatches, List<CriterionResult> criteria, List<Remark> remarks,
      List<NoteCheck> notesChecked, List<NoteCheck> notesNotApplied, List<SubjectMatch> subjects,
      String explanation) {
    Objects.requireNonNull(wordMatches, "wordMatches");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(remarks, "remarks");
    Objects.requireNonNull(explanation, "explanation");
    List<String> words = wordMatches.stream().map(MatchedWord::line).toList();
    List<String> notes = remarks.stream().map(Remark::line).toList();
    return new Evidence(words, linesOf(criteria, Truth.MATCH), linesOf(criteria, Truth.NO_MATCH),
        linesOf(criteria, Truth.UNKNOWN), notes, explanation, criteria, notesChecked, subjects, wordMatches, remarks,
        notesNotApplied);
  }

  /** The criteria results the facts meet, in order. */
  public List<CriterionResult> met() {
    return withTruth(criteria, Truth.MATCH);
  }

  /** The criteria results the facts fail, in order. */
  public List<CriterionResult> failed() {
    return withTruth(criteria, Truth.NO_MATCH);
  }

  /** The criteria results no fact decides, in order. */
  public List<CriterionResult> unknown() {
    return withTruth(criteria, Truth.UNKNOWN);
  }

  /** The explanations of the results of one truth, when first read; the empty list when there are no results. */
  private static List<String> linesOf(List<CriterionResult> criteria, Truth truth) {
    if (criteria.isEmpty()) {
      return List.of();
    }
    return DeferredList.of(() -> withTruth(criteria, truth).stream().map(CriterionResult::explanation).toList());
  }

  private static List<CriterionResult> withTruth(List<CriterionResult> criteria, Truth truth) {
    List<CriterionResult> out = new ArrayList<>();
    for (CriterionResult r : criteria) {
      if (r.truth() == truth) {
        out.add(r);
      }
    }
    return out;
  }

  /** A copy of the list; a {@code DeferredList} is kept as it is, so that it is computed when read. */
  private static <T> List<T> unmodifiable(List<T> items) {
    return items == null ? List.of() : items instanceof DeferredList<T> ? items : List.copyOf(items);
  }
}
