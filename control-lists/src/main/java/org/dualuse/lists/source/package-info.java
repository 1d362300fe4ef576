/**
 * Readers of official publications, one per format, each turning a file into an
 * {@link org.dualuse.core.parse.AnnexSource}: the EU consolidated text (one line per provision)
 * and the Official Journal's printed layout (PDF).
 */
package org.dualuse.lists.source;
