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
 * <p>Options in place of the defaults come from a builder; the defaults answer as {@code of} does:
 *
 * <pre>{@code
 * HybridClassifier screening = HybridClassifier.builder(ListIndex.inMemory(ControlLists.eu()))
 *     .listingThreshold(1 / 3.0)   // a miss costs two false alarms
 *     .maxCandidates(5)
 *     .build();
 * }</pre>
 *
 * <p>The hybrid classifier is a pipeline of stages, one package-private class each, in the order a
 * product passes through them; where each behaviour lives:
 *
 * <ul>
 *   <li>reading the product once (text analysis, facts, kind, subjects, phrases): {@code ProductReader};
 *       goods, software or technology and the D/E nodes for equipment found: {@code KindRouter};
 *   <li>candidate retrieval (how many nodes, the kind's weight): {@code CandidateRetriever}, over
 *       {@code ListIndex};
 *   <li>software and technology nodes for another purpose ("development", "production", "use") than
 *       the text states: {@code PurposeCheck}, with the words of {@code knowledge/purposes.tsv};
 *   <li>a node's words excluded by "non-": {@code NonPrefixExclusions};
 *   <li>one candidate per entry and the descent to the most specific node: {@code EntryAggregator};
 *       a whole against the part it incorporates: {@code WholesAndParts};
 *   <li>negated words, release notes, N.B. redirects and criteria on the facts: {@code
 *       NotesAndCriteriaCheck}, reading notes through {@code ReleaseNotes} and the parameters through
 *       {@code ParameterSide};
 *   <li>the candidates the decision reads: {@code Shortlist}; the decision's features: {@code
 *       CandidateFeatures}; the decision rule: {@code DecisionRule} with the {@link
 *       org.dualuse.index.decision.DecisionModel} (to change the rule, fit or pass another model, or
 *       another threshold through the builder);
 *   <li>the cyber-surveillance flag and the Article 5 indicators: {@code SurveillanceScreens}, over
 *       {@link org.dualuse.index.surveillance};
 *   <li>the classification, its candidates' evidence and its explanation: {@code ExplanationWriter}.
 * </ul>
 *
 * <p><b>What is particular to a list</b> is its {@link org.dualuse.core.parse.ListProfile}, which
 * the pipeline asks for by the list's id and never replaces by a list's codes: the cyber-surveillance
 * headings (the parser's flags, and the nodes whose notes {@code CandidateClauses} reads), the
 * general notes that release ({@code GeneralNotes}), whether the bundled vocabulary and knowledge
 * files apply ({@link org.dualuse.index.Vocabulary#forList}), and whether the cyber-surveillance flag
 * and the catch-all screen run ({@code SurveillanceScreens}). A list with no profile gets the neutral
 * one: nothing flagged, no general note, its own words only, no catch-all screen.
 *
 * <p><b>Add a list</b>: a {@code SourceReader} for its publication (control-lists), and beside it a
 * {@code ListProfile} registered as a service ({@code provides} in the reader module's {@code
 * module-info.java}, and {@code META-INF/services/org.dualuse.core.parse.ListProfile} for the class
 * path), as {@code org.dualuse.lists.source.EuListProfile} is for the EU lists. Nothing in this
 * package changes. A vocabulary of the list's own codes is passed to {@link
 * org.dualuse.index.ListIndex#inMemory(org.dualuse.core.model.ControlList, Vocabulary)} until the
 * data files carry a list column.
 *
 * <p><b>Who reads a note.</b> The release clause of a note ("... does not control ...") is read in
 * more than one place today; each reader decides one thing, and they agree on the verb only in part:
 *
 * <ul>
 *   <li>whether a note releases at all, and which codes it releases: the parser ({@code
 *       org.dualuse.core.parse.NodeBuilder}), kept on the note as {@code Note.decontrol()} and {@code
 *       Note.releases()} (verbs "does/do not control, apply, include", "is/are not controlled"; never an
 *       N.B.);
 *   <li>the note's parametric condition ("... of 1 W or less"): the core's {@code NoteConditions}
 *       through {@code CriteriaExtractor.extractExclusion}, kept as {@code Note.exclusion()} and applied
 *       as {@code NOT} of it by the parameter classifier ({@code PlanBuilder}); verbs "does/do not
 *       control, apply to";
 *   <li>the note's words against a product text: {@code ReleaseNotes}, which sends each note the parser
 *       marked as releasing either to {@code NoteWords} (one alternative suffices; users' words from
 *       {@code ReleaseUserWords}) or, when it has an "all of the following" list, to {@code AllOfNote}
 *       ({@code NoteConditionParser} splits it, {@code NoteConditionPreparer} reads each condition's
 *       words and criteria); both find where the clause starts by {@code NoteWords.RELEASE_CLAUSE}.
 *       N.B. redirects are read there too; the general notes (Cryptography Note, GSN, GTN) are cue
 *       phrases ({@code GeneralNotes}), whose Cryptography Note scope ends at the same pattern;
 *   <li>the cyber-surveillance release notes: {@link org.dualuse.index.surveillance.CyberSurveillanceNotes},
 *       with its own clause reader ({@code ReleaseClause}: verbs "does/do not control, include, apply
 *       to", "are not controlled"), its own word rule (plurals folded, 60 % of the distinctive words
 *       against {@code NoteWords}' stems and 40 %), found per candidate by {@code CandidateClauses}
 *       and matched by {@code PreparedReleaseClause}; it does not consult {@code Note.decontrol()}.
 * </ul>
 *
 * <p>To change what counts as a releasing note, change the parser; to change how a note's words are
 * matched, {@code NoteWords} (or {@code PreparedReleaseClause} for the surveillance notes). The four
 * verb patterns are not yet one: the parser and the surveillance reader accept "include" and "are
 * not controlled", the word readers and {@code NoteConditions} do not, so one pattern may change
 * answers and needs its own check against the golden outputs.
 *
 * <p>Everything here is immutable after construction and thread-safe.
 */
package org.dualuse.index;
