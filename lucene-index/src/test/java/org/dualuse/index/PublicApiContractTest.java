package org.dualuse.index;

import static org.dualuse.testing.PublicApiSweep.name;
import static org.dualuse.testing.PublicApiSweep.signature;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dualuse.core.DualUseException;
import org.dualuse.testing.PublicApiSweep;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Evidence;
import org.dualuse.core.classify.Product;
import org.dualuse.core.classify.ProductConstraints;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ControlCodeFormatException;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionResult;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.NoSuchNodeException;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.ParseReport;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Measurement;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityRange;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;
import org.dualuse.lists.ControlLists;
import org.dualuse.lists.UnknownListException;
import org.dualuse.lists.diff.ListDiff;
import org.dualuse.lists.diff.Screening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exception contract of the three library modules (core, control-lists, lucene-index), checked
 * on every public constructor and every public static method of their exported packages, found by
 * reflection from each module's descriptor: a null argument throws {@link NullPointerException} whose
 * message names the parameter (java.time style), and a bad value throws a {@link DualUseException},
 * never {@code IllegalArgumentException}, {@code NoSuchElementException} or an unnamed failure.
 *
 * <p>Each call fills the other parameters with a valid sample of their type, so a parameter is
 * tested alone; a type without a sample fails the sweep, naming it, rather than being skipped.
 * Exception classes are left out: a message or cause of null is the {@code Throwable} convention.
 */
class PublicApiContractTest {

  /**
   * Parameters documented as optional: null stands for "none" (an empty list, no label, no
   * criteria) and the call succeeds. Any other reference parameter must refuse null.
   */
  private static final Set<String> NULL_MEANS_ABSENT = Set.of(
      "ControlCode.tryParse#text", "ListedMaterials.marked#leadIn",
      "CriteriaExtractor.extract#parentText", "CriteriaExtractor.extractTyped#parentText",
      "DefinitionElements.read#productText", "Article5Screen.screen#productText",
      "Article5Screen.protectiveContext#productText", "CyberSurveillanceItems.reason#productText",
      "CyberSurveillanceNotes.release#productText", "ControlNode.withChildren#newChildren",
      "ControlNode.withCyberSurveillance#flag",
      "ControlList#jurisdiction", "AnnexSource#jurisdiction", "TermUse#term", "ProductText.of#text",
      "CyberSurveillanceRule.applies#text", "CyberSurveillanceRule.applies#entryText",
      "CriterionEvaluator#facts", "CriterionEvaluator#judge", "ParameterReport#listId", "ParameterReport#facts",
      "ControlNode#childLogic", "ControlNode#children", "ControlNode#notes", "ControlNode#terms",
      "ControlNode#references", "ControlNode#criteria",
      "Note#label", "Note#references", "Note#releases", "Note#exclusion",
      "DefinedTerm#acronyms", "DefinedTerm#categories",
      "Provenance#sourceUrl", "Provenance#attribution",
      "ListDocument#category", "ListDocument#group",
      "Parameter#question", "Feature#keywords", "Range#source", "Threshold#source",
      "Fact#alternatives", "Fact#source", "Fact#bound",
      "CriterionResult#fact", "CriterionResult#explanation", "Evaluation#results",
      "Article5Indicator#triggers", "Article5Indicator#elements", "Article5Indicator#missing", "MissingFact#decides",
      "CyberSurveillanceFlag#items", "CyberSurveillanceFlag.of#items", "ControlNode#cyberSurveillanceFlag",
      "Classification#cyberSurveillanceFlag", "CyberSurveillanceRule.flag#text", "CyberSurveillanceRule.flag#notes",
      "CyberSurveillanceRule.flag#children",
      "Classification#candidates", "Classification#article5", "Classification#missingFacts",
      "Classification#explanation", "Classification#confidence", "ClassifiedItem.of#item", "ClassifiedItem.failed#item",
      "ClassifiedItem.failed#product",
      "DecontrolOutcome#label", "DecontrolOutcome#text", "DecontrolOutcome#releases", "DecontrolOutcome#results",
      "Evidence#matchedWords", "Evidence#criteriaMet", "Evidence#criteriaFailed", "Evidence#criteriaUnknown",
      "Evidence#notes", "Evidence#explanation",
      "NodeEvaluation#results", "NodeEvaluation#decontrols", "NodeEvaluation#missingParameters",
      "ParameterReport#nodes", "ParameterReport#mostSpecificMatches", "ParameterReport#nearMisses",
      "ParameterReport#decontrols", "ParameterReport#missingFacts",
      "ListChange#movedTo", "ListChange#before", "ListChange#after", "ListChange#remark");

