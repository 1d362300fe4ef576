package org.dualuse.bench.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.dualuse.core.classify.Classifier;
import org.dualuse.index.HybridClassifier;
import org.dualuse.lists.ControlLists;

/**
 * The golden-output check: classifies every case text of a dataset with the {@link HybridClassifier}
 * over the bundled list of the case (the default list when the case names none), writes one
 * {@link ClassificationRecord} a line, and compares them with a golden file written earlier (a local
 * file, never committed: its evidence lines quote the annex), listing every
 * case whose record differs, the cases missing on either side, and the first differing fields. A change
 * meant to change no answer (a speed-up) must leave the file as it is. A field the golden records do
 * not have at all (output added since the file was written, such as the structured evidence) is new
 * output, not a changed answer: it is named in the summary and not compared until the file is
 * rewritten; every field the golden records have is compared as before.
 *
 * <p>Run from the repository root after {@code ./mvnw -B -o -q -pl benchmarks -am package -DskipTests}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.golden.GoldenOutputs           # compare
 * java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.golden.GoldenOutputs --update  # rewrite the golden file
 * </pre>
 *
 * Options: {@code --top K} (candidates per record, default {@value ClassificationRecord#DEFAULT_TOP} as
 * {@code classify --json} shows), {@code --dataset FILE} (default {@value #DEFAULT_DATASET}), {@code --golden FILE} (default
 * {@value #DEFAULT_GOLDEN}), {@code --actual FILE} (where this run's records go, default
 * {@value #DEFAULT_ACTUAL}). Exit status 0 when every record is the same, 1 when any differs, 2 on bad
 * input. Only ids, field paths and values are printed, never a whole case.
 */
public final class GoldenOutputs {
  static final String DEFAULT_DATASET = "benchmarks/src/main/resources/datasets/corpus-eu.jsonl";
  static final String DEFAULT_GOLDEN = "benchmarks/golden/corpus-eu-classifications.jsonl";
  static final String DEFAULT_ACTUAL = "benchmarks/target/golden/corpus-eu-classifications.jsonl";
  /** At most this many differing fields are named per case. */
  static final int FIELDS_SHOWN = 5;
  private static final int VALUE_SHOWN = 100;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  private GoldenOutputs() {}

