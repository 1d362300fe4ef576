/**
 * The root of the core library: the unchecked root exception of every module ({@link
 * org.dualuse.core.DualUseException}) and the reading of the bundled data files ({@link
 * org.dualuse.core.DataFileLines}, {@link org.dualuse.core.DataFileFormatException}).
 *
 * <p><b>What is API.</b> The packages {@code org.dualuse.core}, {@code .code}, {@code .quantity},
 * {@code .criteria}, {@code .model}, {@code .parse}, {@code .classify} and {@code .language} are
 * exported to everyone: their public types are the library's contract. {@code
 * org.dualuse.core.internal} is not: it is exported only to the library's own modules ({@code
 * org.dualuse.lists}, {@code org.dualuse.index}) for what they share (the lazily worded lists of a
 * classification, the code version the bundled snapshots are checked against), and may change in any
 * release. Within the API packages, what one package needs alone (the parameter classifier's compiled
 * plans and truth tables, the criteria's scanned text and mention index) is package-private.
 */
package org.dualuse.core;