  /** Interfaces the caller implements (the sweep would test its own lambda), left out of the instance sweep. */
  private static final Set<Class<?>> CALLBACKS = Set.of(org.dualuse.core.DataFileLines.Line.class);

  private static ListIndex index;
  @TempDir static Path temp;
  private static final AtomicInteger FRESH = new AtomicInteger();

  @BeforeAll
  static void buildIndex() {
    index = ListIndex.inMemory(WidgetList.list());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void theSweepFindsTheEntryPointsOfAllThreeModules() {
    List<Executable> all = entryPoints();
    Set<String> names = all.stream().map(PublicApiSweep::name).collect(Collectors.toSet());
    for (String expected : List.of("ControlCode.parse", "ControlCode", "Quantity.parse", "Quantity.of", "Unit",
        "ControlList", "ControlLists.get", "ControlLists.load", "ListInfo", "ListIndex.inMemory",
        "HybridClassifier.of", "Vocabulary.read", "CyberSurveillanceItems.read", "Product.of")) {
      assertTrue(names.contains(expected), expected + " is not among the entry points found: " + names);
    }
    assertTrue(all.size() >= 110, "only " + all.size() + " entry points found");
  }

  @Test
  void everyParameterDocumentedAsOptionalExists() {
    Set<String> parameters = Stream.concat(entryPoints().stream(), instanceMethods().stream())
        .flatMap(e -> Arrays.stream(e.getParameters()).map(p -> name(e) + "#" + p.getName()))
        .collect(Collectors.toSet());
    for (String key : NULL_MEANS_ABSENT) {
      assertTrue(parameters.contains(key), key + " is no parameter of a public entry point");
    }
  }

  @TestFactory
  Stream<DynamicTest> aNullArgumentThrowsNullPointerExceptionNamingTheParameter() {
    return PublicApiSweep.nullArgumentTests(entryPoints(), NULL_MEANS_ABSENT, PublicApiContractTest::samples,
        PublicApiContractTest::invoke).stream();
  }

  /**
   * The same law for the public instance methods of the exported types, each called on a valid
   * sample of its type: methods that take an object refuse null naming the parameter, unless the
   * parameter is documented as optional. {@code equals(Object)} is left out: its contract is to
   * answer false.
   */
  @TestFactory
  Stream<DynamicTest> aNullArgumentToAnInstanceMethodThrowsNullPointerExceptionNamingTheParameter() {
    return PublicApiSweep.nullArgumentTests(instanceMethods(), NULL_MEANS_ABSENT, PublicApiContractTest::samples,
        (e, args) -> invoke(sample(e.getDeclaringClass(), e), (Method) e, args)).stream();
  }

  @TestFactory
  Stream<DynamicTest> aBadValueThrowsDualUseExceptionOrIsAccepted() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Executable e : entryPoints()) {
      Parameter[] ps = e.getParameters();
      for (int i = 0; i < ps.length; i++) {
        int at = i;
        for (Supplier<Object> bad : badValues(ps[i].getType())) {
          Object value = bad.get();
          tests.add(DynamicTest.dynamicTest(signature(e) + " with " + ps[i].getName() + " = " + shown(value), () -> {
            Object[] args = samples(e);
            args[at] = bad.get();
            Throwable thrown = invoke(e, args);
            if (thrown == null || thrown instanceof DualUseException) {
              return;
            }
            // a path is answered by the file system: a file where a directory belongs is an I/O failure
            if (thrown instanceof UncheckedIOException && ps[at].getType() == Path.class) {
              return;
            }
            throw new AssertionError(signature(e) + " with " + ps[at].getName() + " = " + shown(args[at])
                + " threw " + thrown + ", not a DualUseException", thrown);
          }));
        }
      }
    }
    return tests.stream();
  }

  /** Values every user can get wrong, each with the library's own exception and a message naming it. */
  @TestFactory
  Stream<DynamicTest> documentedBadValuesThrowTheirOwnTypeNamingTheValue() {
    Unit watt = Units.parse("W");
    Map<String, Call> calls = new java.util.LinkedHashMap<>();
    calls.put("5Z001", () -> ControlCode.parse("5Z001"));
    calls.put("1000", () -> new ControlCode(org.dualuse.core.code.Category.of(5),
        org.dualuse.core.code.ProductGroup.A, 1000, List.of()));
    calls.put("B", () -> ControlCode.parse("5A001").child("B"));
    calls.put("12", () -> org.dualuse.core.code.Category.of(12));
    calls.put("NaN", () -> Quantity.of(Double.NaN, watt));
    calls.put("5 furlongs", () -> Quantity.parse("5 furlongs"));
    calls.put("-2", () -> Unit.linear("W2", Dimension.POWER, -2));
    calls.put("3 W", () -> QuantityRange.closed(Quantity.of(3, watt), Quantity.of(1, watt)));
    calls.put("[]", () -> new org.dualuse.core.criteria.AllOf(List.of()));
    calls.put("5 Hz", () -> new Threshold(new org.dualuse.core.criteria.Parameter("output power", Dimension.POWER, null),
        Comparison.values()[0], Quantity.parse("5 Hz"), ""));
    calls.put("9A999.z", () -> WidgetList.list().get(ControlCode.parse("9A999.z")));
    calls.put("us-ccl", () -> ControlLists.get("us-ccl"));
    calls.put("list.txt", () -> ControlLists.load(regularFile("list.txt")));
    calls.put("0", () -> index.search("widget", 0));
    Map<String, Class<? extends DualUseException>> types = Map.of(
        "5Z001", ControlCodeFormatException.class, "1000", ControlCodeFormatException.class,
        "B", ControlCodeFormatException.class, "9A999.z", NoSuchNodeException.class,
        "us-ccl", UnknownListException.class, "list.txt", ControlListFormatException.class,
        "5 furlongs", org.dualuse.core.quantity.QuantityFormatException.class);
    return calls.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
      DualUseException thrown = assertThrows(DualUseException.class, c.getValue()::run);
      assertInstanceOf(types.getOrDefault(c.getKey(), DualUseException.class), thrown);
      assertTrue(thrown.getMessage().contains(c.getKey()),
          "'" + thrown.getMessage() + "' does not name " + c.getKey());
      assertFalse(thrown.getMessage().contains("\n"), "a message is one line: " + thrown.getMessage());
    }));
  }

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  // ---- discovery

  /** Public constructors and public static methods of the exported packages, in name order. */
  static List<Executable> entryPoints() {
    List<Executable> out = new ArrayList<>();
    for (Class<?> anchor : List.of(DualUseException.class, ControlLists.class, ListIndex.class)) {
      for (Class<?> c : PublicApiSweep.exportedTypes(anchor)) {
        out.addAll(PublicApiSweep.constructors(c));
        PublicApiSweep.declaredMethods(c).stream().filter(m -> Modifier.isStatic(m.getModifiers())).forEach(out::add);
      }
    }
    out.sort(Comparator.comparing(PublicApiSweep::signature));
    return out;
  }

  /**
   * Public instance methods declared by the public types of the exported packages that take at
   * least one object, in name order; {@code equals} and the methods of exceptions are left out.
   */
  static List<Method> instanceMethods() {
    List<Method> out = new ArrayList<>();
    for (Class<?> anchor : List.of(DualUseException.class, ControlLists.class, ListIndex.class)) {
      for (Class<?> c : PublicApiSweep.exportedTypes(anchor)) {
        if (!CALLBACKS.contains(c)) {
          PublicApiSweep.declaredMethods(c).stream()
              .filter(m -> !Modifier.isStatic(m.getModifiers()) && PublicApiSweep.takesAnObject(m)).forEach(out::add);
        }
      }
    }
    out.sort(Comparator.comparing(PublicApiSweep::signature));
    return out;
  }

  // ---- calls

  private static Throwable invoke(Executable e, Object[] args) {
    try {
      if (e instanceof Constructor<?> k) {
        Object made = k.newInstance(args);
        if (made instanceof AutoCloseable closeable) {
          closeable.close();
        }
      } else {
        Object made = ((Method) e).invoke(null, args);
        if (made instanceof AutoCloseable closeable) {
          closeable.close();
        }
      }
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException ex) {
      return fail("cannot call " + signature(e), ex);
    } catch (Exception ex) {
      return fail("closing what " + signature(e) + " made failed", ex);
    }
  }

  private static Throwable invoke(Object receiver, Method m, Object[] args) {
    try {
      Object made = m.invoke(receiver, args);
      if (made instanceof AutoCloseable closeable && made != receiver && made != index) {
        closeable.close();
      }
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException ex) {
      return fail("cannot call " + signature(m), ex);
    } catch (Exception ex) {
      return fail("closing what " + signature(m) + " made failed", ex);
    }
  }

  private static Object[] samples(Executable e) {
    Parameter[] ps = e.getParameters();
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      args[i] = sample(ps[i].getType(), e);
    }
    return args;
  }

  /** A valid value of a parameter type; the sweep fails, naming the type, when there is none. */
  private static Object sample(Class<?> type, Executable e) {
    Unit watt = Units.parse("W");
    Criterion criterion = new Threshold(new org.dualuse.core.criteria.Parameter("output power", Dimension.POWER, null),
        Comparison.values()[0], Quantity.of(5, watt), "");
    Map<Class<?>, Supplier<Object>> samples = Map.ofEntries(
        Map.entry(String.class, () -> "9A999"),
        Map.entry(int.class, () -> 1),
        Map.entry(long.class, () -> 1L),
        Map.entry(double.class, () -> 1.0),
        Map.entry(float.class, () -> 1.0f),
        Map.entry(boolean.class, () -> false),
        Map.entry(char.class, () -> 'A'),
        Map.entry(List.class, List::of),
        Map.entry(Iterable.class, List::of),
        Map.entry(Map.class, Map::of),
        Map.entry(Optional.class, Optional::empty),
        Map.entry(Function.class, () -> (Function<Object, Truth>) x -> Truth.UNKNOWN),
        Map.entry(Supplier.class, () -> (Supplier<List<String>>) List::of),
        Map.entry(LocalDate.class, () -> LocalDate.of(2025, 1, 1)),
        Map.entry(Reader.class, () -> new StringReader("")),
        Map.entry(org.dualuse.core.DataFileLines.Line.class, () -> (org.dualuse.core.DataFileLines.Line) (line, number) -> {}),
        Map.entry(Path.class, () -> temp.resolve("fresh-" + FRESH.incrementAndGet())),
        Map.entry(ControlCode.class, () -> ControlCode.parse("9A999.b")),
        Map.entry(Dimension.class, () -> Dimension.POWER),
        Map.entry(Unit.class, () -> watt),
        Map.entry(Quantity.class, () -> Quantity.of(5, watt)),
        Map.entry(Measurement.class, () -> Quantity.of(5, watt)),
        Map.entry(QuantityRange.class, () -> QuantityRange.closed(Quantity.of(1, watt), Quantity.of(2, watt))),
        Map.entry(org.dualuse.core.criteria.Parameter.class,
            () -> new org.dualuse.core.criteria.Parameter("output power", Dimension.POWER, null)),
        Map.entry(Criterion.class, () -> criterion),
        Map.entry(CriterionResult.class,
            () -> new CriterionResult(criterion, Truth.UNKNOWN, Optional.empty(), "", 0, false)),
        Map.entry(Evidence.class, () -> new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), "")),
        Map.entry(org.dualuse.core.classify.NoteCheck.class,
            () -> org.dualuse.core.classify.NoteCheck.ofWords(ControlCode.parse("9A999.b"),
                org.dualuse.core.model.NoteKind.NOTE, "Note", org.dualuse.core.classify.NoteAction.RELEASED, List.of(),
                List.of(), "Note to 9A999.b")),
        Map.entry(org.dualuse.core.classify.DecontrolOutcome.class,
            () -> new org.dualuse.core.classify.DecontrolOutcome(ControlCode.parse("9A999.b"), "Note", "", List.of(),
                criterion, Truth.UNKNOWN, List.of())),
        Map.entry(ProductFacts.class, () -> ProductFacts.of(List.of())),
        Map.entry(FeatureJudge.class, () -> FeatureJudge.keywords("widget")),
        Map.entry(CriteriaExtractor.class, CriteriaExtractor::standard),
        Map.entry(ParseReport.class, () -> new ParseReport(0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0)),
        Map.entry(Provenance.class, () -> new Provenance("synthetic", "", "0000", "")),
        Map.entry(ControlList.class, WidgetList::list),
        Map.entry(ListIndex.class, () -> index),
        Map.entry(Vocabulary.class, Vocabulary::empty),
        Map.entry(ProductConstraints.class, ProductConstraints::defaults),
        Map.entry(KindFactors.class, () -> KindFactors.STANDARD),
        Map.entry(OptionalDouble.class, OptionalDouble::empty),
        Map.entry(Object.class, () -> "an item"),
        Map.entry(RuntimeException.class, () -> new IllegalStateException("a failure")),
        Map.entry(Product.class, () -> Product.of("widget")),
        Map.entry(Classification.class, () -> new Classification(Decision.NOT_LISTED, List.of(),
            org.dualuse.core.model.CyberSurveillanceFlag.NONE, List.of(), List.of(), "9A999", "")),
        Map.entry(Classifier.class, () -> new HybridClassifier(index, ProductConstraints.defaults())),
        Map.entry(Screening.class, () -> new Screening(Decision.NOT_LISTED, Optional.empty(), "9A999")),
        Map.entry(ListDiff.class, () -> ListDiff.between(WidgetList.list(), WidgetList.list())),
        Map.entry(org.dualuse.core.model.CyberSurveillanceFlag.class, () -> org.dualuse.core.model.CyberSurveillanceFlag.NONE),
        Map.entry(org.dualuse.index.surveillance.DefinitionElements.class,
            org.dualuse.index.surveillance.DefinitionElements::standard),
        Map.entry(org.dualuse.index.surveillance.DefinitionElements.Reading.class,
            () -> new org.dualuse.index.surveillance.DefinitionElements.Reading(Map.of(), Map.of(), List.of())),
        Map.entry(org.dualuse.index.knowledge.Knowledge.class, org.dualuse.index.knowledge.Knowledge::standard),
        Map.entry(double[].class, () -> new double[org.dualuse.index.decision.DecisionFeature.values().length]),
        Map.entry(org.dualuse.index.decision.DecisionModel.class, org.dualuse.index.decision.DecisionModel::standard),
        Map.entry(org.dualuse.index.decision.DecisionFeatures.class, () -> new org.dualuse.index.decision.DecisionFeatures(
            ControlCode.parse("9A999.b"), new double[org.dualuse.index.decision.DecisionFeature.values().length])),
        Map.entry(java.io.Writer.class, java.io.StringWriter::new),
        Map.entry(byte[].class, () -> "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Map.entry(InputStream.class, () -> new java.io.ByteArrayInputStream(new byte[0])),
        Map.entry(java.util.Collection.class, List::of),
        Map.entry(Set.class, Set::of),
        Map.entry(java.util.function.Consumer.class, () -> (java.util.function.Consumer<Object>) x -> {}),
        Map.entry(Stream.class, Stream::empty),
        Map.entry(org.dualuse.core.parse.AnnexSource.class, () -> new org.dualuse.core.parse.AnnexSource("test-list",
            "Synthetic list", "XX", LocalDate.of(2025, 1, 1), new Provenance("synthetic", "", "0000", ""), List.of(),
            List.of())),
        // receivers of the instance methods
        Map.entry(org.dualuse.core.classify.BatchClassifier.class,
            () -> org.dualuse.core.classify.BatchClassifier.of(new HybridClassifier(index), 1)),
        Map.entry(org.dualuse.core.classify.ParameterClassifier.class,
            () -> new org.dualuse.core.classify.ParameterClassifier(WidgetList.list())),
        Map.entry(org.dualuse.core.classify.ParameterReport.class,
            () -> new org.dualuse.core.classify.ParameterClassifier(WidgetList.list()).evaluate(Product.of("widget"))),
        Map.entry(org.dualuse.core.criteria.CriterionEvaluator.class,
            () -> new org.dualuse.core.criteria.CriterionEvaluator(ProductFacts.NONE, FeatureJudge.NONE)),
        Map.entry(org.dualuse.core.criteria.Fact.class, () -> new org.dualuse.core.criteria.Fact(
            new org.dualuse.core.criteria.Parameter("output power", Dimension.POWER, null), Quantity.of(5, watt),
            List.of(), org.dualuse.core.criteria.FactOrigin.STATED, "", -1, -1)),
        Map.entry(org.dualuse.core.criteria.Feature.class,
            () -> new org.dualuse.core.criteria.Feature("a widget", List.of("widget"))),
        Map.entry(org.dualuse.core.criteria.FeatureKeywords.class,
            () -> org.dualuse.core.criteria.FeatureKeywords.of(List.of())),
        Map.entry(org.dualuse.core.model.ControlNode.class, () -> WidgetList.list().get(ControlCode.parse("9A999.b"))),
        Map.entry(org.dualuse.core.parse.AnnexParser.class, org.dualuse.core.parse.AnnexParser::new),
        Map.entry(org.dualuse.core.parse.ListProfile.class, org.dualuse.core.parse.ListProfile::neutral),
        Map.entry(org.dualuse.core.parse.CyberSurveillanceRule.class, org.dualuse.core.parse.CyberSurveillanceRule::none),
        Map.entry(org.dualuse.lists.source.EuListProfile.class, org.dualuse.lists.source.EuListProfile::new),
        Map.entry(org.dualuse.core.parse.TermIndex.class, () -> new org.dualuse.core.parse.TermIndex(List.of())),
        Map.entry(org.dualuse.core.quantity.QuantityFinder.class, org.dualuse.core.quantity.QuantityFinder::standard),
        Map.entry(HybridClassifier.class, () -> new HybridClassifier(index)),
        Map.entry(HybridClassifier.Builder.class, () -> HybridClassifier.builder(index)),
        Map.entry(TextOnlyClassifier.class, () -> TextOnlyClassifier.of(WidgetList.list())),
        Map.entry(org.dualuse.index.knowledge.ChemicalShares.class, () -> org.dualuse.index.knowledge.ChemicalShares.NONE),
        Map.entry(org.dualuse.index.knowledge.Chemicals.class,
            () -> org.dualuse.index.knowledge.Knowledge.standard().chemicals()),
        Map.entry(org.dualuse.index.knowledge.Materials.class,
            () -> org.dualuse.index.knowledge.Knowledge.standard().materials()),
        Map.entry(org.dualuse.index.knowledge.MetalMentions.class, () -> org.dualuse.index.knowledge.MetalMentions.NONE),
        Map.entry(org.dualuse.index.knowledge.PurposeWords.class,
            () -> org.dualuse.index.knowledge.Knowledge.standard().purposes()),
        Map.entry(org.dualuse.index.knowledge.Subjects.class,
            () -> org.dualuse.index.knowledge.Knowledge.standard().subjects()),
        Map.entry(org.dualuse.index.knowledge.Subject.class,
            () -> org.dualuse.index.knowledge.Knowledge.standard().subjects().all().get(0)),
        Map.entry(org.dualuse.index.surveillance.Article5Screen.class,
            org.dualuse.index.surveillance.Article5Screen::standard),
        Map.entry(org.dualuse.index.surveillance.CyberSurveillanceItems.class,
            org.dualuse.index.surveillance.CyberSurveillanceItems::standard),
        Map.entry(org.dualuse.index.surveillance.CyberSurveillanceNotes.class,
            org.dualuse.index.surveillance.CyberSurveillanceNotes::standard),
        Map.entry(org.dualuse.index.surveillance.ProductText.class,
            () -> org.dualuse.index.surveillance.ProductText.of("widget")),
        Map.entry(org.dualuse.lists.diff.Rescreening.class,
            () -> org.dualuse.lists.diff.Rescreening.of(ListDiff.between(WidgetList.list(), WidgetList.list()))),
        Map.entry(org.dualuse.lists.source.EuConsolidatedJsonReader.class,
            org.dualuse.lists.source.EuConsolidatedJsonReader::new),
        Map.entry(org.dualuse.lists.source.OfficialJournalPdfReader.class,
            org.dualuse.lists.source.OfficialJournalPdfReader::new),
        Map.entry(org.dualuse.lists.source.SourceReader.class, org.dualuse.lists.source.EuConsolidatedJsonReader::new));
    Supplier<Object> s = samples.get(type);
    if (s != null) {
      return s.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return fail("no sample of " + type.getName() + " for " + signature(e) + ": add one to the sweep");
  }

  /** Values that are wrong for most parameters of a type, or at least unusual. */
  private static List<Supplier<Object>> badValues(Class<?> type) {
    if (type == String.class) {
      return List.of(() -> "", () -> "   ", () -> "\u0000\u200b?¿", () -> "9A999.".repeat(20));
    }
    if (type == int.class) {
      return List.of(() -> -1, () -> Integer.MIN_VALUE, () -> 1000);
    }
    if (type == double.class) {
      return List.of(() -> Double.NaN, () -> -1.0, () -> Double.POSITIVE_INFINITY);
    }
    if (type == float.class) {
      return List.of(() -> Float.NaN, () -> -1.0f);
    }
    if (type == char.class) {
      return List.of(() -> '?');
    }
    if (type == Reader.class) {
      return List.of(() -> new StringReader("a line that is no row of any data file\n"));
    }
    if (type == Path.class) {
      return List.of(() -> regularFile("list.txt"));
    }
    if (type == Quantity.class || type == Measurement.class) {
      return List.of(() -> Quantity.parse("-5 Hz"));
    }
    return List.of();
  }

  private static Path regularFile(String name) {
    try {
      Path p = temp.resolve(FRESH.incrementAndGet() + "-" + name);
      Files.writeString(p, "not a list\n");
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shown(Object value) {
    String s = String.valueOf(value);
    return s.length() <= 30 ? "'" + s + "'" : "'" + s.substring(0, 30) + "...'";
  }
}
