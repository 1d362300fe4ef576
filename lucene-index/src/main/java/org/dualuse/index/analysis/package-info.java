/**
 * Text analysis for the list index (internal, not exported): the analyzer shared by the list's text
 * and product descriptions, the filter that keeps numbers and units out of the words, and the
 * analyzed form of a product text with its negations, control codes and CAS numbers.
 *
 * <p>Texts in German, French and Italian are also read in the annex's English words: the {@link
 * org.dualuse.index.analysis.Lexicon} ({@code lexicon-de.tsv}, {@code lexicon-fr.tsv}, {@code
 * lexicon-it.tsv} beside these classes) maps each word of those languages to the English words of the
 * annex it translates. Its rows translate the English words found in at least three entries of the
 * 2025 annex; they were drafted blind (from the language and the domain, never from a labelled case),
 * each with its {@code source}. To add a language: write {@code lexicon-LANG.tsv} in the same format,
 * add the language to {@link org.dualuse.index.analysis.Lexicon#LANGUAGES} and, if Lucene has a light
 * stemmer for it, to {@code Lexicon.stem}; then refit the decision model ({@code FitDecisionModel}).
 */
package org.dualuse.index.analysis;
