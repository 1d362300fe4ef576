package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dualuse.core.code.ControlCode;

/**
 * The shortcut of {@link VocabularyPhrase#appliesTo} (a phrase with a row of any language or an English
 * one applies to every text, else to a text of one of its languages) says what the rule says of its rows
 * one by one: some row applies by {@link RowLanguages#applies}. For phrases given by rows of generated
 * languages, in any order, and texts of any language or none.
 */
class PhraseLanguageProperties {

  @Property(tries = 500)
  void aPhraseAppliesWhenOneOfItsRowsDoes(@ForAll("rowLanguages") List<String> rows,
      @ForAll("textLanguages") Optional<String> text) {
    VocabularyPhrase phrase = new VocabularyPhrase("gizmo", List.of("gizmo"), List.of(ControlCode.parse("9A999")),
        rows.get(0), true);
    rows.subList(1, rows.size()).forEach(phrase::addLanguage);
    boolean longWay = rows.stream().anyMatch(row -> RowLanguages.applies(row, text));
    assertEquals(longWay, phrase.appliesTo(text), () -> rows + " for " + text);
  }

  @Provide
  Arbitrary<List<String>> rowLanguages() {
    return Arbitraries.of("mul", "en", "de", "fr", "it", "es").list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Optional<String>> textLanguages() {
    return Arbitraries.of("en", "de", "fr", "it", "nl", "mul").injectNull(0.2).map(Optional::ofNullable);
  }
}
