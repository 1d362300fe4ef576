package org.dualuse.bench.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.model.ControlList;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.EvaluationReport;
import org.dualuse.eval.Evaluator;
import org.dualuse.eval.LabelledCase;
import org.dualuse.eval.Metrics;
import org.dualuse.eval.Split;
import org.dualuse.index.HybridClassifier;
import org.dualuse.index.KindFactors;
import org.dualuse.index.ListIndex;
import org.dualuse.lists.ControlLists;

/**
 * Fits the {@link KindFactors} of the kind routing on the {@code tune} half of the team's corpus: a
 * grid over the three factors, each point evaluated on every tune case with the bundled decision
 * model; prints one row per point (listed F1, not-listed accuracy, entry top-1, and entry top-1 of
 * the software and technology cases) and the point with the best mean of listed F1 and not-listed
 * accuracy, ties to the one nearest the former values (0.4, 0.35, 0.9). One command (from the repository
 * root, after {@code ./mvnw -B -o -pl benchmarks -am package -DskipTests}):
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.fit.FitKindFactors \
 *     [--dataset benchmarks/src/main/resources/datasets/corpus-eu.jsonl] [--threads 2]
 * }</pre>
 *
 * The {@code check} half is never read.
 */
public final class FitKindFactors {

  static final double[] OFF_GROUP = {0.25, 0.4, 0.6};
  static final double[] GOODS_FOR_SOFTWARE = {0.2, 0.35, 0.5};
  static final double[] DERIVED = {0.5, 0.7, 0.9, 1.1};

  /** The hand-placed values the fit replaced: ties go to the point nearest them. */
  static final KindFactors FORMER = new KindFactors(0.4, 0.35, 0.9);

  private FitKindFactors() {}

  public static void main(String[] args) throws java.io.IOException {
    Path dataset = Path.of("benchmarks/src/main/resources/datasets/corpus-eu.jsonl");
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(require(args[i], value));
        case "--threads" -> threads = Integer.parseInt(require(args[i], value));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (expected --dataset FILE or --threads N)");
      }
      i++;
    }
    List<LabelledCase> tune = new ArrayList<>();
    for (LabelledCase c : DatasetReader.read(dataset, DatasetFormat.DUALUSE)) {
      if (c.split().orElse(Split.ofId(c.id())) == Split.TUNE) {
        tune.add(c);
      }
    }
    ControlList list = ControlLists.eu();
    KindFactors best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    try (ListIndex index = ListIndex.inMemory(list)) {
      System.out.println("tune cases " + tune.size());
      System.out.println("offGroup goodsForSoftware derived   listedF1 notListed entryTop1  software technology");
      for (double off : OFF_GROUP) {
        for (double goods : GOODS_FOR_SOFTWARE) {
          for (double derived : DERIVED) {
            KindFactors f = new KindFactors(off, goods, derived);
            HybridClassifier classifier = HybridClassifier.builder(index).kindFactors(f).build();
            EvaluationReport r = new Evaluator(classifier, threads, 0, Evaluator.DEFAULT_SEED).evaluate(tune);
            Metrics m = r.overall();
            double score = (m.listedF1() + m.notListedAccuracy()) / 2;
            System.out.printf(Locale.ROOT, "%8.2f %16.2f %7.2f   %8.3f %9.3f %9.3f  %8.3f %10.3f%n", off, goods, derived,
                m.listedF1(), m.notListedAccuracy(), m.entryTop1(), top1(r, "software"), top1(r, "technology"));
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && distance(f) < distance(best))) {
              bestScore = score;
              best = f;
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "best %s (mean of listed F1 and not-listed accuracy %.4f)%n", best, bestScore);
  }

  private static double top1(EvaluationReport r, String kind) {
    Metrics m = r.byKind().get(kind);
    return m == null ? Double.NaN : m.entryTop1();
  }

  private static double distance(KindFactors f) {
    KindFactors s = FORMER;
    return Math.abs(f.offGroup() - s.offGroup()) + Math.abs(f.goodsForSoftware() - s.goodsForSoftware())
        + Math.abs(f.derived() - s.derived());
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
