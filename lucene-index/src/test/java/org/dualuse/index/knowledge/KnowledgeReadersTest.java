package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four readers on synthetic rows written in the files' style (codes of the 9A999 widget family). */
class KnowledgeReadersTest {

  private static final String SUBJECTS = String.join("\n",
      "# code\tlang\tsubject\tnames\tsource",
      "9A999\ten\twidget equipment\twidget rig|WR\tannex wording",
      "9A999\tde\tWidgetausrüstung\tWidgetanlage\ttranslation",
      "9A999.b\ten\tgizmo amplifier\tgizmo power amplifier|gizmo PA\tannex wording",
      "9A999.b\tde\tGizmoverstärker\t-\ttranslation",
      "");
  private static final String TYPES = String.join("\n",
      "# term\tlang\trelation\tsubject\tsource",
      "gizmo booster\ten\tis-a\tgizmo amplifier\thyponym",
      "toy gizmo\ten\tis-not-a\tgizmo amplifier\tsynonym",
      "");

  private static Subjects subjects() {
    return Subjects.of(Subjects.readRows(new StringReader(SUBJECTS), "subjects-test.tsv"),
        Subjects.readProductTypes(new StringReader(TYPES), "product-types-test.tsv"));
  }

  @Test
  void aNodeWithoutARowHasItsNearestAncestorsSubject() {
    Subjects s = subjects();
    assertEquals("gizmo amplifier", s.of(ControlCode.parse("9A999.b.2.a")).orElseThrow().english());
    assertEquals(ControlCode.parse("9A999.b"), s.of(ControlCode.parse("9A999.b.2.a")).orElseThrow().code());
    assertEquals("widget equipment", s.of(ControlCode.parse("9A999.c")).orElseThrow().english());
    assertEquals(Optional.empty(), s.of(ControlCode.parse("9A998")));
    assertEquals("Gizmoverstärker", s.of(ControlCode.parse("9A999.b")).orElseThrow().in("de").orElseThrow().subject());
  }

  @Test
  void aTextNamesSubjectsByNameAndProductTypeWithTheWordsThatShowedThem() {
    List<SubjectMention> found = subjects().mentionedIn("Two Gizmo Boosters and a gizmo power amplifier", Optional.of("en"));
    // "gizmo PA" is matched as written: analysed, it would be "gizmo" alone (PA reads as a unit)
    assertEquals(List.of("gizmo booster", "gizmo power amplifier"), found.stream().map(SubjectMention::name).toList());
    assertEquals(List.of("gizmo PA"), subjects().mentionedIn("a Gizmo-PA, 20 W", Optional.of("en")).stream()
        .map(SubjectMention::name).toList());
    assertEquals("Gizmo Boosters", found.get(0).words());
    assertEquals(List.of(ControlCode.parse("9A999.b")), found.get(0).codes());
    assertEquals(ProductType.Relation.IS_A, found.get(0).relation());
  }

  @Test
  void aLookAlikeIsNamedWithItsRelation() {
    List<SubjectMention> found = subjects().mentionedIn("toy gizmo for children", Optional.empty());
    assertEquals(ProductType.Relation.IS_NOT_A, found.get(0).relation());
  }

