package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.WordChars;
import org.dualuse.index.analysis.WordForms;
import org.junit.jupiter.api.Test;

/** The hand-written word scan splits as the regex, and a word's forms are those of the one analysis. */
class WordTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final ListAnalyzer ANALYZER = new ListAnalyzer();

  private static List<String> regexWords(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> scannedWords(String text) {
    return Word.of(text).stream().map(w -> w.start() + ":" + w.end() + ":" + w.surface()).toList();
  }

  @Test
  void everyCodePointIsAWordCharacterExactlyWhenTheRegexSaysSo() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean regex = WORD.matcher(new String(Character.toChars(cp))).matches();
      int at = cp;
      assertEquals(regex, WordChars.isWordChar(cp), () -> "U+" + Integer.toHexString(at));
    }
  }

  @Test
  void mixedScriptsAndSurrogatesSplitAsTheRegexSplitsThem() {
    String text = "Abhör-Anlage ½ Ⅷ 𝐀𝐁𝐂 İstanbul Straße, QoS/QoE \uD800 x\uDC00y 5A001.f.2 co\u0301te";
    assertEquals(regexWords(text), scannedWords(text));
  }

  @Property
  void anyTextSplitsAsTheRegexSplitsIt(@ForAll String text) {
    assertEquals(regexWords(text), scannedWords(text));
  }

  @Property
  void aWordsFormsAreThoseOfTheOneAnalysis(@ForAll String text) {
    for (Word w : Word.of(text)) {
      assertEquals(WordForms.fold(w.surface()), w.folded());
      assertEquals(WordForms.stem(w.folded()), w.stem());
    }
  }

  /** The index stems a word as the cues do: a cue word finds what the retrieval finds. */
  @Property
  void theIndexAnalyzerStemsALetterWordAsTheWordReaderDoes(
      @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 12) String lower,
      @ForAll boolean capital) {
    String word = capital ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    List<String> terms = ANALYZER.terms(word);
    if (!terms.isEmpty()) { // a stop word or a unit symbol has none
      assertEquals(List.of(Word.of(word).get(0).stem()), terms);
    }
  }

  @Test
  void foldingDropsAccentsAndSpellsOutLigatures() {
    Word w = Word.of("Abhörgeräte").get(0);
    assertEquals("abhorgerate", w.folded());
    assertEquals("strasse", Word.of("Straße").get(0).folded());
    assertEquals("intercept", Word.of("interceptions").get(0).stem());
  }
}
