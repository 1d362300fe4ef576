package org.dualuse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;

/** A classifier for tests: answers what it was told for each text, NOT_LISTED otherwise. */
final class ScriptedClassifier implements Classifier {
  static final String LIST_ID = "test-list";

  private final Map<String, Classification> answers = new ConcurrentHashMap<>();

  ScriptedClassifier answer(String text, Decision decision, String... codes) {
    answers.put(text, classification(decision, false, List.of(), codes));
    return this;
  }

  ScriptedClassifier answer(String text, Classification c) {
    answers.put(text, c);
    return this;
  }

  static Classification classification(
      Decision decision, boolean cyber, List<Article5Indicator> article5, String... codes) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      candidates.add(
          new Candidate(
              ControlCode.parse(codes[i]),
              codes.length - i,
              Truth.UNKNOWN,
              new Evidence(List.of("widget"), List.of(), List.of(), List.of(), List.of(), "scripted")));
    }
    return new Classification(decision, candidates, cyber, article5, List.of(), LIST_ID, "scripted answer");
  }

  @Override
  public Classification classify(Product product) {
    Classification c = answers.get(product.text());
    return c != null ? c : classification(Decision.NOT_LISTED, false, List.of());
  }

  @Override
  public String listId() {
    return LIST_ID;
  }
}
