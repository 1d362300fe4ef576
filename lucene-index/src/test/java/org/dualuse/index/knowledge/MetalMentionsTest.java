package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.CriterionEvaluator;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FeatureJudge;
import org.dualuse.core.criteria.ProductFacts;
import org.dualuse.core.criteria.Truth;
import org.dualuse.core.model.ControlList;
import org.dualuse.lists.ControlLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facts {@link MetalMentions} reads from the metals a text names by their element's name. */
class MetalMentionsTest {

  private static final MetalMentions METALS = MetalMentions.of(
      MetalMentions.readNames(new StringReader("""
          # name\tlang\tsymbol\tsource
          titanium\ten\tTi\tsynthetic
          Titan\tde\tTi\tsynthetic
          titanio\tit\tTi\tsynthetic
          nickel\ten\tNi\tsynthetic
          bismuth\ten\tBi\tsynthetic
          Tantal\tde\tTa\tsynthetic
          """), "names.tsv"),
      MetalMentions.readModifiers(new StringReader("""
          # word\tlang\tkind\tsource
          dioxide\ten\tcompound\tsynthetic
          dioxid\tde\tcompound\tsynthetic
          alloy\ten\talloy\tsynthetic
          plated\ten\tcoating\tsynthetic
          """), "modifiers.tsv"));

  /** The facts as "parameter=value" lines, sorted. */
  private static String facts(String text, String language) {
    return METALS.factsIn(text, language, Set.of()).stream()
        .map(f -> f.parameter().name() + "=" + f.value())
        .sorted().collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a metal named alone is the unalloyed metal
      "Titanium reactor 1000 l|en|titanium content=[99 wt%, 100 wt%]",
      "Reattore in titanio Gr. 2|it|titanium content=[99 wt%, 100 wt%]",
      "Titanreaktor 1000 l|de|titanium content=[99 wt%, 100 wt%]",
      // a share beside the name is the content, and the principal one the purity
      "Bismuth 99.99% needles|en|bismuth content=99.99 %; purity=99.99 %",
      "Tiegel Tantal 99,95% 500 cm³|de|purity=99.95 %; tantalum content=99.95 %",
      "Needles 99.99 % Bi, Ag 3 ppm|en|bismuth content=99.99 %; purity=99.99 %; silver content=3 ppm",
      // not the unalloyed metal: a compound, an alloy, a coating, two metals joined, an isotope
      "Titanium dioxide pigment|en|''",
      "Titandioxid Pigment|de|''",
      "Nickel alloy tube|en|''",
      "Nickel-plated brass fitting|en|''",
      "Nickel-titanium wire|en|''",
      // a share of most is the purity only when more than half
      "Ni 40 % and Co 35 %|en|cobalt content=35 %; nickel content=40 %",
      // "At" opens a sentence more often than it names astatine
      "At 95 % load|en|''"})
  void readsWhatTheTextSaysOfItsMetals(String text, String language, String expected) {
    assertEquals(expected, facts(text, language));
  }

  @Test
  void aGermanCompoundIsReadOnlyInAGermanText() {
    assertEquals("", facts("Titanreaktor", "en"));
  }

  @Test
  void anElementAGradeGivesIsLeftToTheGrade() {
    assertTrue(METALS.factsIn("nickel tube, Nickel 200", "en", Set.of("Ni")).isEmpty());
  }

  @Test
  void everyFactSaysWhereItWasRead() {
    String text = "Reattore in titanio";
    Fact f = METALS.factsIn(text, "it", Set.of()).get(0);
    assertEquals("titanio", text.substring(f.start(), f.end()));
    assertTrue(f.source().contains("titanio"), f.source());
  }

  @Test
  void aBadRowIsRefusedWithItsFileAndLine() {
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class, () -> MetalMentions.readNames(
        new StringReader("# name\tlang\tsymbol\tsource\ntitanium\ten\tXx\tsynthetic\n"), "names.tsv"));
    assertTrue(e.getMessage().contains("names.tsv") && e.getMessage().contains("2"), e.getMessage());
    KnowledgeFormatException k = assertThrows(KnowledgeFormatException.class, () -> MetalMentions.readModifiers(
        new StringReader("# word\tlang\tkind\tsource\nfoo\ten\tbar\tsynthetic\n"), "modifiers.tsv"));
    assertTrue(k.getMessage().contains("modifiers.tsv"), k.getMessage());
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    Knowledge.standard().materials().named(text, "de");
    METALS.factsIn(text, "en", Set.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Greifer, Haltekraft 6N|de", "Spring 5N preload|en"})
  void aGradeWithoutNamedMatterIsNoPurity(String text, String language) {
    assertTrue(Knowledge.standard().materials().named(text, language).facts().stream()
        .noneMatch(f -> f.parameter().equals(org.dualuse.core.criteria.Parameters.PURITY)), text);
  }

  private static final ControlList LIST = ControlLists.get("eu-annex-i-2025-11-15");

  /** The real list's criteria against the standard files' facts for a text, with no other fact. */
  @ParameterizedTest(name = "{0} with \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "2B350.a.6|Reattore in titanio, parti bagnate in titanio|it|MATCH",
      "2B350.a.6|Titanium dioxide coated steel vessel|en|UNKNOWN",
      "1C229.a|Bismuth 99.99% needles, Ag 3 ppm|en|MATCH",
      "1C229.b|Bismuth 99.99% needles, Ag 3 ppm|en|MATCH",
      "1C229.a|Bismuth 99.9% shot|en|NO_MATCH",
      "2A225.b.2|Tiegel aus Tantal 99,95%, 500 cm³|de|MATCH",
      // a purity grade in nines, in a text that names the chemical (3C004: purity better than 99.999 %)
      "3C004|Arsine AsH3 6N cylinder|en|MATCH",
      "3C004|Arsin 5N, Druckgasflasche|de|NO_MATCH",
      "3C004|Arsine 99.9999 %|en|MATCH"})
  void theRealListsContentsAndPuritiesAreAnswered(String code, String text, String language, Truth expected) {
    Criterion c = LIST.get(org.dualuse.core.code.ControlCode.parse(code)).criteria()
        .orElseThrow(() -> new AssertionError(code + " has no criteria"));
    List<Fact> facts = Knowledge.standard().materials().named(text, language).facts();
    Truth truth = new CriterionEvaluator(ProductFacts.of(facts), FeatureJudge.NONE).evaluate(c).truth();
    assertEquals(expected, truth, () -> code + " " + c.describe() + " with " + new TreeMap<>(
        facts.stream().collect(Collectors.toMap(f -> f.parameter().name(), f -> f.value().toString(), (a, b) -> a))));
  }
}
