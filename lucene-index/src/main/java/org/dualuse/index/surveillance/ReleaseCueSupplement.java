package org.dualuse.index.surveillance;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.code.ControlCode;

/**
 * The supplement to the cyber-surveillance release notes ({@link CyberSurveillanceNotes#RESOURCE}):
 * {@code alias} rows give the words users write for a phrase of a note ({@code traffic shaping} for
 * {@code QoS}); {@code defining} rows give the words that show the controlled function of an item
 * (data extracted from a device), which a note "limited to" something must not meet. Immutable and
 * thread-safe.
 *
 * @param aliases the alias rows, in file order
 * @param defining per code, the cues that show its controlled function
 */
record ReleaseCueSupplement(List<Alias> aliases, Map<ControlCode, List<Cue>> defining) {

  /** An alias row: user phrases that stand for a phrase of a note. */
  record Alias(Cue notePhrase, Set<String> noteWords, List<Cue> userPhrases) {
    static Alias of(String notePhrase, List<Cue> userPhrases) {
      Set<String> words = new HashSet<>(DistinctiveWords.stems(notePhrase));
      words.removeAll(DistinctiveWords.BOILERPLATE);
      return new Alias(Cue.parse(notePhrase), Set.copyOf(words), userPhrases);
    }
  }

  /**
   * Reads the rows: kind ({@code alias} or {@code defining}), key (the note phrase or the code),
   * languages, cues, source.
   *
   * @throws CueFileFormatException naming the source and line of the first bad row
   */
  static ReleaseCueSupplement read(Reader reader, String source) {
    List<Alias> aliases = new ArrayList<>();
    Map<ControlCode, List<Cue>> defining = new HashMap<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      if (f.length != 5) {
        throw new IllegalArgumentException("expected 5 TAB-separated columns (kind, key, lang, cues, source), found " + f.length);
      }
      CueFileRows.source(f, 4);
      if (!f[2].strip().matches("[a-z]{2}(,[a-z]{2})*")) {
        throw new IllegalArgumentException("language must be ISO 639-1 codes, was '" + f[2] + "'");
      }
      CueGroup cues = CueGroup.parse(f[3]);
      if (cues.negated()) {
        throw new IllegalArgumentException("cues cannot be negated here");
      }
      switch (f[0].strip()) {
        case "alias" -> aliases.add(Alias.of(f[1], cues.cues()));
        case "defining" -> {
          ControlCode code = ControlCode.tryParse(f[1].strip())
              .orElseThrow(() -> new IllegalArgumentException("not a control code: '" + f[1] + "'"));
          defining.computeIfAbsent(code, k -> new ArrayList<>()).addAll(cues.cues());
        }
        default -> throw new IllegalArgumentException("unknown row kind '" + f[0] + "' (expected alias or defining)");
      }
    });
    Map<ControlCode, List<Cue>> frozen = new HashMap<>();
    defining.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ReleaseCueSupplement(List.copyOf(aliases), Map.copyOf(frozen));
  }

  /**
   * The user phrases for the note phrases of a piece that have a distinctive word in it: which aliases
   * serve a piece depends only on the piece, so it is settled once, when the clause is prepared.
   */
  List<Cue> userPhrasesFor(DistinctiveWords piece) {
    List<Cue> out = new ArrayList<>();
    for (Alias alias : aliases) {
      if (alias.noteWords().stream().anyMatch(piece.stems()::contains)
          && alias.notePhrase().findIn(piece.text(), piece.all()).isPresent()) {
        out.addAll(alias.userPhrases());
      }
    }
    return out;
  }
}
