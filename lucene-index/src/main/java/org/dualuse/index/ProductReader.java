package org.dualuse.index;

import org.dualuse.index.analysis.ProductKinds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.knowledge.SubjectMention;
import org.dualuse.index.knowledge.Subjects;
import org.dualuse.index.surveillance.ProductText;

/**
 * The stage that reads a product once, before any candidate is looked at: its analyzed text, its
 * words for the surveillance notes and screens, the terms the release notes and N.B.s compare, what
 * its facts say about each node, whether it is goods, software or technology, the subjects it names
 * and the vocabulary phrases it contains. Every later stage reads this instead of the product.
 *
 * <p>Immutable and thread-safe.
 */
final class ProductReader {

  /**
   * What a product says, read once.
   *
   * @param text the analyzed text (numbers and units left out, negated words kept apart)
   * @param productText the words the surveillance notes, the item rule and the Article 5 screen read
   * @param noteTerms the terms the release notes and N.B.s compare
   * @param facts what the product's facts say about each node
   * @param kind whether the text describes goods, software or technology
   * @param subjects the subjects (kinds of goods) the text names or denies
   * @param vocabulary the vocabulary phrases found whole in the text (hints and retrieval pointers), found
   *     once for the search and the decision
   */
  record Reading(AnalyzedText text, ProductText productText, ReleaseNotes.ProductTerms noteTerms,
      ParameterSide.View facts, ProductKinds.Kind kind, List<SubjectMention> subjects,
      VocabularyMatches vocabulary) {

    /** The vocabulary hints found whole in the text, by the codes they point at. */
    Map<ControlCode, List<String>> phrases() {
      return vocabulary.hints();
    }
  }

  private final ListIndex index;
  private final ReleaseNotes releaseNotes;
  private final ParameterSide parameters;
  private final KindRouter kinds;
  private final Subjects subjects;

  ProductReader(ListIndex index, ReleaseNotes releaseNotes, ParameterSide parameters, KindRouter kinds,
      Subjects subjects) {
    this.index = index;
    this.releaseNotes = releaseNotes;
    this.parameters = parameters;
    this.kinds = kinds;
    this.subjects = subjects;
  }

  /** Reads a product that its constraints have already admitted. */
  Reading read(Product product) {
    // the language is guessed from the words when not stated: once, for every stage that reads it
    Optional<String> language = product.textLanguage();
    AnalyzedText text = index.analyze(product.text(), language);
    // read once per product, not once per candidate: the words for the surveillance notes, the item
    // rule and the Article 5 screen, and the terms the release notes and N.B.s compare
    ProductText productText = ProductText.of(product.text());
    ReleaseNotes.ProductTerms noteTerms = releaseNotes.termsOf(text);
    ParameterSide.View facts = parameters.evaluate(product, language);
    ProductKinds.Kind kind = kinds.kindOf(text);
    return new Reading(text, productText, noteTerms, facts, kind,
        subjects.mentionedIn(product.text(), language), index.vocabularyPhrasesIn(text));
  }
}
