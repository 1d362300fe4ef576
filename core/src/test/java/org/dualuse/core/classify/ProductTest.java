package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ProductTest {

  @Test
  void aSoftHyphenOrZeroWidthSpaceInsideAWordIsRemoved() {
    assertEquals("uncooled microbolometer", Product.of("uncooled micro\u00ADbolometer").text());
    assertEquals("thermal camera", Product.of("ther\u200Bmal\u2060 camera\uFEFF").text());
  }

  @Test
  void compatibilityFormsBecomeTheirPlainForms() {
    // a ligature from a PDF, a no-break space, full-width letters
    assertEquals("fibre laser 60 Hz", Product.of("\uFB01bre laser 60\u00A0Ｈｚ").text());
  }

  @Test
  void factsAreNormalisedLikeTheText() {
    Product p = Product.of("camera").withFact("frame\u00ADrate", "60\u00A0Hz");
    assertEquals(Map.of("framerate", "60 Hz"), p.facts());
  }

  @Test
  void nullsAreRejectedNamingTheArgument() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> Product.of(null)).getMessage());
    assertEquals("name",
        assertThrows(NullPointerException.class, () -> Product.of("x").withFact(null, null)).getMessage());
    assertEquals("value",
        assertThrows(NullPointerException.class, () -> Product.of("x").withFact("power", null)).getMessage());
    assertEquals("facts", assertThrows(NullPointerException.class, () -> new Product("x", null, "")).getMessage());
    assertEquals("language",
        assertThrows(NullPointerException.class, () -> new Product("x", Map.of(), null)).getMessage());
    Map<String, String> withNull = new HashMap<>();
    withNull.put("power", null);
    assertTrue(assertThrows(NullPointerException.class, () -> new Product("x", withNull, "")).getMessage()
        .contains("power"));
  }

  @Test
  void theStatedLanguageWinsOverTheDetectedOne() {
    String german = "Wärmebildkamera für die Feuerwehr";
    assertEquals(java.util.Optional.of("de"), Product.of(german).textLanguage());
    assertEquals(java.util.Optional.of("en"), new Product(german, Map.of(), "EN").textLanguage());
    assertEquals(java.util.Optional.empty(), Product.of("Hastelloy C-276").textLanguage());
  }

  @Property(tries = 300)
  void theNormalFormIsIdempotentAndTheSameForEveryNormalisationForm(@ForAll String s) {
    String n = Product.of(s).text();
    assertEquals(n, Product.of(n).text());
    for (Normalizer.Form form : Normalizer.Form.values()) {
      assertEquals(n, Product.of(Normalizer.normalize(s, form)).text(), form.name());
    }
  }
}
