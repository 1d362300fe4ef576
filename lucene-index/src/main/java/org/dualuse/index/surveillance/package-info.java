/**
 * Cyber-surveillance: the items of Article 2(20) of Regulation (EU) 2021/821 ("dual-use items
 * specially designed to enable the covert surveillance of natural persons by monitoring, extracting,
 * collecting or analysing data from information and telecommunication systems") and the Article 5
 * screen for unlisted items that may be such items.
 *
 * <p>The definition is the spine. Its five elements ({@link org.dualuse.core.classify.CyberSurveillanceElement})
 * are read from a product text by {@link org.dualuse.index.surveillance.DefinitionElements}, in
 * English, German, French and Italian; every answer of this package names the elements it rests on
 * and the words that show them.
 *
 * <p>Four questions, four classes, all immutable and thread-safe:
 *
 * <ul>
 *   <li><b>Is the list's node a cyber-surveillance item?</b> The parser flags every node with a
 *       scope and a reason ({@link org.dualuse.core.parse.CyberSurveillanceRule}): it <em>is</em> one
 *       (5A001.f, 5A001.j, 4A005, 4D004, 4E001.c, 5A004.b, 5D001.e and the software existing only for
 *       them), it <em>covers</em> some among others (5D001.a/c, 5E001.a, 4E001.a), or it is only
 *       <em>grouped with</em> them (5A001.f.4, monitoring that finds interceptors).
 *   <li><b>Is the product a cyber-surveillance item?</b>
 *       {@link org.dualuse.index.surveillance.CyberSurveillanceItems} turns the node's flag into the
 *       classification's: software that covers surveillance items is one when its text names or
 *       shows one, and any listed product is one when its text shows the elements.
 *   <li><b>Does a note release it?</b> {@link org.dualuse.index.surveillance.CyberSurveillanceNotes}
 *       reads the release notes of the surveillance items from the list's own text (WLAN and PMR
 *       interception, network operators, development and production; marketing, QoS, QoE; billing
 *       and mediation devices; authorised updates; vulnerability disclosure and incident response;
 *       debuggers, logical extraction, chip-off and JTAG, jail-breaking) and the notes of software and
 *       technology that take surveillance items out (5E002.a), and says which note applies and on
 *       which words.
 *   <li><b>If it is not listed, are there signs it may fall under Article 5?</b>
 *       {@link org.dualuse.index.surveillance.Article5Screen} raises indicators for the kinds of item
 *       the Commission's guidance on non-listed cyber-surveillance items describes (Recommendation (EU)
 *       2024/2659), only when the text shows data about persons processed from information systems,
 *       and keeps the look-alikes apart by general rules (IT security, commercial network purposes,
 *       consent and own devices, counter-surveillance, development and test tools, video recording
 *       and access control, communications protection). Its indicators are due-diligence signals,
 *       never a classification ({@link org.dualuse.index.surveillance.Article5Screen#DISCLAIMER}).
 * </ul>
 *
 * <p>The words live in data files beside the classes, each with its format in its header and a
 * {@code lang} and a {@code source} on every row: {@code article2-20-elements.tsv} (the elements),
 * {@code article5-indicators.tsv} (the kinds and the look-alikes), {@code surveillance-release-cues.tsv}
 * (users' words for the notes' words), and {@code ../surveillance-vocabulary.tsv} (names of the listed
 * items, loaded by the index too). A bad row fails loading with a
 * {@link org.dualuse.index.surveillance.CueFileFormatException} naming file and line.
 */
package org.dualuse.index.surveillance;
