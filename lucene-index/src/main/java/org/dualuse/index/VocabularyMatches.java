package org.dualuse.index;

import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;

/**
 * The vocabulary phrases found in a text, by the codes they point at: the {@link
 * Vocabulary.Strength#HINT} phrases ({@link ListIndex#phrasesIn}) and the retrieval pointers ({@link
 * ListIndex#pointersIn}), each in the order they were found.
 */
record VocabularyMatches(Map<ControlCode, List<String>> hints, Map<ControlCode, List<String>> pointers) {}
