/**
 * Criteria: the technical conditions of the list as machine-readable, three-valued tests.
 *
 * <p>A {@link org.dualuse.core.criteria.Criterion} is a threshold, a range, a feature, or a combination
 * of them. {@link org.dualuse.core.criteria.CriteriaExtractor} reads them from a provision's own words
 * ("exceeding 2,7 GHz up to and including 6,8 GHz", "75 W or more") and the release condition of a
 * decontrol note; each number gets a {@link org.dualuse.core.criteria.Parameter} of the vocabulary in
 * {@link org.dualuse.core.criteria.Parameters}, whose dimension always agrees with the number's unit.
 * The vocabulary's English names are defined in code, in three families of constants:
 * {@code Parameters}, {@link org.dualuse.core.criteria.PhysicalParameters},
 * {@link org.dualuse.core.criteria.QualifiedParameters}; its German, French and Italian names are
 * reviewed data with a language and a source ({@code parameter-names.tsv}), so that a German data
 * sheet's "Ausgangsleistung (CW) 50 W" names its value as "output power 50 W" does.
 *
 * <p>{@link org.dualuse.core.criteria.ProductFacts} reads a product's stated name=value pairs and the
 * quantities of its text into typed {@link org.dualuse.core.criteria.Fact}s. A
 * {@link org.dualuse.core.criteria.CriterionEvaluator} answers MATCH, NO_MATCH or UNKNOWN for a criterion
 * against those facts, with one {@link org.dualuse.core.criteria.CriterionResult} per threshold, range or
 * feature; UNKNOWN names the fact that is missing, which becomes the question to ask the user. Features
 * are judged by a {@link org.dualuse.core.criteria.FeatureJudge} (a text classifier may supply one).
 */
package org.dualuse.core.criteria;
