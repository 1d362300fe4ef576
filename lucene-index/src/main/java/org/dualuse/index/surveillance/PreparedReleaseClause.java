package org.dualuse.index.surveillance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dualuse.index.analysis.NoteWordRule;

/**
 * A release clause of a cyber-surveillance note prepared for one candidate: the distinctive words of
 * its head and of each alternative, and the cues that refuse an alternative "limited to" something
 * (see {@link CyberSurveillanceNotes} for the rule). Tests a product text against the clause and
 * names the words that show it applies. Immutable and thread-safe.
 */
final class PreparedReleaseClause {

  private static final Pattern LIMITED = Pattern.compile("(?i)\\blimited to\\b");
  private static final Pattern NEGATIVE = Pattern.compile("(?i)\\bnot\\b");

  /**
   * One alternative (or part of one) of a clause: its enumerator, its full text, its words, whether
   * it is "limited to" something and whether it says "not" (both read once, here).
   */
  record Piece(String enumerator, String alternative, DistinctiveWords words, boolean limited, boolean negative) {
    static Piece of(String enumerator, String alternative, DistinctiveWords words) {
      return new Piece(enumerator, alternative, words, LIMITED.matcher(alternative).find(),
          NEGATIVE.matcher(words.text()).find());
    }
  }

  private final SurveillanceClause rc;
  private final DistinctiveWords head;
  private final List<Piece> alternatives;
  private final List<Cue> refusal;
  private final boolean limitedHead;

  /**
   * @param refusal the cues of the controlled function: a clause "limited to" something does not
   *     apply to a text that shows one
   */
  PreparedReleaseClause(SurveillanceClause rc, DistinctiveWords head, List<Piece> alternatives, List<Cue> refusal) {
    this.rc = rc;
    this.head = head;
    this.alternatives = List.copyOf(alternatives);
    this.refusal = List.copyOf(refusal);
    this.limitedHead = LIMITED.matcher(rc.head()).find();
  }

  /** The clause as the annex cites it, with the words of its alternatives. */
  String describe() {
    return rc.citation() + " releasing " + rc.releases() + (rc.conjunctive() ? " if all of: " : " if any of: ")
        + alternatives.stream().map(a -> a.words().text() + " " + a.words().stems()).toList();
  }

  /**
   * What the clause released: the clause, the words of the text that show it applies (as the text
   * writes them) and the reason in words.
   */
  record Shown(SurveillanceClause clause, List<String> words, String reason) {}

  /** The release of the product by the clause, naming the words of the text that show it; or empty. */
  Optional<Shown> test(ProductText text) {
    return rc.conjunctive() ? testAll(text) : testAny(text);
  }

  private Optional<Shown> testAll(ProductText text) {
    List<String> shown = new ArrayList<>();
    Optional<String> h = evidence(head, text, 1);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    shown.add(h.get());
    for (Piece piece : alternatives) {
      if (piece.negative()) {
        continue; // "is not any of the following": a description cannot show an absence
      }
      Optional<String> c = evidence(piece.words(), text, 1);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      if (!shown.contains(c.get())) {
        shown.add(c.get());
      }
    }
    if (limitedHead && refused(text).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Shown(rc, List.copyOf(shown), reason("all its conditions", shown)));
  }

  private Optional<Shown> testAny(ProductText text) {
    for (Piece piece : alternatives) {
      Optional<String> e = evidence(piece.words(), text, 0);
      if (e.isEmpty()) {
        continue;
      }
      boolean limited = piece.limited() || limitedHead;
      if (limited && refused(text).isPresent()) {
        continue;
      }
      String en = piece.enumerator();
      return Optional.of(new Shown(rc, List.of(e.get()),
          reason((en.isEmpty() ? "" : en + " ") + piece.alternative(), List.of(e.get()))));
    }
    return Optional.empty();
  }

  private String reason(String what, List<String> shown) {
    return "Released by " + rc.citation() + " (" + what + "): the product text says "
        + String.join(", ", shown.stream().map(s -> "\"" + s + "\"").toList()) + ".";
  }

  /**
   * Words of the text that show the piece applies, or empty: its own distinctive words first, then
   * the supplement's user phrases for a note phrase of the piece with a distinctive word in it
   * (an update alias serves the head that is about updates, not a condition that repeats it). A minimum of 0
   * means the list's one note word rule ({@link NoteWordRule}), an acronym of the piece sufficing; 1 means
   * one word suffices.
   */
  private static Optional<String> evidence(DistinctiveWords piece, ProductText text, int minimum) {
    List<String> surfaces = new ArrayList<>();
    int matched = 0;
    for (String stem : piece.stems()) {
      if (text.hasLight(stem)) {
        matched++;
        surfaces.add(surfaceOf(stem, text));
        if (piece.acronyms().contains(stem) && minimum == 0) {
          return Optional.of(surfaceOf(stem, text));
        }
      }
    }
    boolean enough = minimum > 0 ? matched >= minimum : NoteWordRule.enough(matched, piece.stems().size());
    if (enough) {
      return Optional.of(String.join(" ", surfaces));
    }
    for (Cue user : piece.userPhrases()) {
      Optional<String> hit = user.findIn(text);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  private Optional<String> refused(ProductText text) {
    for (Cue cue : refusal) {
      Optional<String> hit = cue.findIn(text);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  private static String surfaceOf(String stem, ProductText text) {
    for (Word w : text.words()) {
      if (w.light().equals(stem)) {
        return w.surface();
      }
    }
    return stem;
  }
}