  public static void main(String[] args) {
    Path dataset = Path.of(DEFAULT_DATASET);
    Path golden = Path.of(DEFAULT_GOLDEN);
    Path actual = Path.of(DEFAULT_ACTUAL);
    boolean update = false;
    int top = ClassificationRecord.DEFAULT_TOP;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(value(args, ++i));
        case "--golden" -> golden = Path.of(value(args, ++i));
        case "--actual" -> actual = Path.of(value(args, ++i));
        case "--update" -> update = true;
        case "--top" -> top = positive(value(args, ++i));
        default -> fail("unknown option '" + args[i] + "'; options: --dataset FILE --golden FILE --actual FILE --top K --update");
      }
    }
    if (!Files.isRegularFile(dataset)) {
      fail("no dataset file " + dataset.toAbsolutePath() + " (run from the repository root or pass --dataset FILE)");
    }
    long start = System.nanoTime();
    List<LabelledCase> cases = DatasetReader.read(dataset, DatasetFormat.DUALUSE);
    List<String> records = classifyAll(cases, top, Runtime.getRuntime().availableProcessors());
    write(actual, records);
    System.out.printf("%d cases classified in %.1f s; records in %s%n", cases.size(),
        (System.nanoTime() - start) / 1e9, actual);
    if (update) {
      write(golden, records);
      System.out.println("golden file rewritten: " + golden);
      return;
    }
    if (!Files.isRegularFile(golden)) {
      fail("no golden file " + golden.toAbsolutePath() + " (write one with --update)");
    }
    Set<String> added = new TreeSet<>();
    List<String> differences = differences(byId(read(golden)), byId(records), added);
    differences.forEach(System.out::println);
    System.out.println(differences.isEmpty()
        ? "same: every record equals the golden file's"
            + (added.isEmpty() ? "" : " in every field it has (new fields, not in the golden file: " + String.join(", ", added)
                + "; --update to compare them too)")
        : "DIFFERENT: " + differences.stream().filter(d -> !d.startsWith("    ")).count() + " of " + cases.size()
            + " cases (see above); golden " + golden + ", actual " + actual);
    System.exit(differences.isEmpty() ? 0 : 1);
  }

  /**
   * The records of the cases, in their order, each classified by the classifier of its list.
   *
   * @param top the most candidates a record holds
   * @param threads how many threads classify at once, at least 1
   */
  static List<String> classifyAll(List<LabelledCase> cases, int top, int threads) {
    Map<String, Classifier> classifiers = new LinkedHashMap<>();
    for (LabelledCase c : cases) {
      String list = c.list().isEmpty() ? ControlLists.EU_ALIAS : c.list();
      classifiers.computeIfAbsent(ControlLists.get(list).id(), id -> HybridClassifier.of(ControlLists.get(id)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<String>> futures = new ArrayList<>(cases.size());
      for (LabelledCase c : cases) {
        String list = ControlLists.get(c.list().isEmpty() ? ControlLists.EU_ALIAS : c.list()).id();
        Classifier classifier = classifiers.get(list);
        futures.add(pool.submit(() -> record(c, classifier, top)));
      }
      List<String> out = new ArrayList<>(cases.size());
      for (Future<String> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while classifying", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("classifying a case failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String record(LabelledCase c, Classifier classifier, int top) {
    try {
      return ClassificationRecord.of(c.id(), classifier.classify(c.product()), top).toString();
    } catch (org.dualuse.core.DualUseException e) {
      // a refusal (a text without usable words) is an answer too, and must stay the same
      return ClassificationRecord.ofError(c.id(), e).toString();
    }
  }

  /**
   * What differs between two sets of records, by case id: one line per case that differs, is missing
   * or is new, each followed by up to {@value #FIELDS_SHOWN} indented lines naming a differing field
   * with the golden and the actual value. Empty when both are the same.
   */
  static List<String> differences(Map<String, String> golden, Map<String, String> actual) {
    return differences(golden, actual, new TreeSet<>());
  }

  /**
   * As {@link #differences(Map, Map)}, where a field of an object that the golden record does not
   * have at all is new output, not a changed answer: it is not compared, and its path (array indices
   * left out, {@code candidates[].evidence.criteria}) goes into {@code added}. A field the golden
   * record has is compared whole, and so is every element of an array.
   */
  static List<String> differences(Map<String, String> golden, Map<String, String> actual, Set<String> added) {
    Objects.requireNonNull(golden, "golden");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(added, "added");
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> g : golden.entrySet()) {
      String a = actual.get(g.getKey());
      if (a == null) {
        out.add(g.getKey() + ": missing (in the golden file, not in this run)");
      } else if (!a.equals(g.getValue())) {
        List<String> fields = new ArrayList<>();
        fieldDifferences("", parse(g.getValue()), parse(a), fields, added);
        if (fields.isEmpty()) {
          continue; // only fields the golden record lacks
        }
        out.add(g.getKey() + ": differs in " + fields.size() + (fields.size() == 1 ? " field" : " fields"));
        for (String f : fields.subList(0, Math.min(FIELDS_SHOWN, fields.size()))) {
          out.add("    " + f);
        }
      }
    }
    for (String id : actual.keySet()) {
      if (!golden.containsKey(id)) {
        out.add(id + ": new (in this run, not in the golden file)");
      }
    }
    return out;
  }

  private static void fieldDifferences(String path, JsonNode golden, JsonNode actual, List<String> out,
      Set<String> added) {
    if (golden != null && actual != null && golden.isObject() && actual.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      golden.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String at = path.isEmpty() ? name : path + "." + name;
        if (!golden.has(name)) {
          added.add(INDEX.matcher(at).replaceAll("[]"));
        } else {
          fieldDifferences(at, golden.get(name), actual.get(name), out, added);
        }
      }
    } else if (golden != null && actual != null && golden.isArray() && actual.isArray()) {
      int n = Math.max(golden.size(), actual.size());
      for (int i = 0; i < n; i++) {
        fieldDifferences(path + "[" + i + "]", golden.get(i), actual.get(i), out, added);
      }
    } else if (!Objects.equals(golden, actual)) {
      out.add(path + ": " + shown(golden) + " -> " + shown(actual));
    }
  }

  private static String shown(JsonNode node) {
    String s = node == null ? "(none)" : node.toString();
    return s.length() <= VALUE_SHOWN ? s : s.substring(0, VALUE_SHOWN) + "...";
  }

  /**
   * Records by their id, in order.
   *
   * @throws IllegalArgumentException for a line that is not a JSON object with an id, or an id twice
   */
  static Map<String, String> byId(List<String> records) {
    Map<String, String> out = new LinkedHashMap<>();
    int line = 0;
    for (String r : records) {
      line++;
      JsonNode id = parse(r).get("id");
      if (id == null || !id.isTextual()) {
        throw new IllegalArgumentException("record " + line + " has no id");
      }
      if (out.put(id.asText(), r) != null) {
        throw new IllegalArgumentException("record " + line + ": id " + id.asText() + " appears twice");
      }
    }
    return out;
  }

  private static JsonNode parse(String record) {
    try {
      JsonNode node = MAPPER.readTree(record);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object: " + shown(node));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON record: " + e.getOriginalMessage(), e);
    }
  }

  private static List<String> read(Path file) {
    try {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, List<String> records) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, records, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      fail("option " + args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail("--top needs a whole number of 1 or more, was '" + value + "'");
    return 0;
  }

  private static void fail(String message) {
    PrintStream err = System.err;
    err.println("golden outputs: " + message);
    System.exit(2);
  }
}
