/**
 * From provisions to the model.
 *
 * <p>Readers of official publications (in {@code dualuse-control-lists}) turn a file into an
 * {@link org.dualuse.core.parse.AnnexSource}: one {@link org.dualuse.core.parse.Provision} per item
 * line, note, technical note or N.B., plus the list's documents. The
 * {@link org.dualuse.core.parse.AnnexParser} builds the hierarchy, types the notes, links defined terms
 * and references, extracts criteria and repairs the publisher's artefacts by rule.
 */
package org.dualuse.core.parse;
