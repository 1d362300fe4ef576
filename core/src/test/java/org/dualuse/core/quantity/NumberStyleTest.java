package org.dualuse.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStyleTest {

  private static Quantity only(String language, String text) {
    List<FoundQuantity> found = QuantityFinder.forLanguage(language).find(text);
    assertEquals(1, found.size(), () -> "in '" + text + "' (" + language + ") found " + found);
    return found.get(0).quantity().orElseThrow();
  }

  @ParameterizedTest(name = "[{0}] \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
      // English: comma thousands, decimal point
      "en|a payload of 2,400 kg|2400 kg", "en|1,234.5 kg|1234.5 kg", "en|0-3,000 Hz output|0 Hz",
      "en|1,5 GHz|1.5 GHz", "en|0,125 mm|0.125 mm", "en|3.125 m|3.125 m", "en|12,000,000 Hz|12000000 Hz",
      // German, French, Italian: point thousands, decimal comma, space thousands
      "de|Nutzlast 1.234,5 kg|1234.5 kg", "de|Heizfläche 5.500 m2|5500 m2", "de|99,999 %|99.999 %",
      "de|2.5 GHz|2.5 GHz", "de|0,045 ns|0.045 ns", "de|1.234.567 Hz|1234567 Hz",
      "fr|charge de 1 234,5 kg|1234.5 kg", "it|pressione 1.200 Pa|1200 Pa",
      // no language: the annex's decimal comma
      "|1,000 mm|1 mm", "|1.000 mm|1 mm", "|1,000,000 Hz|1000000 Hz", "|1 234,5 kg|1234.5 kg"})
  void aSingleGroupOfThreeDigitsIsReadByTheLanguage(String language, String text, String expected) {
    String l = language == null ? "" : language;
    if (text.startsWith("0-")) {
      // a range: its top is the thousands value
      QuantityRange r = QuantityFinder.forLanguage(l).find(text).get(0).range().orElseThrow();
      assertEquals(Quantity.parse("3000 Hz"), r.high());
      return;
    }
    assertEquals(expected, only(l, text).toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"en,POINT_DECIMAL", "EN,POINT_DECIMAL", "de,COMMA_DECIMAL", "fr,COMMA_DECIMAL", "it,COMMA_DECIMAL",
      "nl,COMMA_DECIMAL", "'',ANNEX", "xx,ANNEX"})
  void eachLanguageHasItsStyle(String language, NumberStyle style) {
    assertEquals(style, NumberStyle.ofLanguage(language));
  }

  // law: a number written with the separators of its language reads back as itself
  @Property
  void aNumberWrittenInItsLanguagesStyleReadsBackAsItself(@ForAll @LongRange(min = 1, max = 999_999_999) long whole,
      @ForAll @IntRange(min = 0, max = 99) int hundredths, @ForAll("styles") String language) {
    BigDecimal value = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(hundredths, 2));
    String grouped = String.format(java.util.Locale.ROOT, "%,d", whole);
    String text = switch (language) {
      case "en" -> grouped + (hundredths == 0 ? "" : "." + String.format("%02d", hundredths));
      case "de", "it" -> grouped.replace(',', '.') + (hundredths == 0 ? "" : "," + String.format("%02d", hundredths));
      default -> grouped.replace(',', ' ') + (hundredths == 0 ? "" : "," + String.format("%02d", hundredths));
    };
    Quantity q = only(language, "mass " + text + " kg");
    assertEquals(0, value.compareTo(BigDecimal.valueOf(q.value())), () -> text + " read as " + q);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> styles() {
    return net.jqwik.api.Arbitraries.of("en", "de", "fr", "it");
  }
}
