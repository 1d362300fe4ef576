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
 * <p><b>Who reads a note.</b> A note's release clause ("... does not control ...") is read once, by
 * the parser: {@code org.dualuse.core.parse.NodeBuilder} calls {@link
 * org.dualuse.core.model.ReleaseClause#readAll} on every note, whose one verb pattern holds every
 * release wording of the annex (its javadoc lists them with their counts: "does/do not control",
 * "does not apply to/for", "does not include", "does not specify", "does not refer to", "is/are not
 * controlled"; never in an N.B., and in a technical note only in a note printed inside it). The
 * clause is kept on the note ({@code Note.releaseClauses()}, {@code Note.releaseClause()}): where
 * its verb is, the words before it (the codes released, {@code Note.releases()}), the words after
 * it ({@link org.dualuse.core.model.ReleaseClause#scope()}) and whether its conditions must all
 * hold. Every other reader takes the clause from the note and matches no verb of its own:
 *
 * <ul>
 *   <li>the note's lists: {@code org.dualuse.core.criteria.NoteConditionParser} splits a clause's
 *       words into its alternatives and their inner lists, once for both readers below, so that each
 *       alternative is read from its own words (an inner list ends where its outer list goes on);
 *   <li>the note's parametric condition ("... of 1 W or less"): the parser passes the clause's words
 *       to {@code CriteriaExtractor.extractReleaseCondition}, which types each alternative of the
 *       parsed lists, kept as {@code Note.exclusion()} and applied as {@code NOT} of it by the
 *       parameter classifier ({@code PlanBuilder});
 *   <li>the note's words against a product text: {@code ReleaseNotes} sends a note whose clause has
 *       conditions that must all hold ({@code ReleaseClause.allOf()}) to {@code AllOfNote} ({@code
 *       NoteConditionParser} splits the clause's words, {@code NoteConditionPreparer} reads each
 *       condition's words and criteria), any other to {@code NoteWords} (one alternative suffices;
 *       users' words from {@code ReleaseUserWords}). N.B. redirects are read there too;
 *   <li>the general notes (Cryptography Note, GSN, GTN) are cue phrases ({@code GeneralNotes}); the
 *       Cryptography Note's scope is the subject of its release clause, found by {@code
 *       ReleaseClause.find} in the document's text;
 *   <li>the cyber-surveillance release notes: {@link org.dualuse.index.surveillance.CyberSurveillanceNotes}
 *       splits each clause of a surveillance note into its head and alternatives ({@code
 *       SurveillanceClause}), with its own word rule (plurals folded, 60 % of the distinctive words
 *       against {@code NoteWords}' stems and 40 %), found per candidate by {@code CandidateClauses}
 *       and matched by {@code PreparedReleaseClause}.
 * </ul>
 *
 * <p>To change what counts as a releasing note or where its clause starts, change {@link
 * org.dualuse.core.model.ReleaseClause} (and its tests, which count the wordings on the real list);
 * to change how a note's words are matched, {@code NoteWords} (or {@code PreparedReleaseClause} for
 * the surveillance notes). The two word rules are not yet one (issue 15's one text analysis).
 *
 * <p>Everything here is immutable after construction and thread-safe.
 */
package org.dualuse.index;
