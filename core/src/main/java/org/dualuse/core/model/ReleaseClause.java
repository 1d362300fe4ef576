package org.dualuse.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release clause of a note: the sentence that takes items out of the list ("5A001.b.3 does not
 * control equipment designed to operate at an output power of 1 W or less"). The parser reads it
 * once per note ({@link #readAll}) and keeps it on the {@link Note}; every reader of a note's release
 * (the note's codes, its typed condition, its words against a product text, the cyber-surveillance
 * notes, the Cryptography Note's scope) takes it from there instead of matching the text again.
 *
 * <p><b>The wordings.</b> One pattern ({@code VERB}) holds every release verb Annex I uses, found by
 * reading every sentence with "not" in the notes of the consolidated 2025 text (regulation 2021/821
 * as amended to 2025-11-15: 366 notes, 286 technical notes, 163 N.B.s). The verb that opens each
 * releasing note's clause, as read: "does not control" 214 (one of them in a note printed inside a
 * technical note), "do not control" 5, "does not apply to" 5, "does not apply for" 1, "does not
 * include" 2, "does not specify" 1, "does not refer to" 1: 229 notes. Five technical notes say "does
 * not include" to define a measure ("the dimension ... does not include fixtures") and release
 * nothing. The list's documents add "is not controlled" 1 and "are not controlled" 2 (the notes of
 * the coating table). Sentences with "not" that release nothing are left out: "Note 1 does not
 * diminish the rights ...", "do not determine the status of control", "is not relevant", "does not
 * necessarily mean", "remain controlled whether or not".
 *
 * <p><b>Where a clause is read.</b> A note's text may carry another note printed after it ("... is
 * measured so. Note 6A004.e. does not control ...", "Note 1: ... Note 2: ..."): the text is split at
 * such labels, and each part holds at most one clause, its first release verb. A part releases only
 * when it is a note: a technical note defines and measures, an N.B. redirects. What the part says
 * before the verb is its {@link #subject} (the codes it releases, "1C350", or nothing: then the node
 * holding the note); what comes after is its {@link #words} (the released goods and their
 * conditions). In the passive ("Thermal barrier coatings ... are not controlled") the released goods
 * are the subject: {@link #scope} gives the words that say what is released either way.
 *
 * @param label the label of the part that holds the clause ("Note 2" when printed inside another
 *     note's text), or empty for the note's own text
 * @param subject the part's text before the verb, stripped
 * @param verb the verb as printed ("does not control")
 * @param words the part's text after the verb, stripped
 * @param verbStart where the verb starts in the note's text
 * @param passive true for "is/are not controlled", whose subject is what is released
 * @param allOf true when the clause states conditions that must all hold ("meeting all (of) the
 *     following")
 */
public record ReleaseClause(String label, String subject, String verb, String words, int verbStart,
    boolean passive, boolean allOf) {

  /** Every release verb of the annex; see the class comment for the wordings and their counts. */
  private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:"
      + "(?:does|do)\\s+not\\s+(?:control|include|specify|refer\\s+to|apply(?:\\s+(?:to|for))?)"
      + "|(?:is|are)\\s+not\\s+(controlled))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  /** A note printed inside another note's text: "Note 2:", "Technical Notes:", "N.B.", "Note 6A004.e.". */
  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{L}])(?:(Technical\\s+)?Notes?(?:\\s+\\d{1,2})?:|(N\\.B\\.)|Note(?=\\s+\\d[A-E]\\d{3}))");
  private static final Pattern ALL_OF = Pattern.compile(
      "(?<![\\p{L}])(?:all|both)\\s+(?:of\\s+)?the\\s+following(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  public ReleaseClause {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(words, "words");
  }

  /** The words that say what is released: the subject in the passive, else the words after the verb. */
  public String scope() {
    return passive ? subject : words;
  }

  /**
   * The release clauses of a note's text, one per part (see the class comment), in order; empty when
   * it releases nothing. An N.B. never releases; a technical note only in a note printed inside it.
   *
   * @throws NullPointerException if {@code kind} or {@code text} is null
   */
  public static List<ReleaseClause> readAll(NoteKind kind, String text) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind == NoteKind.NB || !text.contains("not")) {
      return List.of(); // every release verb holds "not": most notes are spared the patterns
    }
    List<ReleaseClause> out = new ArrayList<>();
    Matcher labels = LABEL.matcher(text);
    int start = 0;
    String label = "";
    boolean releasing = kind == NoteKind.NOTE;
    while (true) {
      boolean more = labels.find();
      int end = more ? labels.start() : text.length();
      if (releasing) {
        clauseIn(text, start, end, label).ifPresent(out::add);
      }
      if (!more) {
        return List.copyOf(out);
      }
      start = labels.end();
      label = labels.group().endsWith(":") ? labels.group().substring(0, labels.group().length() - 1).strip()
          : labels.group().strip();
      releasing = labels.group(1) == null && labels.group(2) == null;
    }
  }

  /** The first release clause of a note's text ({@link #readAll}), or empty. */
  public static Optional<ReleaseClause> read(NoteKind kind, String text) {
    List<ReleaseClause> all = readAll(kind, text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * The first release clause in any prose of the list (a general note, a document), read as a note's
   * own text: no labels split it.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<ReleaseClause> find(String text) {
    Objects.requireNonNull(text, "text");
    return clauseIn(text, 0, text.length(), "");
  }

  /** Whether a text states a list of conditions that must all hold ("all (of) the following", "both of the following"). */
  public static boolean statesAllOf(String text) {
    Objects.requireNonNull(text, "text");
    return ALL_OF.matcher(text).find();
  }

  private static Optional<ReleaseClause> clauseIn(String text, int start, int end, String label) {
    Matcher m = VERB.matcher(text).region(start, end);
    if (!m.find()) {
      return Optional.empty();
    }
    String words = text.substring(m.end(), end).strip();
    return Optional.of(new ReleaseClause(label, text.substring(start, m.start()).strip(), m.group(), words,
        m.start(), m.group(1) != null, statesAllOf(words)));
  }
}
