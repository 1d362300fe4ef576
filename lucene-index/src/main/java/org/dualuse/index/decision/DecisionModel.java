package org.dualuse.index.decision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dualuse.core.DualUseException;

/**
 * The calibrated decision: a logistic model over the {@link DecisionFeature}s of a candidate, giving
 * the probability that the product is listed, and the threshold at or above which it is answered
 * listed (or, when facts are missing, NEEDS_FACTS). Immutable and thread-safe.
 *
 * <p>The weights are not placed by hand: {@code FitDecisionModel} in the benchmarks module fits them
 * on the {@code tune} half of the team's corpus (L2-regularised logistic regression by iteratively
 * reweighted least squares, the penalty chosen by grouped cross-validation on {@code tune}) and sets
 * the threshold for the target written in the file's header (by default the Bayes decision for a
 * calibrated probability, 0.5). The file records
 * the command, the data, the regularisation and the cross-validated figures; see
 * {@code benchmarks/README.md} ("Fitting the decision model") to reproduce it.
 *
 * <p>File format (UTF-8, tab-separated, {@code #} starts a comment line): a header line
 * {@code name<TAB>value<TAB>source}, then one row {@code intercept}, one row {@code threshold} and one
 * row per feature, each feature exactly once. A missing, repeated or unknown name, or a value that is
 * not a finite number, is refused with the line it is on.
 */
public final class DecisionModel {

  /** The resource of the standard model, beside this class. */
  public static final String RESOURCE = "decision-model.tsv";
  private static final String HEADER = "name\tvalue\tsource";

  private static volatile DecisionModel standard;

  private final double intercept;
  private final double threshold;
  private final double[] weights;
  private final String source;

  /**
   * A model from its weights.
   *
   * @param intercept the log-odds of a candidate whose features are all 0
   * @param weights a weight for every feature
   * @param threshold the probability at or above which a product is answered listed, in (0, 1)
   * @param source where the model came from, for messages
   */
  public DecisionModel(double intercept, Map<DecisionFeature, Double> weights, double threshold, String source) {
    Objects.requireNonNull(weights, "weights");
    this.source = Objects.requireNonNull(source, "source");
    if (!Double.isFinite(intercept)) {
      throw new DualUseException("intercept is " + intercept);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new DualUseException("threshold must lie in (0, 1), is " + threshold);
    }
    this.intercept = intercept;
    this.threshold = threshold;
    this.weights = new double[DecisionFeature.values().length];
    for (DecisionFeature f : DecisionFeature.values()) {
      Double w = weights.get(f);
      if (w == null || !Double.isFinite(w)) {
        throw new DualUseException("no finite weight for feature " + f + " in " + source);
      }
      this.weights[f.ordinal()] = w;
    }
  }

