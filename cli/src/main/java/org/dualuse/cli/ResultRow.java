package org.dualuse.cli;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.MissingFact;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;

/**
 * One record of batch results as the summary and the re-screening read it, whether it comes from
 * a batch being written ({@link #of(BatchOutcome)}) or from a results file read back
 * ({@link ResultsFile}).
 *
 * @param line the row's line in the batch's input
 * @param id the row's id; null when it has none
 * @param product the product as classified; null when the record does not carry it
 * @param error why the row has no classification; null when it has one
 * @param decision the decision; null when {@code error} is set
 * @param code the code the decision rests on; empty for NOT_LISTED and failed rows
 * @param cyberSurveillance true when the decision rests on a cyber-surveillance item
 * @param article5 the Article 5 indicators of an unlisted row
 * @param questions the missing facts, as parameter and question
 * @param listId the list classified against; empty for a failed row
 * @param confidence the classification's confidence, when given
 * @param unreadable true when the record itself could not be read (then {@code line} is its line
 *     in the results file, and {@code error} says what was wrong)
 */
record ResultRow(long line, String id, Product product, String error, Decision decision, Optional<ControlCode> code,
    boolean cyberSurveillance, List<String> article5, List<Question> questions,
    String listId, Optional<Double> confidence, boolean unreadable) {

  /** A missing fact: the parameter to state, and the question that asks for it. */
  record Question(String parameter, String question) {}

  ResultRow {
    article5 = List.copyOf(article5);
    questions = List.copyOf(questions);
    if ((error == null) == (decision == null)) {
      throw new IllegalArgumentException("a result row has either a decision or an error (line " + line + ")");
    }
  }

  static ResultRow failed(long line, String id, Product product, String error) {
    return new ResultRow(line, id, product, error, null, Optional.empty(), false, List.of(),
        List.of(), "", Optional.empty(), false);
  }

  /** A record of a results file that cannot be read; {@code line} is its line in that file. */
  static ResultRow unreadable(long line, String id, String error) {
    return new ResultRow(line, id, null, error, null, Optional.empty(), false, List.of(),
        List.of(), "", Optional.empty(), true);
  }

  static ResultRow of(BatchOutcome o) {
    BatchRow row = o.row();
    if (o.failed()) {
      return failed(row.line(), row.id(), o.product(), o.error());
    }
    Classification c = o.classification();
    Optional<ControlCode> first = c.candidates().isEmpty() ? Optional.empty() : Optional.of(c.candidates().get(0).code());
    return new ResultRow(row.line(), row.id(), o.product(), null, c.decision(),
        c.decision() == Decision.NOT_LISTED ? Optional.empty() : first, c.cyberSurveillance(),
        c.article5().stream().map(Article5Indicator::indicator).toList(),
        c.missingFacts().stream().map((MissingFact m) -> new Question(m.parameter(), m.question())).toList(),
        c.listId(), c.confidence().isPresent() ? Optional.of(c.confidence().getAsDouble()) : Optional.empty(), false);
  }

  boolean failed() {
    return error != null;
  }

  /** The id as a report shows it: the row's own, or its line. */
  String label() {
    return id != null ? id : "line " + line;
  }
}
