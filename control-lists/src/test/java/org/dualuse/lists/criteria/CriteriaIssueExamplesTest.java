package org.dualuse.lists.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.lists.OfficialTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The examples the criteria issue found wrong on the official 2025 text, each read again from it:
 * inclusion ("equal to or exceeding"), "no ... greater than", the direction of "better", flattened
 * powers of ten, millipascals, parameters the annex keeps apart, release notes with their subject,
 * polarity and scope, and notes that the source ran together on one line.
 */
class CriteriaIssueExamplesTest {
  private static ControlList list;

  @BeforeAll
  static void read() throws IOException {
    list = OfficialTexts.parseEu2025();
  }

  private static ControlNode node(String code) {
    return list.find(ControlCode.parse(code)).orElseThrow();
  }

  private static Note note(String code, String label) {
    return node(code).notes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "1C010.e.2.b|glass transition temperature >= 453 K",
      "3A229.b.4|dimension <= 30 cm",
      "6E003.a.1|(uniformity >= 99.5 % AND (diameter >= 500 mm OR major axis length >= 500 mm))",
      "6A005.b.6.b|pulse duration in [1 ps, 1 ns)",
      "6A005.b.5.b|pulse duration in [1 ps, 1 µs]",
      "6A005.g.1|output power >= 20 mW",
      "6A005.b.3.b.1|(energy > 1.5 J AND peak power > 150 W)",
      "1C008.a.4|glass transition temperature > 563 K",
      "1C004.b|elastic limit > 880 MPa",
      "3B501.f.1.b.1|wavelength >= 193 nm",
      "3A001.d.1|energy < 1.0E-14 J",
      "2B231.c|ultimate vacuum < 13 mPa",
      "3A001.i.2.a|half-wave voltage < 3.3 V",
      // "excluding civil certified engines with ... greater than 8 890 N" carves out, never adds a requirement
      "9A101.a.1|(maximum thrust value > 400 N AND NOT (civil certified engines AND maximum thrust value > 8890 N))",
      "1C010.c.1.a|(content >= 50 % AND specific modulus > 2540000 m)",
      "3A002.g.2|ageing rate < 1.0E-11 /month",
      "2B206.d.2|ageing rate <= 0.1 %/day",
      "6A005.e.3.b.3.a|(beam parameter product <= 1.5 mm·mrad AND number of input fibres <= 5 1)",
      // "greater (better) than" states its direction; "(better)" only mirrors a comparator that says nothing else
      "3C004|purity > 99.999 %",
      "7A006|operating frequency outside [4.2 GHz, 4.4 GHz]",
      // a bound the text denies is negated: the goods stay on its other side
      "2B119.a.1|mass <= 3 kg",
      // a number inside a quoted term is part of the name
      "3A002.a.7.b|upper 3db frequency > 90 GHz",
      // "outside" as the first word of a name excludes nothing
      "2A101.b|diameter in [25 mm, 100 mm]",
      // the parameter as the text names it: a quality of a quantity ("frequency stability"), a plural of a
      // quantity's name after two words ("loop closure rates", "stage mass fractions"), a name between the
      // value and a comparator written after it ("tonnes displacement or more"), "rated for" a power
      "6A005.g.2|frequency stability <= 10 MHz",
      "7E004.b.7.a|loop closure rate >= 40 Hz",
      "9A007.c|(stage mass fraction > 88 % AND propellant solid loading > 86 %)",
      "8A002.o.3|displacement >= 1000 t",
      "2B005.c|rated power > 80 kW",
      // a count of cycles endured, under its quoted name; the temperature and stress it is measured at stay conditions
      "1C002.b.1.b|low cycle fatigue life >= 10000 cycles",
      // units the annex sets thresholds in: neutron fluence and output, a resist's charge per area (lower is
      // better), amount of substance, a shaft engine's fuel per energy, non-linear susceptibilities, thrust per mass
      "3A001.a.1.c|neutron fluence >= 50000000000000 n/cm2",
      "3A231.b.2|neutron output >= 3000000000 neutrons/s",
      "3C002.b|resist sensitivity <= 0.01 µC/mm2",
      "2B352.j|system synthesis scale >= 1 mmol",
      "6C004.c.1.a|third order non-linear susceptibility >= 1.0E-6 m2/V2",
      "6C004.c.2|second order non-linear susceptibility >= 3.3E-11 m/V",
      "9A002.b|corrected specific fuel consumption <= 0.219 kg/kWh",
      "9A010.d|(thrust-to-weight ratio >= 1 kN/kg AND response time < 30 ms)",
      // an amount with its time written apart is a rate
      "1B225|output capacity > 250 g/h",
      "2B352.e|(condenser capacity >= 10 kg/24h AND condenser capacity < 1000 kg/24h)",
      "7A102|drift rate stability < 0.5 °/h",
      // proportions written as parts of a whole or as one to N
      "1C235|ratio > 0.001 1",
      "0C003|isotopic ratio > 2.0E-4 1",
      // counts written in words, "either count", "more than one" thing
      "2B001.c.1.b|simultaneous contouring axes in [3 axes, 4 axes]",
      "3B501.k.2.c|individually controllable variable temperature elements >= 20 elements",
      "3B501.n.1.c.1|number of metal sources > 1 1",
      // clauses of how the goods run while the value is measured are conditions, not requirements
      "3A001.a.5.b.2.a.2|spurious free dynamic range > 68 dBc",
      "6A001.a.1.a.3.b|area coverage rate > 570 m2/s",
      "3B001.a.1|ratio < 2.5 %",
      // nominal sizes, "DN 10 or NPS 3/8" one value on the DN scale (millimetres)
      "2B350.g.1.a|nominal size > 10 mm",
      "2B350.g.2.a|nominal size in [25 mm, 100 mm]"})
  void theCriteriaReadAsTheAnnexWritesThem(String code, String criteria) {
    assertEquals(criteria, node(code).criteria().orElseThrow().describe());
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {
      // units the annex spells out or writes first: Mach, "(rms) per square root Hz", GBq/kg, kg N-1 h-1,
      // ohm-cm, µA/lm, A/µs after a bracketed abbreviation, "kW/ cm2" broken after its slash
      "9B005.a|mach number >= 1.2 Mach",
      "9B005.b|mach number > 5 Mach",
      "6A006.a.1.b|noise level < 20 pT/√Hz",
      "1C236.b|specific activity >= 37 GBq/kg",
      "9A101.a.2|specific fuel consumption <= 0.15 kg/(N·h)",
      "3C005.a|resistivity > 10000 Ω·cm",
      "6A002.a.2.a.3.a|luminous sensitivity > 350 µA/lm",
      "3A001.g.2|current rate of rise > 2000 A/µs",
      "6A004.a.1.b.1|laser induced damage threshold > 1 kW/cm2",
      "6A003.b.1.a.3|number of pixels > 12000000 pixels",
      // compared counts of things: the number of the things, a pure number
      "2B209.a.1|number of rollers >= 3 1",
      "6A005.e.3.a.2|number of input fibres >= 3 1",
      "6D003.h.1|number of primary radars > 4 1",
      // a value its own line does not name bounds what the line introducing the list names
      "3A001.b.11.a|switching time < 143 ps",
      "3A002.d.5.a|(rf modulation bandwidth > 2.2 GHz AND operating frequency in (4.8 GHz, 31.8 GHz])",
      "1C116.a.1|tensile strength >= 0.9 GPa",
      "1E002.c.1.b.2|total metallic impurities < 5000 ppm",
      "8A001.b.1.b|lifting capacity >= 15 kN",
      // one bound for two names, either of which the item may meet
      "6A004.a.4.a|(diameter >= 100 mm OR major axis length >= 100 mm)",
      "6C004.d|(diameter > 300 mm OR major axis length > 300 mm)",
      "6A004.d.3.d.2|((diameter > 1 m OR major axis length > 1 m) AND angular acceleration > 0.5 rad/s2)",
      // the annex's qualified names
      "3A002.e.4|maximum operating frequency > 110 GHz",
      // conditions of measurement, not requirements; "from A up to and including B" is one range
      "3A001.i.1.b|half-wave voltage < 4 V",
      "3A230.a|output voltage > 6 V",
      "7A116.c|vibration environment > 10 gn",
      "2B006.b.1|spatial resolution <= 0.2 µm",
      "3A501.b.13.b|operating frequency in [2 GHz, 15 GHz]",
      // ± magnitudes, ratios to one, plural and bracketed names, 'meet or exceed'
      "9A008.d.1|omni-axial movement > 5 °",
      "9E003.f.2.a|pressure ratio >= 4 1",
      "3A001.d.2|q-value > 10000 1",
      "6C004.e.3|index of refraction variance < 5.0E-6 1",
      "6A205.f|wavelength in [1000 nm, 1100 nm]"})
  void unitsAndCountsReadAsTheAnnexWritesThem(String code, String criteria) {
    assertEquals(criteria, node(code).criteria().orElseThrow().describe());
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {
      // a qualifier that makes a quantity of its own stays in the name (reconciliation-2025.md beside the
      // reviewed table): output, emission and pulsed, discharge, shaft, proof test, depth of bore...
      "0B001.j.5.c|output current >= 1 A",
      "3A229.b.3|output current > 100 A",
      "3A001.b.1.c|(emission current density > 5 A/cm2 OR pulsed current density > 10 A/cm2)",
      "2B001.f|depth of bore > 5 m",
      "9A012.a.1.b|wind gust speed >= 46.3 km/h",
      "9A106.d|vibration environment > 10 gn",
      "6A108.c|(combined thermal shock > 4184000 J/m2 AND peak over pressure > 50 kPa)",
      "6A005.g.5|signal to noise ratio >= 1000 1",
      "0B001.e.1|stage residence time <= 30 s",
      // the power a propeller absorbs is the power it takes in
      "9E003.b.2|(power consumption > 2000 kW AND mach number > 0.55 Mach)",
      // "co-ordinating simultaneously more than four axes for contouring control"
      "2D002|simultaneous contouring axes > 4 axes",
      // the words of a place phrase ("along any linear axis", "over the surface") do not name the value
      "2B206.b.1|measurement uncertainty <= 3.5 µm",
      "3A232.b|(area > 5000 mm2 AND initiation timing spread < 2.5 µs)",
      // a name in brackets glosses the name before it: "a hole pitch (centre-to-centre spacing) of 12 µm"
      "6A002.a.2.c.1|hole pitch <= 12 µm",
      // numbers of their own: a QAM's level, degrees of freedom, a bandwidth in octaves (a ratio of 2 per octave)
      "5B001.b.4|qam level > 1024 1",
      "5E001.c.4.a|qam level > 1024 1",
      "8A002.i.2|degrees of freedom of movement >= 5 1",
      "3A001.b.9.c|instantaneous bandwidth ratio > 2 1",
      // a chemical formula between a value and its trailing comparator
      "0B001.d.7|content <= 1 ppm"})
  void qualifiedNamesReadAsTheAnnexWritesThem(String code, String criteria) {
    assertEquals(criteria, node(code).criteria().orElseThrow().describe());
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {
      // a share of matter ("by volume", "of" the materials after it) is a content, not a bare ratio
      "1C006.c.3|content >= 85 %",
      "1C118.a.3|content >= 10 %",
      // the comparator of a lead-in that ends "less (better) than any of the following" holds for each item
      "6A006.a.4.a|(noise level < 0.05 nT/√Hz AND operating frequency < 1 Hz)",
      "6A006.a.4.c|(noise level < 1.0E-4 nT/√Hz AND operating frequency > 10 Hz)",
      // "no dimension greater than": the words between "no" and the comparative name the value
      "3A229.c.1|dimension <= 35 mm",
      // the share of the particles in a size class; the size names which particles are counted, no requirement
      "1E002.c.1.c.2|(particle size <= 5 µm AND particle fraction <= 10 %)",
      "1C111.a.2.b|(boron content >= 85 % AND particle fraction >= 90 %)",
      "1C002.c.1.a|number of non-metallic particles < 3 1"})
  void sharesLeadInComparatorsAndNoNameGreaterThanReadAsTheAnnexWritesThem(String code, String criteria) {
    assertEquals(criteria, node(code).criteria().orElseThrow().describe());
  }

  @ParameterizedTest(name = "{0}: all of its items")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"3A002.a.7", "6A001.a.1.d", "6A001.a.1.a.1.d", "6A002.b.2",
      "6A004.a.1.a"})
  void allTheFollowingAndTheGluedHavingallJoinTheItemsAllOf(String code) {
    assertEquals(org.dualuse.core.model.ChildLogic.ALL_OF, node(code).childLogic());
  }

  @Test
  void theRubyNoteReleasesRubyLasersBelow20JNotEveryLaser() {
    Note n = note("6A005", "Note 5");
    assertEquals("((ruby AND energy < 20 J) OR Nitrogen OR Krypton)", n.exclusion().orElseThrow().describe());
    assertFalse(n.text().contains("Technical Note"), "the technical note after it is a note of its own");
  }

  @Test
  void theMixtureNotesReleaseDiluteMixturesOfTheChemicalsTheyName() {
    Note n1 = note("1C350", "Note 1");
    assertEquals("content <= 10 %", n1.exclusion().orElseThrow().describe());
    assertEquals(25, n1.releases().size());
    assertTrue(n1.releases().contains(ControlCode.parse("1C350.65")));
    assertFalse(n1.releases().contains(ControlCode.parse("1C350.2")), "1C350.2 is Note 3's");
    assertEquals("content <= 30 %", note("1C350", "Note 3").exclusion().orElseThrow().describe());
    assertEquals(List.of(ControlCode.parse("1C450.a.1"), ControlCode.parse("1C450.a.2")), note("1C450.a", "Note 1").releases());
  }

  @Test
  void theNotesOf5A004bAreOnIt() {
    List<Note> notes = node("5A004.b").notes();
    assertTrue(notes.stream().anyMatch(n -> n.label().equals("Note 1") && n.decontrol()), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.label().equals("Note 2") && n.text().contains("Debuggers")), notes.toString());
  }

  @Test
  void aTechnicalNoteInsideANotesListIsANoteOfItsOwnAndTheListGoesOnAfterIt() {
    Note n3 = note("6A003.b.4", "Note 3");
    assertFalse(n3.text().contains("Technical Note"), "Note 3's item b is explained by a technical note of its own");
    assertTrue(n3.text().contains("c. "), "Note 3 keeps its item c, printed after the technical note");
    assertEquals(NoteKind.NOTE, n3.kind());
    assertTrue(node("6A003.b.4").notes().stream().anyMatch(n -> n.kind() == NoteKind.TECHNICAL_NOTE
        && n.text().startsWith("For the purposes of 6A003.b.4. Note 3.b.1.") && !n.text().contains("c. ")));
  }

  @Test
  void aRangeOfCodesNamesEveryCodeBetweenItsEnds() {
    List<ControlCode> refs = node("6A003.b.4.a").references().stream().map(r -> r.target()).toList();
    assertTrue(refs.containsAll(List.of(ControlCode.parse("6A002.a.3.a"), ControlCode.parse("6A002.a.3.c"),
        ControlCode.parse("6A002.a.3.e"))), refs.toString());
  }
}
