package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The surveillance vocabulary: its format, the issue's terms, and every code against the real 2025 list. */
class SurveillanceVocabularyTest {

  private static final String RESOURCE = "/org/dualuse/index/surveillance-vocabulary.tsv";

  record Mapping(int line, String phrase, List<String> codes, String lang) {}

  static List<Mapping> mappings() throws IOException {
    List<Mapping> out = new ArrayList<>();
    try (InputStream in = SurveillanceVocabularyTest.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, "line " + n + " needs phrase<TAB>codes<TAB>lang<TAB>source: " + line);
        assertFalse(f[3].isBlank(), "line " + n + " names no source: " + line);
        out.add(new Mapping(n, f[0], Arrays.asList(f[1].split(",")), f[2]));
      }
    }
    return out;
  }

  static Stream<Mapping> everyMapping() throws IOException {
    return mappings().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyMapping")
  void everyMappedCodeExistsInTheReal2025List(Mapping m) {
    Set<ControlCode> codes = RealList.codes2025();
    for (String code : m.codes()) {
      assertTrue(codes.contains(ControlCode.parse(code)),
          "line " + m.line() + ": '" + m.phrase() + "' points at " + code + ", which the 2025 list does not have");
    }
    assertTrue(m.lang().matches("[a-z]{2}"), "line " + m.line() + ": lang " + m.lang());
    assertFalse(m.phrase().isBlank(), "line " + m.line());
  }

  @Test
  void noPhraseIsMappedTwiceInOneLanguage() throws IOException {
    Set<String> seen = new HashSet<>();
    for (Mapping m : mappings()) {
      assertTrue(seen.add(m.lang() + ":" + m.phrase().toLowerCase(Locale.ROOT)), "line " + m.line() + " repeats " + m.phrase());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "IMSI catcher;5A001.f.2", "stingray;5A001.f.2", "cell-site simulator;5A001.f.1",
      "lawful interception;5D001.e", "LI system;5D001.e", "mediation device;5D001.e",
      "handover interface;5D001.e.1", "deep packet inspection;5A001.j.1.a", "DPI probe;5A001.j",
      "IP probe;5A001.j", "monitoring centre;5D001.e", "spyware;4D004", "software implant;4D004",
      "exploit;4D004", "zero-click;4D004", "command and control server;4D004", "jailbreak;5A004.b", "chip-off;5A004.b",
      "JTAG;5A004.b", "mobile forensics;5A004.b", "physical extraction;5A004.b",
      "password cracking;5A004.a", "hash cracking;5A004.a", "data retention system;5D001.e",
      "metadata analytics;5D001.e", "Telekommunikationsüberwachung;5D001.e", "Staatstrojaner;4D004",
  })
  void eachTermOfTheIssuePointsWhereItShould(String phrase, String code) throws IOException {
    Mapping m = mappings().stream().filter(x -> x.phrase().equals(phrase)).findFirst()
        .orElseThrow(() -> new AssertionError("no mapping for " + phrase));
    assertTrue(m.codes().contains(code), phrase + " -> " + m.codes());
  }

  @Test
  void noPhraseHasAWordWithDigitsSinceTheIndexLeavesNumbersOut() throws IOException {
    for (Mapping m : mappings()) {
      assertFalse(m.phrase().matches(".*\\d.*"), "line " + m.line() + ": '" + m.phrase()
          + "' has digits; the index drops such words and would match the rest alone");
    }
  }

  @Test
  void wordsThatMeanOtherThingsInTheAnnexAreNotMappedBare() throws IOException {
    Set<String> phrases = new HashSet<>();
    mappings().forEach(m -> phrases.add(m.phrase()));
    for (String bare : List.of("LI", "DPI", "probe", "implant", "data retention", "C2")) {
      assertFalse(phrases.contains(bare), bare + " is mapped bare; see the file's header");
    }
  }
}
