package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * {@link Subjects#mentionedIn} walks a text's words without the rest of {@link AnalyzedText#of}: the
 * law is that it sees the same terms at the same places as the full analysis by the same analyzer.
 */
class SubjectWordsProperties {

  private static final ListAnalyzer ANALYZER = new ListAnalyzer();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of("pressure", "tubes", "Wärmebildkamera", "not", "no", "without", "for",
        "the", "a", "Zr-2.5Nb", "gizmo", "PA", "Inconel", "718", "5A002", "7440-32-6", "15", "mm", "µm", "°C",
        "kHz", "civil", "aircraft's", "naïve", "Café", "ÉCRAN", "x-ray", "1,5", "3D", "und", "nicht", "sans",
        "fused", "silica", "C-276", "software", "e.g.", "(", ")", ";", ",", ".", "-", "/", "'", "\"");
    Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '\u00ff').ofMaxLength(12);
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, word), net.jqwik.api.Tuple.of(1, any));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", "\n", "\t", "", ", ");
    return net.jqwik.api.Combinators.combine(token, separator).as((t, s) -> t + s)
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void theWordsAreThoseOfTheFullAnalysis(@ForAll("texts") String text) {
    List<String> full = AnalyzedText.of(ANALYZER, text).tokens().stream()
        .map(t -> t.term() + "@" + t.start() + "-" + t.end()).toList();
    List<String> walked = Subjects.words(ANALYZER, text).stream()
        .map(w -> w.term() + "@" + w.start() + "-" + w.end()).toList();
    assertEquals(full, walked, text);
  }
}
