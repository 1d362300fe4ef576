package org.dualuse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An A/B of two builds of the benchmarks jar in one JVM, for a machine shared with other work: each
 * jar in a class loader of its own, the hybrid classifier of each classifying the {@link
 * BenchmarkTexts} sets in alternation, round after round (the order of the two flipped every round),
 * and the median CPU time per text of each reported with their ratio. Load that comes and goes
 * stretches both alike, which two runs one after the other do not.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.JarComparison BEFORE.jar AFTER.jar
 * [WARM_UP_CPU_SECONDS] [ROUNDS]} (defaults 40 and 11), with copies of {@code benchmarks.jar} built from the two
 * trees. Prints per set the median CPU microseconds per text of each jar and before / after (above 1: the
 * second is faster). Each jar must hold {@code BenchmarkTexts}.
 */
public final class JarComparison {
  private JarComparison() {}

  public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
    if (args.length < 2) {
      System.err.println("usage: JarComparison BEFORE.jar AFTER.jar [WARM_UP_CPU_SECONDS] [ROUNDS]");
      System.exit(2);
    }
    Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
    int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 11;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    while (cpu.getCurrentThreadCpuTime() - start < warmUpSeconds * 1_000_000_000L) {
      for (Build b : builds) {
        for (List<String> texts : b.sets) {
          b.classifyAll(texts);
        }
      }
    }
    int sets = builds[0].sets.size();
    double[][][] perText = new double[sets][2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int s = 0; s < sets; s++) {
        for (int k = 0; k < 2; k++) {
          int j = r % 2 == 0 ? k : 1 - k;
          List<String> texts = builds[j].sets.get(s);
          long a = cpu.getCurrentThreadCpuTime();
          builds[j].classifyAll(texts);
          perText[s][j][r] = (cpu.getCurrentThreadCpuTime() - a) / 1e3 / texts.size();
        }
      }
    }
    System.out.printf("%-11s %12s %12s %14s%n", "set", "before us", "after us", "before/after");
    for (int s = 0; s < sets; s++) {
      double before = median(perText[s][0]);
      double after = median(perText[s][1]);
      System.out.printf("%-11s %12.1f %12.1f %14.2f%n", builds[0].names.get(s), before, after, before / after);
    }
  }

  /** One jar's classifier and text sets, reached by reflection through its own class loader. */
  private static final class Build {
    private final Object classifier;
    private final Method classify;
    private final Method productOf;
    private final List<String> names;
    private final List<List<String>> sets = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Build(Path jar) throws ReflectiveOperationException, MalformedURLException {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Object list = loader.loadClass("org.dualuse.lists.ControlLists").getMethod("eu").invoke(null);
      Class<?> hybrid = loader.loadClass("org.dualuse.index.HybridClassifier");
      Class<?> product = loader.loadClass("org.dualuse.core.classify.Product");
      Class<?> controlList = loader.loadClass("org.dualuse.core.model.ControlList");
      this.classifier = hybrid.getMethod("of", controlList).invoke(null, list);
      this.classify = hybrid.getMethod("classify", product);
      this.productOf = product.getMethod("of", String.class);
      Class<?> texts = loader.loadClass(BenchmarkTexts.class.getName());
      Field namesField = texts.getDeclaredField("NAMES");
      namesField.setAccessible(true);
      this.names = (List<String>) namesField.get(null);
      Method of = texts.getDeclaredMethod("of", String.class);
      of.setAccessible(true);
      for (String name : names) {
        sets.add((List<String>) of.invoke(null, name));
      }
    }

    void classifyAll(List<String> texts) throws IllegalAccessException, InvocationTargetException {
      for (String t : texts) {
        classify.invoke(classifier, productOf.invoke(null, t));
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
