package org.dualuse.cli;

import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;

/**
 * The evidence of a classification in one short line, for a spreadsheet cell or an ERP field: for a
 * code, what its candidate's evidence says (the words that matched, how the criteria stand) and the
 * first criterion met, failed or unknown; for NOT_LISTED, the first sentence of the explanation
 * (what released or failed the nearest candidate, or that nothing fit). At most {@value #MAX}
 * characters; JSON Lines carries the whole evidence.
 */
final class EvidenceLine {
  /** The most characters of the line: a short text field of an ERP holds about this much. */
  static final int MAX = 240;

  private EvidenceLine() {}

  static String of(Classification c) {
    String line;
    if (c.decision() == Decision.NOT_LISTED || c.candidates().isEmpty()) {
      line = firstSentence(c.explanation());
    } else {
      Candidate best = c.candidates().get(0);
      StringBuilder b = new StringBuilder(best.evidence().explanation().isEmpty()
          ? best.code().toString() : best.evidence().explanation());
      if (!best.evidence().criteriaMet().isEmpty()) {
        b.append(" Met: ").append(best.evidence().criteriaMet().get(0)).append('.');
      } else if (!best.evidence().criteriaUnknown().isEmpty()) {
        b.append(" Unknown: ").append(best.evidence().criteriaUnknown().get(0)).append('.');
      }
      line = b.toString();
    }
    return shortened(line.replace('\n', ' ').replace('\r', ' ').strip());
  }

  private static String firstSentence(String text) {
    // ". " followed by a capital: a sentence ends there, not inside "3A001.b" or "0.35"
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      if (i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  private static String shortened(String s) {
    return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
  }
}
