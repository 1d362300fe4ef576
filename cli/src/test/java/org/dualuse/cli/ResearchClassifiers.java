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

  /** Answers a text that is a code of its list with that code, any other text with not listed. */
  abstract static class Echo implements Classifier {
    private final ControlList list;

    Echo(ControlList list) {
      this.list = list;
    }

    @Override
    public Classification classify(Product product) {
      Optional<ControlCode> code = ControlCode.tryParse(product.text().strip()).filter(c -> list.find(c).isPresent());
      if (code.isEmpty()) {
        return new Classification(Decision.NOT_LISTED, List.of(), null, List.of(), List.of(), list.id(), "no code");
      }
      Candidate c = new Candidate(code.get(), 1, Truth.UNKNOWN, Evidence.NONE);
      return new Classification(Decision.LISTED, List.of(c), null, List.of(), List.of(), list.id(), "a code");
    }

    @Override
    public String listId() {
      return list.id();
    }
  }

  /** Built by its factory; its constructor is private. */
  public static final class ByFactory extends Echo {
    private ByFactory(ControlList list) {
      super(list);
    }

    public static ByFactory of(ControlList list) {
      return new ByFactory(list);
    }
  }

  /** Built by its constructor. */
  public static final class ByConstructor extends Echo {
    public ByConstructor(ControlList list) {
      super(list);
    }
  }

  /** A classifier whose factory fails, as one whose model file is missing would. */
  public static final class FailingFactory extends Echo {
    private FailingFactory(ControlList list) {
      super(list);
    }

    public static FailingFactory of(ControlList list) {
      throw new IllegalStateException("model file weights.bin not found");
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
}
