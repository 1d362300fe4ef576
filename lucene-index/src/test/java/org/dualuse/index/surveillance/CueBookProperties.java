package org.dualuse.index.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A text read once for all the cues of a book finds with each rule what the rule finds locating
 * every cue itself, and the rules the book may fire include every rule that fires. Texts are made
 * of the bundled Article 5 rules' own words (acronyms, stems, the cores of wildcard words, German
 * compounds around them), denials and filler, so that rules fire, half fire and are denied.
 */
class CueBookProperties {

  private static final List<List<CueGroup>> RULES = bundledRules();
  private static final CueBook BOOK = new CueBook(RULES);
  private static final List<String> WORDS = words();

  @Property(tries = 500)
  void eachRuleFindsWhatItFindsLocatingEveryCue(@ForAll("texts") String text) {
    ProductText read = ProductText.of(text);
    CueBook.Reading places = BOOK.lookUp(read);
    boolean anyFires = false;
    for (int r = 0; r < RULES.size(); r++) {
      CueRule rule = new CueRule(RULES.get(r), r);
      Optional<List<String>> alone = rule.fire(read.text(), read.words());
      assertEquals(alone, rule.fire(read, places), () -> rule + " on " + text);
      anyFires |= alone.isPresent();
      if (alone.isPresent()) {
        assertTrue(places.mayFire().get(r), () -> "rule " + rule + " fires on '" + text + "' but the book ruled it out");
      }
      for (CueGroup group : RULES.get(r)) {
        for (Cue cue : group.cues()) {
          int[] expected = cue.locate(read.words()).orElse(null);
          int[] found = places.of(cue);
          assertEquals(expected == null ? null : List.of(expected[0], expected[1]),
              found == null ? null : List.of(found[0], found[1]), () -> cue.text() + " in " + text);
        }
      }
    }
    // the texts must make rules fire, or the property would hold of a book that finds nothing
    Statistics.collect(anyFires);
    Statistics.coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "-", ", ", "");
    return Arbitraries.integers().between(1, 12).flatMap(n -> word.list().ofSize(n).flatMap(ws ->
        separator.list().ofSize(n).map(seps -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) {
            b.append(ws.get(i)).append(i + 1 < ws.size() ? seps.get(i) : "");
          }
          return b.toString();
        })));
  }

  private static List<List<CueGroup>> bundledRules() {
    List<List<CueGroup>> out = new ArrayList<>();
    for (String[] f : rows()) {
      switch (f[0].strip()) {
        case "rule" -> out.add(CueRule.parse(f[4], 0).groups());
        case "release" -> out.add(CueRule.parse(f[3], 0).groups());
        default -> { }
      }
    }
    return out;
  }

  private static List<String> words() {
    Set<String> out = new LinkedHashSet<>(List.of("no", "not", "ohne", "anti", "counter", "kein", "the", "of",
        "device", "Gerät", "system", "für", "and", "X", "s"));
    for (List<CueGroup> rule : RULES) {
      for (CueGroup group : rule) {
        for (Cue cue : group.cues()) {
          for (String w : cue.text().split("[^\\p{L}\\p{N}*]+")) {
            if (w.isEmpty()) {
              continue;
            }
            String core = w.replace("*", "");
            out.add(core);
            out.add(core.toLowerCase(java.util.Locale.ROOT));
            if (w.endsWith("*")) {
              out.add(core + "anlage");
            } else if (w.startsWith("*")) {
              out.add("Telekommunikations" + core);
            } else {
              out.add(core + "s");
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String[]> rows() {
    InputStream in = Article5Screen.class.getResourceAsStream(Article5Screen.RESOURCE);
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
