package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dualuse.core.quantity.Dimension;

/**
 * The shortcuts of reading a product's facts give what the plain walks give: {@link MentionIndex}
 * finds in any window of a text what {@link Mentions#find} finds there, and {@link
 * ProductFacts#answers} says whether {@link ProductFacts#answering} has any fact, for every parameter.
 */
class MentionShortcutProperties {

  @Property(tries = 300)
  void theIndexFindsInAnyWindowWhatASearchOfTheWindowFinds(@ForAll("texts") String text,
      @ForAll @IntRange(min = -2, max = 120) int from, @ForAll @IntRange(min = 0, max = 130) int to) {
    String normalised = Mentions.normalise(text);
    MentionIndex index = new MentionIndex(normalised);
    for (Dimension d : Dimension.values()) {
      assertEquals(Mentions.find(normalised, from, to, d), index.find(from, to, d),
          () -> d + " [" + from + ", " + to + ") of '" + text + "'");
      assertEquals(Mentions.nearestBefore(normalised, from, to, d), index.nearestBefore(from, to, d));
      assertEquals(Mentions.nearestAfter(normalised, from, to, d), index.nearestAfter(from, to, d));
    }
  }

  @Property(tries = 300)
  void answersIsWhetherAnyFactAnswers(@ForAll("texts") String text, @ForAll("languages") String language) {
    ProductFacts facts = ProductFacts.fromText(text, language);
    for (Dimension d : Dimension.values()) {
      for (Map.Entry<String, Parameter> spelling : Parameters.spellings(d)) {
        Parameter p = spelling.getValue();
        assertEquals(!facts.answering(p).isEmpty(), facts.answers(p), () -> p + " in '" + text + "': " + facts);
      }
    }
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("", "en", "de", "fr", "it");
  }

  /** Texts of parameter spellings (some glued into German compounds), numbers with units and punctuation. */
  @Provide
  Arbitrary<String> texts() {
    List<String> words = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      for (Map.Entry<String, Parameter> spelling : Parameters.spellings(d)) {
        words.add(spelling.getKey());
      }
    }
    Arbitrary<String> spelling = Arbitraries.of(words);
    Arbitrary<String> other = Arbitraries.of("3 GHz", "47,8 dBm", "2.9-3.5 GHz", "60 W", "12 µm", "at", "@", "bis",
        "laser", "camera", "Mess", "Ausgangs", "max.", "(CW)", ",", ";", "  ", "\"", "-", "Ø50 mm", "DN 25", "zwei",
        "1 070 nm", "30 fps", "peak", "x");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, spelling), net.jqwik.api.Tuple.of(4, other));
    Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", ", ", "  ", ": ");
    return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(10), glue.list().ofSize(10))
        .as((ps, gs) -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < ps.size(); i++) {
            b.append(ps.get(i)).append(gs.get(i));
          }
          return b.toString();
        });
  }
}
