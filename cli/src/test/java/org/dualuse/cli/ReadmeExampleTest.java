package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Using the library" example true: the same calls, on the bundled list. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndAnswersWithEvidence() {
    ControlList eu = ControlLists.eu();
    ControlNode node = eu.get(ControlCode.parse("5A001.f"));
    Classifier classifier = HybridClassifier.of(eu);
    Classification c = classifier.classify(
        Product.of("GaN MMIC power amplifier 2.9-3.5 GHz, Psat 47.8 dBm"));

    assertNotNull(node.text());
    assertNotNull(c.decision());
    assertFalse(c.candidates().isEmpty());
    assertEquals("3A001", c.candidates().get(0).entry().toString());
    assertFalse(c.decision() == Decision.NOT_LISTED, "an MMIC amplifier in the 3A001.b.2 bands must not pass unseen");
  }
}