  @Test
  void namesOfAnotherLanguageDoNotApply() {
    assertEquals(List.of(), subjects().mentionedIn("Gizmoverstärker 20 W", Optional.of("en")));
    assertEquals(1, subjects().mentionedIn("Gizmoverstärker 20 W", Optional.of("de")).size());
    assertEquals(1, subjects().mentionedIn("Gizmoverstärker 20 W", Optional.empty()).size());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '^', value = {
      "9A999\\ten\\twidget\\t-\\t^missing source",
      "9A99\\ten\\twidget\\t-\\tannex wording^bad code '9A99'",
      "9A999\\tEN\\twidget\\t-\\tannex wording^language must be",
      "9A999\\ten\\twidget\\tannex wording^expected code<TAB>lang<TAB>subject<TAB>names<TAB>source (5 columns)",
      "9A999\\ten\\t\\t-\\tannex wording^empty subject",
      "9A999\\ten\\twidget\\ta||b\\tannex wording^empty item in names"})
  void aBadSubjectRowIsRefusedNamingFileAndLine(String row, String problem) {
    String text = "# header\n" + row.replace("\\t", "\t") + "\n";
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class,
        () -> Subjects.readRows(new StringReader(text), "subjects-bad.tsv"));
    assertEquals("subjects-bad.tsv", e.source());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aSecondSubjectForTheSameNodeAndLanguageIsRefusedNamingBothLines() {
    String text = SUBJECTS + "9A999.b\ten\tgizmo\t-\tsynonym\n";
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class,
        () -> Subjects.of(Subjects.readRows(new StringReader(text), "s.tsv"), List.of()));
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("s.tsv:4"), e.getMessage());
  }

  @Test
  void aProductTypeWithAnUnknownRelationIsRefused() {
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class, () -> Subjects.readProductTypes(
        new StringReader("gizmo\ten\tkind-of\tgizmo amplifier\thyponym\n"), "t.tsv"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("is-a"), e.getMessage());
  }

  @Test
  void aProductTypeOfNoKnownSubjectIsReportedUnresolved() {
    Subjects s = Subjects.of(Subjects.readRows(new StringReader(SUBJECTS), "s.tsv"), Subjects.readProductTypes(
        new StringReader("doohickey\ten\tis-a\tdoohickey\thyponym\n"), "t.tsv"));
    assertEquals(List.of("doohickey"), s.unresolvedProductTypes().stream().map(ProductType::term).toList());
  }

  @Test
  void chemicalsAreReadWithTheirCasNumbersAndNames() {
    List<Chemical> c = Chemicals.read(new StringReader(
        "# code\tcas\tname_en\tname_de\tsynonyms\tsource\n"
            + "9A999.a\t7664-41-7\tAmmonia\tAmmoniak\tNH3|R-717\tannex wording; IUPAC/CAS registry\n"
            + "9A999.b\t-\tCrown ethers\tKronenether\t-\tannex wording\n"), "chemicals-test.tsv");
    Chemicals chemicals = Chemicals.of(c);
    assertEquals(Optional.of("7664-41-7"), c.get(0).cas());
    assertEquals(List.of("NH3", "R-717"), c.get(0).synonyms());
    assertEquals(Optional.empty(), c.get(1).cas());
    assertEquals(List.of("Ammoniak"), chemicals.withCas("7664-41-7").stream().map(Chemical::nameDe).toList());
  }

  @Test
  void aCasNumberWithAWrongCheckDigitIsRefusedNamingFileAndLine() {
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class, () -> Chemicals.read(new StringReader(
        "9A999.a\t7664-41-8\tAmmonia\tAmmoniak\t-\tannex wording\n"), "chemicals-bad.tsv"));
    assertEquals("chemicals-bad.tsv", e.source());
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("7664-41-8"), e.getMessage());
  }

  @Test
  void materialsAreFoundAsWrittenAndGiveTheirComposition() {
    Materials m = Materials.of(Materials.read(new StringReader(
        "# designation\tlang\tclass\tcomposition\tcodes\tsource\n"
            + "Widgetalloy C-276\ten\tnickel alloy\tNi=bal;Mo=16;Cr=15.5;Fe=5;W=3.75\t9A999.a\tcomposition standard: UNS N10276\n"
            + "Ti-6Al-4V\ten\ttitanium alloy\tTi=bal;Al=6;V=4\t-\tcomposition standard: ASTM B348 Grade 5\n"),
        "materials-test.tsv"));
    assertEquals(List.of("Ti-6Al-4V", "Widgetalloy C-276"), m.in("bar stock Ti6Al4V and WIDGETALLOY C276 sheet").stream()
        .map(Material::designation).sorted().toList());
    assertEquals(List.of(), m.in("Ti-6Al-4VX bar"));
    List<Fact> facts = m.factsIn("plate, Widgetalloy C-276, 2 mm");
    assertEquals("nickel content = 59.75 wt%", facts.get(0).describe());
    assertEquals("chromium content = 15.5 wt%", facts.get(2).describe());
    assertEquals(List.of(ControlCode.parse("9A999.a")), m.all().get(0).codes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Xx=5;Ni=bal|no element symbol", "Ni=60;Cr=50|add up to",
      "Ni=bal;Fe=bal|two balance", "Ni 60|not Symbol=percent", "Ni=sixty|cannot read"})
  void aBadCompositionIsRefused(String composition, String problem) {
    KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class, () -> Materials.read(new StringReader(
        "Widgetalloy 9\ten\tnickel alloy\t" + composition + "\t-\ttrade name\n"), "materials-bad.tsv"));
    assertTrue(e.getMessage().startsWith("materials-bad.tsv:1: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @ParameterizedTest(name = "{0} leaves at most {1} % to any element it does not list")
  @CsvSource(delimiter = '|', value = {"Ni=bal;Cr=20;C=0.05|0.05", "Al=bal;Mg=1;other=1.5|1.5",
      "Fe=70;Cr=18;Ni=9|3.0", "Re=100|0.0", "Cu=bal|0.0"})
  void anElementACompositionLeavesOutIsAtMostItsLeastShareOrWhatItLeaves(String composition, double share) {
    assertEquals(share, Materials.unlistedShare(Materials.composition(composition)).orElseThrow(), 1e-9);
  }

  @Test
  void aCompositionOfCompoundsBoundsNoUnlistedElement() {
    assertTrue(Materials.unlistedShare(Materials.composition("SiO2=80;B2O3=13;other=7")).isEmpty());
    assertTrue(Materials.unlistedShare(Materials.composition("-")).isEmpty());
  }

  @Test
  void aNamedMaterialBoundsTheElementsItLeavesOut() {
    Materials m = Materials.of(Materials.read(new StringReader(
        "Widgetsteel 9\ten\twidget steel\tFe=bal;Cr=18;F=1;C=0.04\t-\tcomposition standard: widget norm\n"),
        "materials-test.tsv"));
    List<Fact> facts = m.factsIn("flange Widgetsteel 9");
    assertEquals("fluorine content = 1 wt%", facts.get(2).describe());
    assertEquals("unlisted element content = [0 wt%, 0.04 wt%]", facts.get(facts.size() - 1).describe());
  }

  @Test
  void aRangeIsTakenAtItsMiddle() {
    assertEquals(Map.of("Cr", 21.5, "Ni", 78.5), Map.copyOf(Materials.composition("Cr=20-23;Ni=bal")));
  }
}
