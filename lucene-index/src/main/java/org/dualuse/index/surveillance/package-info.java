/**
 * Cyber-surveillance: the listed items of Article 2(20) of Regulation (EU) 2021/821 and the
 * Article 5 screen for unlisted items that may serve covert surveillance of natural persons.
 *
 * <p>Three questions, three classes, all immutable and thread-safe:
 *
 * <ul>
 *   <li><b>Does the decision rest on a cyber-surveillance item?</b>
 *       {@link org.dualuse.index.surveillance.CyberSurveillanceItems}: the nodes the parser flagged
 *       (by {@link org.dualuse.core.parse.CyberSurveillanceRule}), and the software and technology
 *       entries that serve surveillance items and others alike ({@code 5D001.a}, {@code 5E001.a},
 *       {@code 4E001.a}) when the product text names a surveillance item they serve.
 *   <li><b>Does a note release it?</b> {@link org.dualuse.index.surveillance.CyberSurveillanceNotes}
 *       reads the release notes of the surveillance items from the list's own text (WLAN and PMR
 *       interception, network operators, development and production; marketing, QoS, QoE; billing
 *       and mediation devices; authorised updates; vulnerability disclosure and incident response;
 *       debuggers, logical extraction, chip-off and JTAG, jail-breaking) and says which note applies
 *       and on which words.
 *   <li><b>If it is not listed, are there signs it may fall under Article 5?</b>
 *       {@link org.dualuse.index.surveillance.Article5Screen} gives indicators with their trigger
 *       words and reason; protective security products do not raise them on their own words. The
 *       screen gives due-diligence signals, never a classification
 *       ({@link org.dualuse.index.surveillance.Article5Screen#DISCLAIMER}).
 * </ul>
 *
 * <p>The words live in data files beside the classes, each with its format in its header:
 * {@code article5-indicators.tsv} (the screen's rules), {@code surveillance-release-cues.tsv} (users'
 * words for the notes' words), and {@code ../surveillance-vocabulary.tsv} (surveillance terms mapped
 * to the nodes they point at, loaded by the index too). A bad row fails loading with a
 * {@link org.dualuse.index.surveillance.CueFileFormatException} naming file and line.
 */
package org.dualuse.index.surveillance;
