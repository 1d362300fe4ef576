package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.Product;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The examples on the real 2025 list (read from ../shared at build time), on the in-memory
 * and the on-disk index.
 */
class RealListClassifierTest {
  private static final Map<IndexSetup, ListIndex> INDEXES = new EnumMap<>(IndexSetup.class);
  private static final Map<IndexSetup, HybridClassifier> CLASSIFIERS = new EnumMap<>(IndexSetup.class);

  static final String THERMAL_60 =
      "Handheld thermal imaging camera, uncooled microbolometer 640 × 512, 8–14 µm, 60 Hz frame rate";
  static final String THERMAL_9 =
      "Handheld thermal imaging camera, uncooled microbolometer 640 × 512, 8–14 µm, 9 Hz frame rate";

  static synchronized HybridClassifier classifier(IndexSetup setup) {
    return CLASSIFIERS.computeIfAbsent(setup, s -> new HybridClassifier(index(s)));
  }

  static synchronized ListIndex index(IndexSetup setup) {
    return INDEXES.computeIfAbsent(setup, s -> s.open(ControlLists.eu(), Vocabulary.standard()));
  }

  @AfterAll
  static synchronized void close() {
    INDEXES.values().forEach(ListIndex::close);
    INDEXES.clear();
    CLASSIFIERS.clear();
  }

