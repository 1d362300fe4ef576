package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.dualuse.index.analysis.WordChars;
import org.junit.jupiter.api.Test;

/** The hand-written word scan and the ASCII fold give what the regex and the Normalizer gave. */
class WordTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

  private static String normalizerFold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
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
  void asciiWordsFoldAsTheNormalizerFoldsThem(@ForAll @CharRange(from = 0, to = 127) @Chars({'a', 'Z'}) String word) {
    assertEquals(normalizerFold(word), Word.fold(word));
  }

  @Property
  void anyWordFoldsAsTheNormalizerFoldsIt(@ForAll String word) {
    assertEquals(normalizerFold(word), Word.fold(word));
  }
}
