package org.dualuse.lists.criteria;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.CriteriaExtractor;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.ElementContents;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.criteria.Range;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.model.ReleaseClause;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.Unit;
import org.dualuse.core.quantity.Units;
import org.dualuse.lists.OfficialTexts;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The criteria extractor against the reviewed table of the whole 2025 list
 * ({@code reviewed-criteria-2025.csv} beside this class; its README says how it was made): every
 * provision the table gives thresholds for, read by the extractor from the official text in
 * {@code dualuse.shared}, and compared threshold by threshold.
 *
 * <p>A provision <b>agrees</b> when every row of the table has a threshold or range of the extractor
 * with the same comparison (inclusion included), the same bound in SI (relative 1e-6) and the same
 * parameter (by name or a synonym of the vocabulary), and the extractor types no threshold the table
 * does not have. It agrees <b>on bounds</b> when only parameter names differ. It is <b>untyped</b> when
 * the extractor types nothing. Rows the table gives as formulas are not compared (a counted gap), nor
 * rows whose unit the unit registry does not know (counted too: a unit to add).
 *
 * <p>The figures are printed per category and written to {@code target/criteria-table-report.txt}
 * with every disagreement; the test holds them as floors, raised as the extractor improves.
 */
class ReviewedCriteriaTableTest {
  private static final CriteriaExtractor EXTRACTOR = CriteriaExtractor.standard();
  private static final Map<String, List<Provision>> PROVISIONS = new LinkedHashMap<>();
  private static final Map<String, Tally> BY_CATEGORY = new TreeMap<>();
  private static final List<String> REPORT = new ArrayList<>();

  record Row(String code, String note, String alt, String parameter, String comparison, String value, String low,
      String high, String lowInclusive, String highInclusive, String unit, String condition, String kind) {}

  static final class Tally {
    int provisions;
    int agree;
    int boundsOnly;
    int untyped;
    int disagree;
    int formulaOnly;
    int unknownUnit;

    void add(Tally t) {
      provisions += t.provisions;
      agree += t.agree;
      boundsOnly += t.boundsOnly;
      untyped += t.untyped;
      disagree += t.disagree;
      formulaOnly += t.formulaOnly;
      unknownUnit += t.unknownUnit;
    }

    @Override
    public String toString() {
      int compared = provisions - formulaOnly;
      return String.format(Locale.ROOT, "%4d provisions: agree %4d (%.1f %%), bounds only %3d, untyped %3d, disagree %3d,"
          + " formula only %2d, rows with an unknown unit %3d", provisions, agree, 100.0 * agree / Math.max(1, compared),
          boundsOnly, untyped, disagree, formulaOnly, unknownUnit);
    }
  }

