package org.dualuse.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** The lexicon read from synthetic rows, and the analysis that reads a text's words in English. */
class LexiconTest {
  private static final String HEADER = "# synthetic rows\nword\tlang\tenglish\tsource\n";
  private static final Lexicon GERMAN = Lexicon.read(new StringReader(HEADER
      + "Leistung\tde\tpower\ttranslation\n"
      + "Ausgang\tde\toutput\ttranslation\n"
      + "gekühlt\tde\tcooled\ttranslation\n"
      + "Rohr\tde\ttube\ttranslation\n"
      + "Rohr\tde\tpipe\ttranslation\n"), "test-de.tsv", "de");

  @Test
  void inflectedFormsFindTheirBaseForm() {
    assertEquals(List.of("power"), GERMAN.englishOf("de", "leistungen"));
    assertEquals(List.of("cooled"), GERMAN.englishOf("de", WordForms.fold("gekühlte")));
    assertEquals(List.of("pipe", "tube"), GERMAN.englishOf("de", "rohre"));
    assertEquals(List.of(), GERMAN.englishOf("de", "pumpe"));
    assertEquals(List.of(), GERMAN.englishOf("fr", "leistung"), "no rows of another language");
  }

  @Test
  void aCompoundIsReadInItsPartsEnglishWords() {
    ListAnalyzer analyzer = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "de");
    List<String> terms = analyzer.terms("Ausgangsleistung 50 W, wassergekühlt");
    assertTrue(terms.containsAll(new ListAnalyzer().terms("output power cooled")), terms.toString());
    assertTrue(terms.contains("ausgangsleistung"), "the word itself stays: " + terms);
  }

  @Test
  void theEnglishWordsShareTheOffsetsOfTheirWord() {
    ListAnalyzer analyzer = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "de");
    AnalyzedText text = AnalyzedText.of(analyzer, "kein Rohr");
    assertTrue(text.tokens().stream().filter(t -> t.term().equals("pipe"))
        .allMatch(t -> t.surface().equals("Rohr") && t.negated()), text.tokens().toString());
  }

  @Test
  void aTranslationDoesNotBreakAPhraseOfTheTextsOwnWords() {
    ListAnalyzer analyzer = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "de");
    AnalyzedText text = AnalyzedText.of(analyzer, "Leistung Messung");
    List<String> own = new ListAnalyzer().terms("Leistung Messung");
    assertTrue(text.tokens().stream().anyMatch(AnalyzedText.Token::translation), text.tokens().toString());
    assertTrue(text.hasPhrase(own), "the translation of Leistung sits between the phrase's words");
    assertFalse(text.hasPhrase(new ListAnalyzer().terms("Messung Leistung")), "order still counts");
  }

  @Test
  void aWordAndItsTranslationsAreOneWord() {
    ListAnalyzer analyzer = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "de");
    List<AnalyzedText.Word> words = AnalyzedText.of(analyzer, "Rohr, Rohr und Leistung").positiveWords();
    assertEquals(2, words.size(), words.toString());
    assertEquals(new ListAnalyzer().terms("pipe tube"), words.get(0).translations());
    assertEquals(new ListAnalyzer().terms("power"), words.get(1).translations());
  }

  @Test
  void anAnalyzerOfAnotherLanguageIsUnchanged() {
    ListAnalyzer english = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "en");
    assertEquals(new ListAnalyzer().terms("Leistung output"), english.terms("Leistung output"));
  }

  @Test
  void badRowsNameFileAndLine() {
    assertError("Leistung\tde\tpower\n", "test.tsv:3", "4 tab-separated fields");
    assertError("Leistung\tfr\tpower\ttranslation\n", "test.tsv:3", "language 'fr'");
    assertError("Leistung\tde\toutput power\ttranslation\n", "test.tsv:3", "one lower-case word");
    assertError("Aus gang\tde\toutput\ttranslation\n", "test.tsv:3", "one word");
    assertError("Leistung\tde\tpower\t \n", "test.tsv:3", "no source");
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> Lexicon.read(new StringReader("Leistung\tde\tpower\ttranslation\n"), "test.tsv", "de"));
    assertTrue(e.getMessage().startsWith("test.tsv:1"), e.getMessage());
  }

  private static void assertError(String row, String where, String what) {
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> Lexicon.read(new StringReader(HEADER + row), "test.tsv", "de"));
    assertTrue(e.getMessage().startsWith(where) && e.getMessage().contains(what), e.getMessage());
  }

  @Test
  void theModulesLexiconCoversItsLanguagesWithRowsOfTheAnnexsWords() {
    Lexicon standard = Lexicon.standard();
    for (String language : standard.languages()) {
      assertTrue(Lexicon.LANGUAGES.contains(language), language);
      assertTrue(standard.size(language) > 0, language);
    }
    assertFalse(standard.covers("en"), "English texts are the annex's words already");
  }

  @Property(tries = 300)
  void analysisWithTheLexiconNeverThrows(@ForAll String text) {
    ListAnalyzer analyzer = new ListAnalyzer(CharArraySet.EMPTY_SET, GERMAN, "de");
    AnalyzedText.of(analyzer, text);
  }
}
