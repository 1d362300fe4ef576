/**
 * Criteria: the technical conditions of the list as machine-readable, three-valued tests.
 *
 * <p>A {@link org.dualuse.core.criteria.Criterion} is a threshold, a range, a feature, or a combination
 * of them. Evaluated against a product's facts, it answers MATCH, NO_MATCH or UNKNOWN; UNKNOWN names
 * the fact that is missing, which becomes the question to ask the user.
 */
package org.dualuse.core.criteria;