  @BeforeAll
  static void compareEveryProvision() throws IOException {
    AnnexSource source;
    try (InputStream in = Files.newInputStream(OfficialTexts.eu2025Json())) {
      source = new EuConsolidatedJsonReader().read(in, "annex_i_02021R0821-20251115.json");
    }
    for (Provision p : source.provisions()) {
      PROVISIONS.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : rows()) {
      groups.computeIfAbsent(r.code() + "|" + r.note() + "|" + r.kind(), k -> new ArrayList<>()).add(r);
    }
    for (List<Row> group : groups.values()) {
      Tally t = new Tally();
      judge(group, t);
      BY_CATEGORY.computeIfAbsent(group.get(0).code().substring(0, 1), k -> new Tally()).add(t);
    }
    Tally all = total();
    StringBuilder out = new StringBuilder("criteria extractor against the reviewed table\n");
    BY_CATEGORY.forEach((k, v) -> out.append("category ").append(k).append(": ").append(v).append('\n'));
    out.append("all       : ").append(all).append('\n');
    System.out.print(out);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("criteria-table-report.txt"), out + String.join("\n", REPORT) + "\n");
    }
  }

  private static Tally total() {
    Tally all = new Tally();
    BY_CATEGORY.values().forEach(all::add);
    return all;
  }

  @Test
  void theExtractorAgreesWithTheTableOnAtLeastTheMeasuredShare() {
    Tally all = total();
    // measured 2026-12-08 on 1,475 provisions: agree 1322, bounds only 45, untyped 40, disagree 52 (before effective
    // grammes and a chemical formula before a trailing comparator: 1320, 45, 41, 53; before QAM
    // levels, degrees of freedom and octaves as ratios: 1312, 47, 48, 52; before the reconciliation of the names,
    // reconciliation-2025.md: 1238, 121, 48, 52; before denied
    // capabilities negated, "outside" that starts a name, numbers inside quoted terms and excluded ranges read as
    // the table's two alternatives: 1233, 122, 51, 53; before the
    // annex's units of neutron fluence and output, charge per area, mmol, kg/kWh, susceptibilities and kN/kg,
    // amounts per time written apart, proportions as parts, counts in words and "more than one", names joined by
    // a slash, clauses of how the goods run while a value is measured, and nominal sizes on the DN scale: 1213,
    // 119, 66, 61; before names
    // with a quality head, plurals of names, names before a trailing comparator, "rated for" and counts of
    // cycles: 1205, 124, 69, 61; before the
    // shares of matter and of particles, lead-in comparators before "any of the following", "no X greater than"
    // and the tight "maximum"/"minimum" after a value: 1191, 129, 65, 74; four provisions became untyped because
    // the wrong threshold they had is gone: 1C002.b.1-3.b "at a maximum stress" and 9A002.b "35 % of the
    // maximum continuous power"; before the first reconciliation: 1084, 135, 121); 50 of the 1191 agree as element contents (sameElementContent); the crystal grain size of
    // 1C003.c's Technical Note is a parameter of its own since "grain size" became one (answered by particle
    // size); floors a little below, to be raised. The provisions that still differ are listed by class of
    // error in extractor-gaps-cat0123.md and extractor-gaps-cat456789.md beside the table
    assertTrue(all.provisions >= 1400, "the table covers the list: " + all.provisions);
    assertTrue(all.agree >= 1322, "provisions that agree: " + all);
    assertTrue(all.agree + all.boundsOnly >= 1367, "provisions whose bounds agree: " + all);
    assertTrue(all.untyped <= 40, "provisions the extractor leaves untyped: " + all);
  }

  private static void judge(List<Row> group, Tally t) {
    t.provisions++;
    Row first = group.get(0);
    List<Row> compared = group.stream().filter(r -> !r.comparison().isEmpty()).toList();
    if (compared.isEmpty()) {
      t.formulaOnly++;
      return;
    }
    Optional<Criterion> extracted = extract(first);
    List<Criterion> leaves = extracted.map(ReviewedCriteriaTableTest::typedLeaves).orElse(List.of());
    String where = first.code() + (first.note().isEmpty() ? "" : " " + first.note()) + " (" + first.kind() + ")";
    if (leaves.isEmpty()) {
      t.untyped++;
      REPORT.add("UNTYPED   " + where + ": table " + describe(compared));
      return;
    }
    List<Criterion> unmatched = new ArrayList<>(leaves);
    // the table writes any-of in disjunctive form, repeating a requirement the alternatives share
    // (6A004.b.2: diameter or major axis length, each with its thickness); the extractor states it
    // once: a leaf matched by a row of one alternative also matches the same row of another
    Map<Criterion, String> matchedInAlt = new java.util.IdentityHashMap<>();
    boolean allBounds = true;
    boolean allParameters = true;
    for (Row r : compared) {
      Optional<Unit> unit = r.unit().isEmpty() ? Units.lookup("1") : Units.lookup(r.unit()).or(() -> dnScale(r.unit()));
      if (unit.isEmpty()) {
        t.unknownUnit++;
        allBounds = false;
        continue;
      }
      Criterion match = null;
      // of leaves with the same bounds, the one of the same name first: "a diameter or length less than 20 mm and
      // a separation of less than 20 mm" holds three leaves of 20 mm
      for (Criterion leaf : unmatched) {
        if (sameBounds(r, unit.get(), leaf) && sameParameter(r.parameter(), parameterOf(leaf))) {
          match = leaf;
          break;
        }
      }
      for (Criterion leaf : unmatched) {
        if (match == null && sameBounds(r, unit.get(), leaf)) {
          match = leaf;
          break;
        }
      }
      if (match == null) {
        // again the one of the same name first (the map's order is the identities', not the text's)
        for (Map.Entry<Criterion, String> e : matchedInAlt.entrySet()) {
          if (!e.getValue().equals(r.alt()) && sameBounds(r, unit.get(), e.getKey())
              && (match == null || sameParameter(r.parameter(), parameterOf(e.getKey())))) {
            match = e.getKey();
          }
        }
      }
      if (match == null) {
        allBounds = false;
        continue;
      }
      unmatched.remove(match);
      matchedInAlt.putIfAbsent(match, r.alt());
      if (!sameParameter(r.parameter(), parameterOf(match)) && !sameElementContent(r, parameterOf(match))) {
        allParameters = false;
      }
    }
    if (allBounds && unmatched.isEmpty() && allParameters) {
      t.agree++;
    } else if (allBounds && unmatched.isEmpty()) {
      t.boundsOnly++;
      REPORT.add("PARAMETER " + where + ": table " + describe(compared) + " | extractor " + extracted.get().describe());
    } else {
      t.disagree++;
      REPORT.add("DISAGREE  " + where + ": table " + describe(compared) + " | extractor " + extracted.get().describe());
    }
  }

  private static Optional<Criterion> extract(Row r) {
    List<Provision> ps = PROVISIONS.getOrDefault(r.code(), List.of());
    if (r.note().isEmpty()) {
      // an item is read, as the parser reads it, with the line that introduces its list
      int dot = r.code().lastIndexOf('.');
      String parent = dot < 0 ? null : PROVISIONS.getOrDefault(r.code().substring(0, dot), List.of()).stream()
          .filter(p -> p.kind() == ProvisionKind.ITEM).map(Provision::text).findFirst().orElse(null);
      return ps.stream().filter(p -> p.kind() == ProvisionKind.ITEM).findFirst()
          .flatMap(p -> EXTRACTOR.extractTyped(p.text(), parent));
    }
    String label = r.note();
    Provision note = ps.stream().filter(p -> p.kind() != ProvisionKind.ITEM && p.text().startsWith(label))
        .findFirst()
        .orElse(ps.stream().filter(p -> p.kind() != ProvisionKind.ITEM && p.text().contains(label)).findFirst().orElse(null));
    if (note == null) {
      return Optional.empty();
    }
    int at = note.text().indexOf(label);
    String body = note.text().substring(at + label.length()).replaceFirst("^[\\s.:]+", "");
    return r.kind().equals("release")
        // the provision's text runs on over the notes printed after it, as the table was reviewed: read as prose
        ? ReleaseClause.find(body).flatMap(c -> EXTRACTOR.extractReleaseCondition(c.scope()))
        : EXTRACTOR.extractTyped(body);
  }

  private static List<Criterion> typedLeaves(Criterion c) {
    return c.leaves().stream().filter(l -> l instanceof Threshold || l instanceof Range)
        .flatMap(l -> l instanceof Range range && range.outside() ? outsideAsThresholds(range).stream()
            : java.util.stream.Stream.of(l))
        .filter(l -> !readFromAMaterialsName(l)).toList();
  }

  /**
   * An excluded range as the two thresholds the table writes it as, one alternative each: "outside the
   * range from 20 kHz to 60 kHz" is below 20 kHz or above 60 kHz, and "other than 4,2 to 4,4 GHz
   * inclusive" below 4,2 GHz or above 4,4 GHz; a bound the range leaves out is one the value may have.
   */
  private static List<Criterion> outsideAsThresholds(Range range) {
    org.dualuse.core.quantity.QuantityRange r = range.range();
    return List.of(
        new Threshold(range.parameter(), r.lowInclusive() ? Comparison.LESS_THAN : Comparison.AT_MOST, r.low(),
            range.source()),
        new Threshold(range.parameter(), r.highInclusive() ? Comparison.GREATER_THAN : Comparison.AT_LEAST, r.high(),
            range.source()));
  }

  /**
   * Whether a leaf is the extractor's reading of a material's name, not a number the text writes:
   * "aluminium alloy" beside "nickel alloy containing more than 60 % nickel" is read as aluminium
   * content > 50 % (see {@code MaterialAlternatives}). The table holds the text's numbers only, so such a
   * leaf has no row to agree with; the words it was read from hold no digit, unlike every bound's.
   */
  private static boolean readFromAMaterialsName(Criterion leaf) {
    return leaf instanceof Threshold th && ElementContents.elementOf(th.parameter()).isPresent()
        && th.source().chars().noneMatch(Character::isDigit);
  }

  /**
   * Whether the extractor's element content ("nickel content") is the table's {@code content} row whose
   * condition names that element ("nickel, by weight", "nickel in nickel alloy, by weight"). The table
   * was written before the extractor named elements and keeps the element in its condition column; the
   * extractor's name is the one a material's composition answers, so both say the same.
   */
  private static boolean sameElementContent(Row r, Parameter extracted) {
    Optional<String> element = ElementContents.elementOf(extracted);
    if (element.isEmpty() || !r.parameter().strip().equals("content")) {
      return false;
    }
    return java.util.regex.Pattern.compile("(?<![\\p{L}-])" + element.get() + "(?![\\p{L}-])")
        .matcher(r.condition().toLowerCase(Locale.ROOT)).find();
  }

  /**
   * The table writes a nominal size on the DN scale ("nominal size > 10 DN"); the DN number is the bore in
   * millimetres (ISO 6708), the unit the extractor gives a nominal size in. DN is no unit of the registry:
   * data sheets write it before the number ("PN 16 DN 50"), where a unit after a number would misread it.
   */
  private static Optional<Unit> dnScale(String unit) {
    return unit.equals("DN") ? Optional.of(Units.MILLIMETRE) : Optional.empty();
  }

  private static Parameter parameterOf(Criterion leaf) {
    return leaf instanceof Threshold th ? th.parameter() : ((Range) leaf).parameter();
  }

  private static boolean sameBounds(Row r, Unit unit, Criterion leaf) {
    if (r.comparison().equals("in")) {
      if (!(leaf instanceof Range range)) {
        return false;
      }
      return close(range.range().low(), number(r.low()), unit) && close(range.range().high(), number(r.high()), unit)
          && range.range().lowInclusive() == Boolean.parseBoolean(r.lowInclusive())
          && range.range().highInclusive() == Boolean.parseBoolean(r.highInclusive());
    }
    if (!(leaf instanceof Threshold th)) {
      return false;
    }
    return th.comparison() == comparison(r.comparison()) && close(th.bound(), number(r.value()), unit);
  }

  private static boolean close(Quantity q, double value, Unit unit) {
    if (q.unit().dimension() != unit.dimension()) {
      // the table writes accelerations in "g" as engineers do; the registry's "g" is the gram
      if (unit.equals(Units.GRAM) && q.unit().dimension() == Units.STANDARD_GRAVITY.dimension()) {
        return close(q, value, Units.STANDARD_GRAVITY);
      }
      // a count the table writes without a unit ("simultaneous contouring axes >= 5") is in the
      // counted thing's own unit
      if (unit.equals(Units.ONE) && q.unit().dimension().siSymbol().equals(q.unit().symbol())
          && COUNTS.contains(q.unit().dimension())) {
        return close(q, value, q.unit());
      }
      return false;
    }
    double a = q.toSi();
    double b = unit.toSi(value);
    return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
  }

  private static final java.util.Set<org.dualuse.core.quantity.Dimension> COUNTS = java.util.EnumSet.of(
      org.dualuse.core.quantity.Dimension.AXIS_COUNT, org.dualuse.core.quantity.Dimension.QUBIT_COUNT,
      org.dualuse.core.quantity.Dimension.CHANNEL_COUNT, org.dualuse.core.quantity.Dimension.TERMINAL_COUNT,
      org.dualuse.core.quantity.Dimension.ELEMENT_COUNT);

  private static boolean sameParameter(String tableName, Parameter extracted) {
    String name = tableName.replaceAll("\\(.*?\\)", "").strip().toLowerCase(Locale.ROOT);
    if (name.equals(extracted.name())) {
      return true;
    }
    // the table writes a count of things as the things ("rollers") or as their number ("number of rollers")
    if (extracted.name().equals("number of " + name) || name.equals("number of " + extracted.name())) {
      return true;
    }
    // a name is looked up in the extracted value's dimension first: "speed" in Mach is the Mach
    // number, "sensitivity" in nV/m/√Hz an electric field noise level
    return Parameters.lookup(name, extracted.dimension()).or(() -> Parameters.lookup(name))
        .map(p -> p.equals(extracted)).orElse(false);
  }

  private static Comparison comparison(String symbol) {
    for (Comparison c : Comparison.values()) {
      if (c.symbol().equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException("not a comparison: " + symbol);
  }

  private static double number(String s) {
    return Double.parseDouble(s.strip());
  }

  private static String describe(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.parameter() + " " + r.comparison() + " "
          + (r.comparison().equals("in") ? r.low() + ".." + r.high() : r.value()) + " " + r.unit());
    }
    return String.join("; ", out);
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ReviewedCriteriaTableTest.class.getResourceAsStream("reviewed-criteria-2025.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        List<String> f = csv(line);
        rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
            f.get(9), f.get(10), f.get(11), f.get(12)));
      }
    }
    return rows;
  }

  /** One CSV line (RFC 4180 quoting; the table has no line breaks inside fields). */
  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

}
