package org.dualuse.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.Lexicon;
import org.dualuse.index.analysis.ListAnalyzer;

/**
 * The analyzers of product texts searched in a {@link ListIndex}: German compounds split into the
 * parts the vocabulary knows, and for each language the {@link Lexicon} covers, its words read in the
 * annex's English too. Immutable, so thread-safe.
 */
final class QueryAnalyzers {
  private final ListAnalyzer anyLanguage;
  private final Map<String, ListAnalyzer> byLanguage;

  /** @param compoundParts the words German compounds are split into */
  QueryAnalyzers(CharArraySet compoundParts) {
    this.anyLanguage = new ListAnalyzer(compoundParts);
    Map<String, ListAnalyzer> analyzers = new HashMap<>();
    Lexicon lexicon = Lexicon.standard();
    for (String language : lexicon.languages()) {
      analyzers.put(language, new ListAnalyzer(compoundParts, lexicon, language));
    }
    this.byLanguage = Map.copyOf(analyzers);
  }

  /** Analyzes a product text, its language not known. */
  AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    return AnalyzedText.of(anyLanguage, text);
  }

  /**
   * Analyzes a product text of a language (empty when not known): with that language's analyzer when
   * the {@link Lexicon} covers it.
   */
  AnalyzedText analyze(String text, Optional<String> language) {
    Objects.requireNonNull(text, "text");
    ListAnalyzer analyzer = language.map(byLanguage::get).orElse(anyLanguage);
    return AnalyzedText.of(analyzer, text).inLanguage(language);
  }
}
