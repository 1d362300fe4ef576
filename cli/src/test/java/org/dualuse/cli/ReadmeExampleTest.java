package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dualuse.core.classify.BatchClassifier;
import org.dualuse.core.classify.ClassifiedItem;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.diff.ListDiff;
import org.dualuse.lists.diff.Rescreening;
import org.dualuse.lists.diff.Screening;
import org.dualuse.lists.diff.ScreeningChange;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Using the library" examples true: the same calls, on the bundled lists. */
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

  private record MaterialRow(String text, double freqGhz) {}

  @Test
  void theReadmeBatchAndRescreeningExamplesRun() {
    Classifier classifier = HybridClassifier.of(ControlLists.eu());
    List<MaterialRow> master = List.of(new MaterialRow("GaN MMIC Leistungsverstärker, Psat 47,8 dBm", 3.1),
        new MaterialRow("Bürostuhl mit Armlehnen", 1));
    Stream<MaterialRow> rows = master.stream();
    List<ClassifiedItem<MaterialRow>> stored = new ArrayList<>();
    BatchClassifier batch = BatchClassifier.of(classifier, 4);
    try (Stream<ClassifiedItem<MaterialRow>> out = batch.classifyAll(rows, row ->
        new Product(row.text(), Map.of("operating frequency", row.freqGhz() + " GHz"), "de"))) {
      out.forEach(stored::add);
    }
    assertEquals(master, stored.stream().map(ClassifiedItem::item).toList());
    assertEquals("3.1 GHz", stored.get(0).product().facts().get("operating frequency"));
    assertFalse(stored.get(0).classification().decision() == Decision.NOT_LISTED);

    Rescreening update = Rescreening.of(ListDiff.between(ControlLists.get(ControlLists.EU_2021), ControlLists.eu()));
    Screening before = new Screening(Decision.LISTED, Optional.of(ControlCode.parse("0B004.b.2")), ControlLists.EU_2021);
    Product product = Product.of("Bürostuhl mit Armlehnen");
    Optional<ScreeningChange> change = update.compare(before, HybridClassifier.of(ControlLists.eu()).classify(product));
    assertEquals("0B004.b.2", change.orElseThrow().causes().get(0).code().toString());
  }
}
