package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dualuse.index.analysis.WordForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows of the bundled cue files keep matching what they matched when the surveillance package
 * took its folding and stemming from the classifier's one analysis ({@link WordForms}): every word
 * of every row folds as the package's former rule (Unicode decomposition, marks dropped, {@code ß}
 * as {@code ss}) folded it, and every cue of a row, written as a product text, is found by the
 * matcher in it (the words it looks up are those the text analyses to).
 */
class CueRowsAnalysisTest {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The surveillance package's folding before the one analysis. */
  private static String formerFold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"article5-indicators.tsv", "article2-20-elements.tsv", "surveillance-release-cues.tsv"})
  void everyWordOfARowFoldsAsBefore(String file) throws IOException {
    int words = 0;
    for (String[] row : rows(file)) {
      for (String field : row) {
        var m = WORD.matcher(field);
        while (m.find()) {
          String w = m.group();
          assertEquals(formerFold(w), WordForms.fold(w), () -> file + ": " + w);
          words++;
        }
      }
    }
    assertTrue(words > 100, file + " has words");
  }

  @ParameterizedTest
  @ValueSource(strings = {"article5-indicators.tsv", "article2-20-elements.tsv", "surveillance-release-cues.tsv"})
  void everyCueOfARowIsFoundInItsOwnWords(String file) throws IOException {
    int cues = 0;
    for (String[] row : rows(file)) {
      for (int i = 0; i < row.length - 1; i++) { // the last column is the row's source, no cue
        for (String text : row[i].split("\\|")) {
          Cue cue;
          try {
            cue = Cue.parse(text);
          } catch (IllegalArgumentException notACue) {
            continue; // a column of another grammar (a rule's operators, a number)
          }
          String written = text.replace("*", "");
          assertTrue(cue.findIn(ProductText.of(written)).isPresent(), () -> file + ": cue '" + text + "'");
          cues++;
        }
      }
    }
    assertTrue(cues > 50, file + " has cues");
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    InputStream in = Cue.class.getResourceAsStream(file);
    assertTrue(in != null, file + " is bundled");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    }
    return out;
  }
}
