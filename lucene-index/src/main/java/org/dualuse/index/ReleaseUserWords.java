package org.dualuse.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.knowledge.DataLists;

/**
 * The words users write for the words of the release notes ("FMCG" for "consumer",
 * "Verkaufsverpackung" for "packaged", "EASA" for "authorities"), reviewed data read from
 * {@value #RESOURCE}: a product text that has one has the note's word too. Immutable after
 * construction and thread-safe.
 */
final class ReleaseUserWords {

  /** The bundled rows, relative to this class; the file's header gives the format. */
  static final String RESOURCE = "release-user-words.tsv";
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "it");

  private record UserPhrase(List<String> terms, String annexTerm) {}

  /** Per user's word of one term, the note's terms it stands for. */
  private final Map<String, List<String>> userTerms = new HashMap<>();
  /** Users' phrases of several terms, with the note's term each stands for, by their first term. */
  private final Map<String, List<UserPhrase>> userPhrases = new HashMap<>();

  /**
   * Reads the bundled rows: per row a phrase users write, the one word of the notes it stands for,
   * the phrase's language and the row's source.
   *
   * @throws VocabularyFormatException naming the file and line of a bad row
   */
  ReleaseUserWords(ListAnalyzer analyzer) {
    InputStream in = ReleaseUserWords.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new VocabularyFormatException(RESOURCE, 0, "resource missing from the lucene-index module");
    }
    try (Reader r = DataLists.declaredFile(in, RESOURCE)) {
      DataFileLines.forEach(r, RESOURCE, (line, number) -> add(line, number, analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private void add(String line, int number, ListAnalyzer analyzer) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 4) {
      throw new VocabularyFormatException(RESOURCE, number, "expected user phrase<TAB>annex word<TAB>lang<TAB>source");
    }
    if (cols[3].isBlank()) {
      throw new VocabularyFormatException(RESOURCE, number, "missing source: every row names the note it serves");
    }
    if (!LANGUAGES.contains(cols[2].strip())) {
      throw new VocabularyFormatException(RESOURCE, number, "unknown language '" + cols[2].strip() + "'");
    }
    List<String> user = analyzer.terms(cols[0]);
    List<String> annex = analyzer.terms(cols[1]);
    if (user.isEmpty()) {
      throw new VocabularyFormatException(RESOURCE, number, "phrase '" + cols[0] + "' has no searchable word");
    }
    if (user.size() == 1 && DIGIT.matcher(cols[0]).find()) {
      // the analysis drops words with digits: "EN 50155" would stand as "en", "Jet A-1" as "jet"
      throw new VocabularyFormatException(RESOURCE, number, "phrase '" + cols[0] + "' keeps only '" + user.get(0)
          + "' once the analysis drops its number: too common a word to stand for the note's word");
    }
    if (annex.size() != 1) {
      throw new VocabularyFormatException(RESOURCE, number, "the annex side must be one word, was '" + cols[1] + "'");
    }
    if (user.size() == 1) {
      List<String> to = userTerms.computeIfAbsent(user.get(0), k -> new ArrayList<>());
      if (!to.contains(annex.get(0))) {
        to.add(annex.get(0));
      }
    } else {
      userPhrases.computeIfAbsent(user.get(0), k -> new ArrayList<>()).add(new UserPhrase(List.copyOf(user), annex.get(0)));
    }
  }

  /**
   * The terms of a product text as the notes compare them: its positive terms and the notes' terms
   * its user words stand for (a phrase counts unless the text negates all its words), with the text's
   * own words for the latter.
   */
  ReleaseNotes.ProductTerms termsOf(AnalyzedText product) {
    Set<String> out = new HashSet<>();
    Map<String, String> surfaces = new HashMap<>();
    Set<String> negated = product.negatedTerms(); // built anew per call: once here
    for (String t : product.positiveTerms()) {
      out.add(t);
      for (String annex : userTerms.getOrDefault(t, List.of())) {
        out.add(annex);
        surfaces.putIfAbsent(annex, product.surfaceOf(t));
      }
    }
    // one walk over the text: only a phrase whose first term a token has can start there
    List<AnalyzedText.Token> tokens = product.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (UserPhrase p : userPhrases.getOrDefault(tokens.get(i).term(), List.of())) {
        if (AnalyzedText.startsAt(tokens, i, p.terms()) && !negated.containsAll(p.terms())) {
          out.add(p.annexTerm());
          List<String> surface = new ArrayList<>();
          for (String t : p.terms()) {
            surface.add(product.surfaceOf(t));
          }
          surfaces.putIfAbsent(p.annexTerm(), String.join(" ", surface));
        }
      }
    }
    return new ReleaseNotes.ProductTerms(product, out, negated, Map.copyOf(surfaces));
  }
}
