/**
 * Classifying a product against a list.
 *
 * <p>A {@link org.dualuse.core.classify.Classifier} takes a {@link org.dualuse.core.classify.Product}
 * (free text, optional typed facts) and answers a {@link org.dualuse.core.classify.Classification}:
 * a decision (listed, not listed, needs facts), ranked candidates with their evidence, the facts that
 * are missing, and the cyber-surveillance signals. Every answer shows why.
 */
package org.dualuse.core.classify;