  /** The model bundled with the library, read once. */
  public static DecisionModel standard() {
    DecisionModel m = standard;
    if (m == null) {
      synchronized (DecisionModel.class) {
        m = standard;
        if (m == null) {
          try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new DecisionModelFormatException(RESOURCE, 0, "the bundled decision model is missing");
            }
            m = read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          standard = m;
        }
      }
    }
    return m;
  }

  /**
   * Reads a model file.
   *
   * @param source the file's name, for messages
   * @param reader the file's text
   * @throws DecisionModelFormatException on a bad line, naming it
   */
  public static DecisionModel read(String source, Reader reader) throws IOException {
    Objects.requireNonNull(source, "source");
    BufferedReader in = new BufferedReader(Objects.requireNonNull(reader, "reader"));
    Double intercept = null;
    Double threshold = null;
    Map<DecisionFeature, Double> weights = new EnumMap<>(DecisionFeature.class);
    boolean headerSeen = false;
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.strip().equals(HEADER)) {
          throw new DecisionModelFormatException(source, lineNo, "expected the header '" + HEADER.replace('\t', ' ')
              + "', found '" + line + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[2].isBlank()) {
        throw new DecisionModelFormatException(source, lineNo, "expected name, value and source, found '" + line + "'");
      }
      String name = cols[0].strip();
      double value;
      try {
        value = Double.parseDouble(cols[1].strip());
      } catch (NumberFormatException e) {
        throw new DecisionModelFormatException(source, lineNo, "value of " + name + " is not a number: '" + cols[1] + "'");
      }
      if (!Double.isFinite(value)) {
        throw new DecisionModelFormatException(source, lineNo, "value of " + name + " is not finite: " + cols[1]);
      }
      switch (name) {
        case "intercept" -> {
          if (intercept != null) {
            throw new DecisionModelFormatException(source, lineNo, "intercept given twice");
          }
          intercept = value;
        }
        case "threshold" -> {
          if (threshold != null) {
            throw new DecisionModelFormatException(source, lineNo, "threshold given twice");
          }
          if (!(value > 0 && value < 1)) {
            throw new DecisionModelFormatException(source, lineNo, "threshold must lie in (0, 1), is " + value);
          }
          threshold = value;
        }
        default -> {
          DecisionFeature f;
          try {
            f = DecisionFeature.valueOf(name);
          } catch (IllegalArgumentException e) {
            throw new DecisionModelFormatException(source, lineNo, "unknown feature '" + name + "'");
          }
          if (weights.put(f, value) != null) {
            throw new DecisionModelFormatException(source, lineNo, "feature " + name + " given twice");
          }
        }
      }
    }
    if (!headerSeen) {
      throw new DecisionModelFormatException(source, lineNo, "no header and no rows");
    }
    if (intercept == null || threshold == null) {
      throw new DecisionModelFormatException(source, lineNo, "the file gives no " + (intercept == null ? "intercept" : "threshold"));
    }
    for (DecisionFeature f : DecisionFeature.values()) {
      if (!weights.containsKey(f)) {
        throw new DecisionModelFormatException(source, lineNo, "the file gives no weight for feature " + f);
      }
    }
    return new DecisionModel(intercept, weights, threshold, source);
  }

  /**
   * Writes the model in the file format, after the given comment lines (each written after "# ").
   *
   * @param out where to write
   * @param comments what the header says: how the model was fitted and what it scored
   * @param rowSource the source column of every row
   */
  public void write(Writer out, List<String> comments, String rowSource) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(comments, "comments");
    Objects.requireNonNull(rowSource, "rowSource");
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    out.write(HEADER + "\n");
    out.write("intercept\t" + number(intercept) + "\t" + rowSource + "\n");
    out.write("threshold\t" + number(threshold) + "\t" + rowSource + "\n");
    for (DecisionFeature f : DecisionFeature.values()) {
      out.write(f.name() + "\t" + number(weights[f.ordinal()]) + "\t" + rowSource + "\n");
    }
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** The log-odds that the product is listed, from a candidate's features. */
  public double logOdds(DecisionFeatures features) {
    Objects.requireNonNull(features, "features");
    double z = intercept;
    for (DecisionFeature f : DecisionFeature.values()) {
      z += weights[f.ordinal()] * features.get(f);
    }
    return z;
  }

  /** The probability that the product is listed, from a candidate's features: the calibrated confidence. */
  public double probability(DecisionFeatures features) {
    return 1 / (1 + Math.exp(-logOdds(features)));
  }

  /** Whether a candidate with these features makes the product listed (or a question of facts). */
  public boolean lists(DecisionFeatures features) {
    return probability(features) >= threshold;
  }

  /**
   * The same weights with another threshold: for a screening whose misses cost more than its false
   * alarms, the Bayes threshold of a calibrated probability is 1 / (1 + R) when a missed listed item
   * costs R false alarms (R = 2 gives 1/3: more products asked about, fewer missed).
   *
   * @param threshold the probability at or above which a product is answered listed, in (0, 1)
   * @throws DualUseException when the threshold is not within (0, 1)
   */
  public DecisionModel withThreshold(double threshold) {
    Map<DecisionFeature, Double> w = new EnumMap<>(DecisionFeature.class);
    for (DecisionFeature f : DecisionFeature.values()) {
      w.put(f, weights[f.ordinal()]);
    }
    return new DecisionModel(intercept, w, threshold, source + " (threshold " + threshold + ")");
  }

  /** The probability at or above which a product is answered listed. */
  public double threshold() {
    return threshold;
  }

  /** The log-odds of a candidate whose features are all 0. */
  public double intercept() {
    return intercept;
  }

  /** The weight of a feature. */
  public double weight(DecisionFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return weights[feature.ordinal()];
  }

  /**
   * What each feature that is not 0 adds to the log-odds (weight × value), largest effect first, ties
   * in feature order: the reasons of a decision, for explanations.
   */
  public List<Contribution> contributions(DecisionFeatures features) {
    Objects.requireNonNull(features, "features");
    List<Contribution> out = new ArrayList<>();
    for (DecisionFeature f : DecisionFeature.values()) {
      double x = features.get(f);
      if (x != 0) {
        out.add(new Contribution(f, x, weights[f.ordinal()] * x));
      }
    }
    out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds())));
    return out;
  }

  /**
   * What one feature adds to the log-odds of a decision.
   *
   * @param feature the feature
   * @param value its value for the candidate
   * @param logOdds weight × value
   */
  public record Contribution(DecisionFeature feature, double value, double logOdds) {
    public Contribution {
      Objects.requireNonNull(feature, "feature");
    }
  }

  @Override
  public String toString() {
    return "DecisionModel[" + source + ", threshold " + threshold + "]";
  }
}