  private static List<String> hitCodes(IndexSetup setup, String text, int k) {
    return index(setup).search(text, k).stream().map(h -> h.code().toString()).toList();
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void usersWordsForANotesWordsCountAsTheNotesOwn(IndexSetup setup) {
    // Note 4 to 1C350 releases "consumer goods packaged for retail sale"; "FMCG" and "pre-packed" are
    // release-user-words.tsv rows for its "consumer" and "packaged"
    String released = "Triethanolamine (CAS 102-71-6) hand cream, FMCG, pre-packed tube for retail sale";
    String kept = "Triethanolamine (CAS 102-71-6) hand cream, tube for retail sale";
    List<String> withUsersWords = notesOf(setup, released, "1C350.46");
    assertTrue(withUsersWords.stream().anyMatch(n -> n.startsWith("released: Note 4 to 1C350")), withUsersWords.toString());
    List<String> without = notesOf(setup, kept, "1C350.46");
    assertTrue(without.stream().noneMatch(n -> n.startsWith("released")), without.toString());
  }

  private static List<String> notesOf(IndexSetup setup, String text, String code) {
    return classifier(setup).classify(Product.of(text)).candidates().stream()
        .filter(c -> c.code().toString().equals(code)).findFirst()
        .map(c -> c.evidence().notes()).orElseThrow(() -> new AssertionError(code + " is not a candidate for: " + text));
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void imsiCatcherFinds5A001fAmongTheFirstThreeHits(IndexSetup setup) {
    List<String> top3 = hitCodes(setup, "IMSI catcher", 3);
    assertTrue(top3.stream().anyMatch(c -> c.startsWith("5A001.f")), top3.toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void searchingACodeFindsThatNodeFirst(IndexSetup setup) {
    assertEquals("5A001.j", hitCodes(setup, "5A001.j", 5).get(0));
    assertEquals("6A003.b.4.b", hitCodes(setup, "6A003.b.4.b", 5).get(0));
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aThermalCameraAt60HzIsListedUnder6A003b4b(IndexSetup setup) {
    Classification c = classifier(setup).classify(Product.of(THERMAL_60));
    assertEquals(Decision.LISTED, c.decision(), c.explanation());
    assertEquals("6A003", c.candidates().get(0).entry().toString());
    assertEquals("6A003.b.4.b", c.candidates().get(0).code().toString(), c.candidates().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void theSameCameraAt9HzIsReleasedByNote3(IndexSetup setup) {
    Classification c = classifier(setup).classify(Product.of(THERMAL_9));
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation() + " " + c.candidates());
    assertEquals("6A003.b.4.b", c.candidates().get(0).code().toString(), "the released item comes first");
    assertTrue(c.candidates().get(0).evidence().notes().stream().anyMatch(n -> n.contains("released") && n.contains("Note 3")),
        c.candidates().get(0).evidence().notes().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void softwareAndTechnologyAreRecognisedInFrenchAndGermanToo(IndexSetup setup) {
    Classification software = classifier(setup).classify(
        Product.of("Code source du logiciel de pilotage d'un scanner de lithographie EUV"));
    assertEquals(org.dualuse.core.code.ProductGroup.D, software.candidates().get(0).code().group(), software.candidates().toString());
    Classification technology = classifier(setup).classify(
        Product.of("Entwicklungsunterlagen für Wärmebildkameras mit Mikrobolometer"));
    assertEquals(org.dualuse.core.code.ProductGroup.E, technology.candidates().get(0).code().group(), technology.candidates().toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void thresholdsMetOnlyOnValuesNoWordNamesAskWhetherTheReadingIsRight(IndexSetup setup) {
    // "2 kW" alone is read as the laser's power: a guess, which the user confirms (issue 16, item 2)
    Classification guessed = classifier(setup).classify(Product.of("Ytterbium fibre laser 1070 nm, 2 kW CW, single mode"));
    assertEquals(Decision.NEEDS_FACTS, guessed.decision(), guessed.explanation());
    assertTrue(guessed.missingFacts().stream().anyMatch(m -> m.question().startsWith("Is 2 kW the ")),
        guessed.missingFacts().toString());
    Classification named = classifier(setup).classify(
        Product.of("Ytterbium fibre laser, wavelength 1070 nm, average output power 2 kW CW, single mode"));
    assertEquals(Decision.LISTED, named.decision(), named.explanation());
    assertEquals(guessed.candidates().get(0).code(), named.candidates().get(0).code());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void aChemicalNamedByItsNameAloneIsNotDismissedAsOneWord(IndexSetup setup) {
    // a substance the annex identifies by CAS number is identified by its name as well
    Product drum = Product.of("Methyldiethanolamin 200 l Fass");
    Classification c = classifier(setup).classify(drum);
    assertEquals("1C450.b.8", c.candidates().get(0).code().toString(), c.candidates().toString());
    org.dualuse.index.decision.DecisionFeatures f = classifier(setup).decisionFeatures(drum).orElseThrow();
    assertEquals("1C450.b.8", f.candidate().toString());
    assertEquals(1.0, f.get(org.dualuse.index.decision.DecisionFeature.NAMES_IDENTITY), f.toString());
    assertEquals(0.0, f.get(org.dualuse.index.decision.DecisionFeature.ONE_WORD), f.toString());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void anOfficeLaserPrinterIsNotListed(IndexSetup setup) {
    Classification c = classifier(setup).classify(Product.of("Office colour laser printer, 40 pages per minute"));
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation());
    assertTrue(c.article5().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void automotiveChipsAreReleasedByTheNoteTo3A001a2(IndexSetup setup) {
    Classification c = classifier(setup).classify(
        Product.of("Microcontroller designed for civil automobiles, rated -40 °C to 150 °C ambient"));
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation() + " " + c.candidates());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void massMarketEncryptionIsReleasedByTheCryptographyNote(IndexSetup setup) {
    Classification c = classifier(setup).classify(
        Product.of("Mass market smartphone messaging app with AES-256 end-to-end encryption"));
    assertEquals(Decision.NOT_LISTED, c.decision(), c.explanation() + " " + c.candidates());
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void theSameProductGetsTheSameAnswer(IndexSetup setup) {
    HybridClassifier c = classifier(setup);
    for (String text : List.of(THERMAL_60, "IMSI catcher", "GaN MMIC power amplifier 2.9-3.5 GHz, 60 W")) {
      assertEquals(c.classify(Product.of(text)), c.classify(Product.of(text)));
    }
  }

  @ParameterizedTest
  @EnumSource(IndexSetup.class)
  void manyThreadsGetTheAnswersOneThreadGets(IndexSetup setup) throws Exception {
    HybridClassifier c = classifier(setup);
    List<Product> products = List.of(Product.of(THERMAL_60), Product.of(THERMAL_9), Product.of("IMSI catcher"),
        Product.of("Wärmebildkamera 640x512, 30 Hz"), Product.of("Office colour laser printer"),
        Product.of("radiation hardened microcontroller, total dose 1 Mrad(Si)"),
        Product.of("Software for the use of IMSI catchers"), Product.of("5A001.j"));
    List<Classification> expected = products.stream().map(c::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Classification>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> products.stream().map(c::classify).toList()));
      }
      for (Future<List<Classification>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
