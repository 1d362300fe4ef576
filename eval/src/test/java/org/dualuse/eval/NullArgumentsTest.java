package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dualuse.core.classify.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public entry point of the harness refuses null with a {@link NullPointerException} that
 * names the parameter, as the other library modules do.
 */
class NullArgumentsTest {

  private static DynamicTest refuses(String parameter, Executable call) {
    return DynamicTest.dynamicTest(parameter, () -> {
      NullPointerException e = assertThrows(NullPointerException.class, call);
      assertTrue(e.getMessage() != null && e.getMessage().contains(parameter), parameter + ": " + e.getMessage());
    });
  }

  @TestFactory
  Stream<DynamicTest> aNullArgumentIsRefusedNamingTheParameter() {
    LabelledCase aCase = LabelledCase.of("a", "widget", List.of());
    CaseResult result = CaseResult.of(aCase, ScriptedClassifier.classification(Decision.NOT_LISTED, false, List.of()));
    EvaluationReport report = new Evaluator(new ScriptedClassifier(), 1, 10, 1).evaluate(List.of(aCase));
    Metrics metrics = report.overall();
    return Stream.of(
        refuses("labelledCase", () -> CaseResult.of(null, result.classification())),
        refuses("classification", () -> CaseResult.of(aCase, null)),
        refuses("name", () -> DatasetFormat.of(null)),
        refuses("file", () -> DatasetReader.read((Path) null, DatasetFormat.DUALUSE)),
        refuses("format", () -> DatasetReader.read(Path.of("cases.jsonl"), null)),
        refuses("reader", () -> DatasetReader.read(null, "cases.jsonl", DatasetFormat.DUALUSE)),
        refuses("source", () -> DatasetReader.read(new StringReader(""), null, DatasetFormat.DUALUSE)),
        refuses("eccn", () -> EccnMapping.toAnnexI(null)),
        refuses("rule", () -> new EccnMapping.Mapped(List.of(), null)),
        refuses("report", () -> EvaluationJson.toJson(null, false)),
        refuses("listId", () -> new EvaluationReport(null, metrics, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), List.of(result), 10, 1)),
        refuses("half", () -> report.split(null)),
        refuses("classifier", () -> new Evaluator(null)),
        refuses("cases", () -> new Evaluator(new ScriptedClassifier()).evaluate(null)),
        refuses("text", () -> LabelledCase.of("a", null, List.of())),
        refuses("expected", () -> LabelledCase.of("a", "widget", null)),
        refuses("results", () -> Metrics.of(null)),
        refuses("id", () -> Split.ofId(null)));
  }
}
