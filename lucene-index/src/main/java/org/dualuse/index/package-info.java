/**
 * Full-text and hybrid classification over a Lucene index of a control list.
 *
 * <p>{@link org.dualuse.index.ListIndex} holds one document per node (entry or item): its own text,
 * its ancestors' text, the text of the nodes it refers to, its notes, the definitions of the terms
 * it uses, and the {@link org.dualuse.index.Vocabulary} of the words users write ("IMSI catcher",
 * "Wärmebildkamera"). Queries are built programmatically from analyzed tokens; user text never
 * reaches a query parser. Numbers and units stay out of the words: they are the parameters' side.
 * A control code or CAS number in the text finds its node directly.
 *
 * <p>{@link org.dualuse.index.HybridClassifier} combines the hits with the core's parameter
 * evaluation and the list's notes (decontrol notes read against the text, parametric exclusions,
 * the Cryptography Note and the General Software and Technology Notes, N.B. redirects, the
 * cyber-surveillance release notes) into a decision with its evidence:
 *
 * <pre>{@code
 * HybridClassifier classifier = HybridClassifier.of(ControlLists.eu());
 * Classification c = classifier.classify(Product.of("Handheld thermal camera, 640 x 512, 60 Hz"));
 * c.decision();            // LISTED
 * c.candidates().get(0);   // 6A003.b.4.b, with the words, criteria and notes behind it
 * }</pre>
 *
 * <p>Everything here is immutable after construction and thread-safe.
 */
package org.dualuse.index;
