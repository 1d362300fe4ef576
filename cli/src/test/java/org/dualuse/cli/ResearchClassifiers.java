package org.dualuse.cli;

import java.util.List;
import java.util.Optional;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;

/**
 * Classifiers as a researcher might write them, for {@code eval --classifier}: each answers a text
 * that is a code of its list with that code, and any other text with not listed.
 */
public final class ResearchClassifiers {
  private ResearchClassifiers() {}

  static Classification echo(ControlList list, Product product) {
    Optional<ControlCode> code = ControlCode.tryParse(product.text().strip()).filter(c -> list.find(c).isPresent());
    if (code.isEmpty()) {
      return new Classification(Decision.NOT_LISTED, List.of(), null, List.of(), List.of(), list.id(), "no code");
    }
    Candidate c = new Candidate(code.get(), 1, Truth.UNKNOWN, Evidence.NONE);
    return new Classification(Decision.LISTED, List.of(c), null, List.of(), List.of(), list.id(), "a code");
  }

  /** Built by its factory; its constructor is private. */
  public static final class ByFactory implements Classifier {
    private final ControlList list;

    private ByFactory(ControlList list) {
      this.list = list;
    }

    public static ByFactory of(ControlList list) {
      return new ByFactory(list);
    }

    @Override
    public Classification classify(Product product) {
      return echo(list, product);
    }

    @Override
    public String listId() {
      return list.id();
    }
  }

  /** Built by its constructor. */
  public static final class ByConstructor implements Classifier {
    private final ControlList list;

    public ByConstructor(ControlList list) {
      this.list = list;
    }

    @Override
    public Classification classify(Product product) {
      return echo(list, product);
    }

    @Override
    public String listId() {
      return list.id();
    }
  }

  /** A classifier that cannot be given a list: neither factory nor constructor takes one. */
  public static final class WithoutList implements Classifier {
    @Override
    public Classification classify(Product product) {
      return new Classification(Decision.NOT_LISTED, List.of(), null, List.of(), List.of(), "none", "");
    }

    @Override
    public String listId() {
      return "none";
    }
  }

  /** A classifier whose factory fails, as one whose model file is missing would. */
  public static final class FailingFactory implements Classifier {
    private FailingFactory() {}

    public static FailingFactory of(ControlList list) {
      throw new IllegalStateException("model file weights.bin not found");
    }

    @Override
    public Classification classify(Product product) {
      throw new AssertionError("never built");
    }

    @Override
    public String listId() {
      return "none";
    }
  }
}
