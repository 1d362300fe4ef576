package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The extractor reads any text without throwing: the parser calls it on every provision and note
 * of a publication and no longer hides its failures, so a failure here would stop a list loading.
 */
class CriteriaExtractorProperties {
  private final CriteriaExtractor extractor = CriteriaExtractor.standard();

  @Property
  void extractingNeverThrowsOnAnyString(@ForAll String text, @ForAll String parent) {
    assertNotNull(extractor.extract(text));
    assertNotNull(extractor.extract(text, parent));
    assertNotNull(extractor.extractReleaseCondition(text));
  }

  @Property(tries = 2000)
  void extractingNeverThrowsOnProvisionLikeText(@ForAll("provisions") String text, @ForAll("provisions") String parent) {
    assertNotNull(extractor.extract(text));
    assertNotNull(extractor.extract(text, parent));
    assertNotNull(extractor.extractTyped(text, parent));
    assertNotNull(extractor.extractReleaseCondition(text));
  }

  @Property(tries = 2000)
  void readingFactsNeverThrowsOnDataSheetLikeText(@ForAll("provisions") String text, @ForAll("languages") String language) {
    assertNotNull(ProductFacts.fromText(text, language).all());
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("", "en", "de", "fr", "it");
  }

  /** Words, numbers, units and punctuation of the annex's provisions and notes, in any order. */
  @Provide
  Arbitrary<String> provisions() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("exceeding", "less than", "more than", "or more", "or less", "equal to or greater than",
            "not exceeding", "between", "and", "or", "to", "from", "at", "@", "bei", "a", "any of the following:",
            "all of the following:", "as follows:", "does not control", "Note:", "N.B.", "not", "a.", "b.", "1.", "2.",
            "'output power'", "\"lasers\"", "frequency", "wavelength", "mass", "of", "with", "in", "per", "Mach",
            "TPP", "'Total Processing Performance'", "DN", "NPS", "1/2\"", "x", "×", "10", "10^3", "103", "10-6",
            "±", "+/-", "-", "−", "–", "(", ")", ";", ":", ",", ".", "/", "%", "wt%", "dB", "dBm", "dBc/Hz", "°C",
            "K", "24K", "g", "rad", "Gy", "µm", "nm", "m", "mm", "Hz", "GHz", "W", "kW", "V", "A", "bit", "ps",
            "s", "Pa", "MPa", "m/s", "m/s²", "√Hz", "nV/√Hz", "fibre", "camera", "laser", "Kamera", "zweiachsig",
            "5A001", "6A003.b.4", "Category 8A"),
        Arbitraries.integers().between(-5, 100_000).map(String::valueOf),
        Arbitraries.doubles().between(-1e4, 1e4).ofScale(3).map(d -> String.valueOf(d).replace('.', ',')),
        Arbitraries.strings().withChars("0123456789 ,.-−+×x^³⁻eE()%°/µ\u2009\u00a0").ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of(" ", "", " ", "\n", "  ");
    return word.list().ofMaxSize(24).flatMap(ws -> separator.list().ofSize(ws.size()).map(ss -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < ws.size(); i++) {
        b.append(ws.get(i)).append(ss.get(i));
      }
      return b.toString();
    }));
  }
}
