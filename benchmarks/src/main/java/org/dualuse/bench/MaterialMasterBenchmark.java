package org.dualuse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Product;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput on a mix of short material-master texts, the load of an ERP screening run: 1,024
 * generated descriptions of 2 to 6 words (a product noun, one or two attributes, half of them with
 * a quantity, some German), classified in turn by one shared {@link HybridClassifier}. Unlike
 * {@link ClassifyBenchmark}, which repeats one text, the mix keeps the candidate entries and
 * their caches changing from call to call. The generator is seeded: every run sees the same texts.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MaterialMasterBenchmark -wi 3 -i 5 -f 1 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaterialMasterBenchmark {

  private static final String[] NOUNS = {
    "FPGA", "microcontroller", "fibre laser", "GNSS receiver", "ball valve", "steel pipe", "oscilloscope",
    "pressure sensor", "servo motor", "hydraulic pump", "thermal camera", "frequency converter", "gyroscope",
    "accelerometer", "network switch", "router", "crypto module", "drone", "night vision goggles", "centrifuge",
    "vacuum pump", "spectrum analyzer", "signal generator", "machining centre", "lathe", "industrial robot",
    "heat exchanger", "reaction vessel", "carbon fibre", "titanium alloy bar", "office chair", "laser printer",
    "LED lamp", "power supply", "antenna", "radar module", "sonar transducer", "Kugelhahn", "Frequenzumrichter",
    "Wärmebildkamera", "Edelstahlrohr", "Netzteil"
  };
  private static final String[] ATTRIBUTES = {
    "compact", "rugged", "industrial", "portable", "digital", "stainless", "3-phase", "24 V", "standard",
    "radiation-hardened", "space-qualified", "waterproof", "für Außeneinsatz"
  };
  private static final String[] QUANTITIES = {
    "5 kg", "12-bit", "100 W", "DN50 PN16", "IP67", "60 Hz", "2.4 GHz", "-40 to 85 °C", "10 MHz", "500 mm",
    "1 200 V", "30 fps", "1550 nm", "20 l", "640 x 512"
  };
  private static final int TEXTS = 1024;
  /** The generator's seed: every run, and {@link BenchmarkTexts}' {@code mix}, sees the same texts. */
  static final long SEED = 20261129;

  private Classifier classifier;
  private Product[] products;

  /** Each thread walks the texts on its own, from the start. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void build() {
    classifier = HybridClassifier.of(ControlLists.eu());
    products = generate(new Random(SEED)).stream().map(Product::of).toArray(Product[]::new);
  }

  static List<String> generate(Random random) {
    List<String> out = new ArrayList<>(TEXTS);
    for (int i = 0; i < TEXTS; i++) {
      StringBuilder b = new StringBuilder();
      b.append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]).append(' ');
      b.append(NOUNS[random.nextInt(NOUNS.length)]);
      if (random.nextBoolean()) {
        b.append(' ').append(QUANTITIES[random.nextInt(QUANTITIES.length)]);
      }
      if (random.nextInt(4) == 0) {
        b.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }

  private Product nextProduct(Cursor cursor) {
    int i = cursor.next;
    cursor.next = (i + 1) % TEXTS;
    return products[i];
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public Classification throughput1Thread(Cursor cursor) {
    return classifier.classify(nextProduct(cursor));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Classification throughput2Threads(Cursor cursor) {
    return classifier.classify(nextProduct(cursor));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Classification latency(Cursor cursor) {
    return classifier.classify(nextProduct(cursor));
  }
}
