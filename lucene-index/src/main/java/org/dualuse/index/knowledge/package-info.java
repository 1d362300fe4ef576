/**
 * Domain knowledge as reviewed data: what each node of the list is about, what products are called,
 * the chemicals the list names and the compositions of material designations.
 *
 * <p>The annex speaks in generic legal-technical words; products are sold under trade names, grades,
 * abbreviations and in the ERP's language. The files of this package bridge that gap. Each row
 * names its source (the annex wording it paraphrases, or the class of general knowledge: synonym,
 * hyponym, abbreviation, trade name class, translation, standard, composition standard, CAS
 * registry) and, where it holds words, its language; none exists because of one labelled case.
 * Readers refuse a bad row with a {@link org.dualuse.index.knowledge.KnowledgeFormatException}
 * naming file and line.
 *
 * <ul>
 *   <li>{@link org.dualuse.index.knowledge.Subjects}: the kind of goods each node controls (a node
 *       without a row inherits its ancestor's), in English and German (French and Italian where
 *       written), and the product-type taxonomy (a microcontroller is an integrated circuit; a riot
 *       shield is not body armour); which subjects a text names, with the words that showed them;
 *   <li>{@link org.dualuse.index.knowledge.Chemicals}: every chemical the list names, with its CAS
 *       number (check digit verified), English and German names and synonyms;
 *   <li>{@link org.dualuse.index.knowledge.Materials}: alloy grades and material numbers with their
 *       nominal compositions, found in a text as written and turned into content facts
 *       ({@code nickel content = 57 wt%});
 *   <li>{@link org.dualuse.index.knowledge.Knowledge}: all of them, and the vocabulary pointers they
 *       give retrieval; {@link org.dualuse.index.knowledge.KnowledgeStatistics}: how much of a list
 *       they cover.
 * </ul>
 */
package org.dualuse.index.knowledge;
