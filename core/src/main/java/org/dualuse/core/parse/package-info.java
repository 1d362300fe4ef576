/**
 * From provisions to the model.
 *
 * <p>Readers of official publications (in {@code dualuse-control-lists}) turn a file into an
 * {@link org.dualuse.core.parse.AnnexSource}: one {@link org.dualuse.core.parse.Provision} per item
 * line, note, technical note or N.B., plus the list's documents. The
 * {@link org.dualuse.core.parse.AnnexParser} builds the hierarchy, types the notes, links defined terms
 * and references, extracts criteria and repairs the publisher's artefacts by rule.
 *
 * <p>What is particular to one list and not written in its provisions is its
 * {@link org.dualuse.core.parse.ListProfile}, provided as a service by the module of the list's
 * reader and found by the list's id: the headings of the
 * {@link org.dualuse.core.parse.CyberSurveillanceRule} the parser flags nodes by, the general notes
 * that release items, whether the classifier's bundled vocabulary applies, whether the catch-all
 * screen runs. A list with no profile gets {@link org.dualuse.core.parse.ListProfile#neutral()}.
 */
package org.dualuse.core.parse;
