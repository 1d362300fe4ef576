package org.dualuse.core.classify;

import java.util.List;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;

/**
 * One remark on a candidate, as data: what it is about, the other nodes it names and the words of the
 * product text it rests on. The {@link Evidence#notes() notes} of an evidence are the lines of its
 * remarks, in order. Immutable.
 *
 * @param kind what the remark is about
 * @param codes the nodes it names besides the candidate (the part a whole incorporates, the goods
 *     software is for, the node an N.B. redirects from, the codes a note releases); may be empty
 * @param words the words of the product text it rests on, as the text writes them (the negated
 *     words, the words excluded by "non-", the purpose the text states, the kind of goods it names);
 *     empty when none does (a remark of the facts, a part released with its whole)
 * @param line the remark in words, as the notes show it
 */
public record Remark(RemarkKind kind, List<ControlCode> codes, List<String> words, String line) {
  public Remark {
    Objects.requireNonNull(kind, "kind");
    codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    Objects.requireNonNull(line, "line");
  }

  /**
   * The remark for a note checked: its line after a prefix ({@code "released: "}, {@code "not
   * released: "}), with the codes the note releases or redirects to and the words that decided it.
   */
  public static Remark of(String prefix, NoteCheck note) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(note, "note");
    return new Remark(RemarkKind.NOTE, note.codes(), note.decidedBy(), prefix + note.line());
  }
}
