package org.dualuse.eval;

import static org.dualuse.testing.PublicApiSweep.name;
import static org.dualuse.testing.PublicApiSweep.signature;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dualuse.testing.PublicApiSweep;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public entry point of the harness refuses null with a {@link NullPointerException} that
 * names the parameter, as the other library modules do (lucene-index's {@code PublicApiContractTest};
 * the sweep is core's {@link PublicApiSweep}). The entry points are found by reflection from the
 * module's descriptor: the public constructors,
 * static methods and instance methods of the public types of its exported packages, each parameter
 * set to null in turn while the others hold a valid sample. A type without a sample fails the sweep,
 * naming it, rather than being skipped. Exception classes are left out, and so is {@code equals}.
 */
class NullArgumentsTest {

  /** Parameters documented as optional: null stands for "none" and the call succeeds. */
  private static final Set<String> NULL_MEANS_ABSENT = Set.of(
      "LabelledCase#id", "LabelledCase#facts", "LabelledCase#list", "LabelledCase#lang", "LabelledCase#kind",
      "LabelledCase#rationale", "LabelledCase#style", "LabelledCase#split", "LabelledCase.of#id", "Split.parse#name");

  @Test
  void theSweepFindsTheHarnessEntryPoints() throws Exception {
    Set<String> names = entryPoints().stream().map(PublicApiSweep::name).collect(Collectors.toSet());
    for (String expected : List.of("Evaluator", "Evaluator.evaluate", "DatasetReader.read", "CaseResult.of",
        "LabelledCase.of", "Metrics.of", "EvaluationJson.toJson", "EccnMapping.toAnnexI", "EvaluationReport.split",
        "ClassificationJson.of", "EvidenceJson.of", "Split.ofId")) {
      assertTrue(names.contains(expected), expected + " is not among the entry points found: " + names);
    }
  }

  @Test
  void everyParameterDocumentedAsOptionalExists() throws Exception {
    Set<String> parameters = entryPoints().stream()
        .flatMap(e -> Arrays.stream(e.getParameters()).map(p -> name(e) + "#" + p.getName()))
        .collect(Collectors.toSet());
    for (String key : NULL_MEANS_ABSENT) {
      assertTrue(parameters.contains(key), key + " is no parameter of a public entry point");
    }
  }

  @TestFactory
  Stream<DynamicTest> aNullArgumentIsRefusedNamingTheParameter() throws Exception {
    return PublicApiSweep.nullArgumentTests(entryPoints(), NULL_MEANS_ABSENT, e -> {
      Parameter[] ps = e.getParameters();
      Object[] args = new Object[ps.length];
      for (int k = 0; k < ps.length; k++) {
        args[k] = sample(ps[k].getType(), e);
      }
      return args;
    }, NullArgumentsTest::invoke).stream();
  }

  // ---- discovery

  private static List<Executable> entryPoints() throws Exception {
    List<Executable> out = new ArrayList<>();
    for (Class<?> c : PublicApiSweep.exportedTypes(Evaluator.class)) {
      out.addAll(PublicApiSweep.constructors(c));
      PublicApiSweep.declaredMethods(c).stream().filter(PublicApiSweep::takesAnObject).forEach(out::add);
    }
    out.sort(Comparator.comparing(PublicApiSweep::signature));
    return out;
  }

  // ---- calls

  private static Throwable invoke(Executable e, Object[] args) {
    try {
      if (e instanceof Constructor<?> k) {
        k.newInstance(args);
      } else {
        Method m = (Method) e;
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : sample(m.getDeclaringClass(), m), args);
      }
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException ex) {
      return fail("cannot call " + signature(e), ex);
    }
  }

  /** A valid value of a type; the sweep fails, naming the type, when there is none. */
  private static Object sample(Class<?> type, Executable e) {
    LabelledCase aCase = LabelledCase.of("a", "widget", List.of());
    Classification answer = ScriptedClassifier.classification(Decision.NOT_LISTED, false, List.of());
    CaseResult result = CaseResult.of(aCase, answer);
    Map<Class<?>, Supplier<Object>> samples = Map.ofEntries(
        Map.entry(String.class, () -> "5A001"),
        Map.entry(int.class, () -> 1),
        Map.entry(long.class, () -> 1L),
        Map.entry(double.class, () -> 1.0),
        Map.entry(boolean.class, () -> false),
        Map.entry(List.class, List::of),
        Map.entry(Map.class, Map::of),
        Map.entry(Optional.class, Optional::empty),
        Map.entry(Iterable.class, () -> List.of(result)),
        Map.entry(Path.class, () -> Path.of("cases.jsonl")),
        Map.entry(java.io.Reader.class, () -> new StringReader("")),
        Map.entry(ControlCode.class, () -> ControlCode.parse("5A001")),
        Map.entry(Classifier.class, ScriptedClassifier::new),
        Map.entry(Classification.class, () -> answer),
        Map.entry(Evidence.class, () -> new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), "")),
        Map.entry(CyberSurveillanceFlag.class, () -> CyberSurveillanceFlag.NONE),
        Map.entry(LabelledCase.class, () -> aCase),
        Map.entry(CaseResult.class, () -> result),
        Map.entry(Metrics.class, () -> Metrics.of(List.of(result))),
        Map.entry(Interval.class, () -> new Interval(0, 1)),
        Map.entry(EvaluationReport.class, () -> new Evaluator(new ScriptedClassifier(), 1, 10, 1).evaluate(List.of(aCase))),
        Map.entry(Evaluator.class, () -> new Evaluator(new ScriptedClassifier(), 1, 10, 1)),
        Map.entry(EccnMapping.Mapped.class, () -> EccnMapping.toAnnexI("5A002")),
        Map.entry(ClassificationJson.class, () -> fail("ClassificationJson has only static methods")),
        Map.entry(DatasetReader.class, () -> fail("DatasetReader has only static methods")),
        Map.entry(EccnMapping.class, () -> fail("EccnMapping has only static methods")),
        Map.entry(EvaluationJson.class, () -> fail("EvaluationJson has only static methods")),
        Map.entry(EvidenceJson.class, () -> fail("EvidenceJson has only static methods")));
    Supplier<Object> s = samples.get(type);
    if (s != null) {
      return s.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return fail("no sample of " + type.getName() + " for " + signature(e) + ": add one to the sweep");
  }
}
