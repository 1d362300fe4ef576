package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eval --classifier CLASS}: a researcher's classifier by its class, on the bundled 2025 list. */
class EvalClassifierOptionTest {

  @TempDir static Path dir;

  /** A code and a chair: two cases the code-echoing classifiers get right. */
  private static Path dataset() throws IOException {
    Path p = dir.resolve("codes.jsonl");
    Files.write(p, List.of(
        "{\"id\":\"a\",\"text\":\"3A001.b.2\",\"expected\":[\"3A001.b.2\"]}",
        "{\"id\":\"b\",\"text\":\"office chair\",\"expected\":[]}"));
    return p;
  }

  private static CommandRun eval(String classifier, String... more) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("eval", "--dataset", dataset().toString(), "--threads", "1",
        "--classifier", classifier));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({"org.dualuse.cli.ResearchClassifiers$ByFactory", "org.dualuse.cli.ResearchClassifiers$ByConstructor"})
  void aClassifierOnTheClassPathIsBuiltForTheListAndEvaluated(String name) throws IOException {
    CommandRun run = eval(name, "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = Json.MAPPER.readTree(run.out());
    assertEquals(name, json.get("classifier").asText());
    assertEquals(ControlLists.EU_2025, json.get("list").asText());
    assertEquals(2, json.get("cases").asInt());
    assertEquals(1.0, json.get("exactTop1").asDouble(), 1e-9, run.out());
    assertEquals(1.0, json.get("notListedAccuracy").asDouble(), 1e-9, run.out());
  }

  @Test
  void theTextReportNamesTheClassifier() throws IOException {
    CommandRun run = eval("org.dualuse.cli.ResearchClassifiers$ByFactory");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\nclassifier org.dualuse.cli.ResearchClassifiers$ByFactory\n"), run.out());
  }

  @Test
  void theShippedTextOnlyBaselineIsEvaluated() throws IOException {
    CommandRun run = eval("org.dualuse.index.TextOnlyClassifier", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = Json.MAPPER.readTree(run.out());
    assertEquals("org.dualuse.index.TextOnlyClassifier", json.get("classifier").asText());
    assertEquals(2, json.get("cases").asInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.example.NoSuchClassifier | no class com.example.NoSuchClassifier on the class path",
      "java.lang.String | class java.lang.String does not implement org.dualuse.core.classify.Classifier",
      "org.dualuse.core.classify.Classifier | class org.dualuse.core.classify.Classifier is an interface",
      "org.dualuse.cli.ResearchClassifiers$WithoutList | class org.dualuse.cli.ResearchClassifiers$WithoutList has"
          + " neither a public static of(ControlList) returning a Classifier nor a public constructor taking a"
          + " ControlList",
      "org.dualuse.cli.ResearchClassifiers$FailingFactory | building classifier"
          + " org.dualuse.cli.ResearchClassifiers$FailingFactory for list eu-annex-i-2025-11-15 failed:"
          + " java.lang.IllegalStateException: model file weights.bin not found"})
  void aClassThatCannotServeIsBadInputInOneLineNamingIt(String name, String message) throws IOException {
    CommandRun run = eval(name);
    assertEquals(DualUseCommand.BAD_INPUT, run.exit(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(message), run.err());
    assertTrue(run.out().isEmpty(), run.out());
  }

  @Test
  void aClassThatCannotServeIsNamedBeforeTheDatasetIsRead() {
    CommandRun run = CommandRun.of("eval", "--dataset", dir.resolve("absent.jsonl").toString(),
        "--classifier", "java.lang.String");
    assertEquals(DualUseCommand.BAD_INPUT, run.exit(), run.err());
    assertTrue(run.err().contains("java.lang.String"), run.err());
  }
}
