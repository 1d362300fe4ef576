package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualuse.core.DualUseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProductConstraintsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n", "\u200B", "\u200B\u00AD\uFEFF", "\uD83D\uDE00\uD83D\uDE80", "!!! ---"})
  void aTextWithNoUsableWordsIsBadInput(String text) {
    InvalidProductException e = assertThrows(InvalidProductException.class,
        () -> ProductConstraints.defaults().validate(Product.of(text)));
    assertTrue(e.getMessage().contains("no usable words"), e.getMessage());
  }

  @Test
  void aTextLongerThanTheLimitIsBadInputNamingTheSetting() {
    ProductConstraints small = ProductConstraints.builder().maxTextLength(10).build();
    InvalidProductException e = assertThrows(InvalidProductException.class,
        () -> small.validate(Product.of("thermal camera")));
    assertTrue(e.getMessage().contains("maxTextLength"), e.getMessage());
    assertDoesNotThrow(() -> small.validate(Product.of("camera")));
  }

  @Test
  void theDefaultLimitIs64KiCharacters() {
    String ok = "a".repeat(ProductConstraints.DEFAULT_MAX_TEXT_LENGTH);
    assertDoesNotThrow(() -> ProductConstraints.defaults().validate(Product.of(ok)));
    assertThrows(InvalidProductException.class, () -> ProductConstraints.defaults().validate(Product.of(ok + "a")));
  }

  @Test
  void aLimitBelowOneIsRejected() {
    assertThrows(DualUseException.class, () -> ProductConstraints.builder().maxTextLength(0));
  }

  @Test
  void aMessageQuotesAtMostEightyCharactersOfTheInput() {
    String quoted = DualUseException.quote("x".repeat(100_000));
    assertTrue(quoted.length() < 120, quoted);
    assertTrue(quoted.contains("100000 characters"), quoted);
  }
}
