package org.dualuse.bench.master;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dualuse.bench.master.ProductFamily.Characteristic;
import org.dualuse.bench.master.ProductFamily.Words;

/**
 * Writes a material master as a German SAP export looks when saved from Excel: semicolon-separated
 * CSV, UTF-8, decimal commas, one material a row under the header
 *
 * <pre>
 * MATNR;MAKTX;DESCRIPTION;LANG;MTART;MATKL;MEINS;WERKS;FREQ_GHZ;PSAT_DBM;POWER_W;WAVELENGTH_NM;
 * FRAME_RATE_HZ;SAMPLE_RATE_MSPS;RESOLUTION_BIT;ACCURACY_UM;DIAMETER_MM;TENSILE_MPA
 * </pre>
 *
 * <p>{@code MATNR} is an 18-digit material number, {@code MAKTX} the 40-character short text,
 * {@code DESCRIPTION} the long text, {@code LANG} its language; then material type, group, base unit
 * and plant; then the classification characteristics, each in the unit its name says. A row is
 * composed from a {@link ProductFamily} drawn by weight ({@link ProductFamilies}): a noun in one of
 * four languages (English, German, French, Italian), up to two qualifiers of that language (type,
 * grade, standard, use), up to two quantities written in the text, and sometimes the boilerplate of
 * real masters (spare part for a line, drawing number, supplier part number). About
 * {@value #CHARACTERISTIC_SHARE_PERCENT} % of the rows carry characteristic values (drawn among the
 * families that have characteristics, so that the share is met overall); of those, about
 * {@value #JUNK_PER_THOUSAND} in a thousand hold a value that is no number ({@code n/a},
 * {@code siehe Datenblatt}), as real masters do, so that a batch meets bad cells too. Most rows are
 * maintenance, repair and production supplies; a minority are goods whose classification needs a
 * look. The generator is seeded: a seed and a row count give the same file every time.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.dualuse.bench.master.MaterialMasterGenerator
 * --rows 100000 --seed 2026 --out material-master.csv}; {@code benchmarks/samples/} holds a sample of
 * 300 rows and the fact-column mapping for {@code dualuse classify --fact-columns}.
 */
public final class MaterialMasterGenerator {
  static final int CHARACTERISTIC_SHARE_PERCENT = 33;
  static final int JUNK_PER_THOUSAND = 5;

  /** The header, in column order. */
  public static final List<String> HEADER;

  static {
    List<String> h = new ArrayList<>(List.of("MATNR", "MAKTX", "DESCRIPTION", "LANG", "MTART", "MATKL", "MEINS", "WERKS"));
    h.addAll(ProductFamilies.CHARACTERISTIC_COLUMNS);
    HEADER = List.copyOf(h);
  }

  private static final List<String> PLANTS = List.of("1000", "1000", "1100", "2000", "3100");
  private static final List<String> JUNK = List.of("n/a", "siehe Datenblatt", "tbd", "k.A.", "see drawing");
  private static final Map<String, List<String>> BOILERPLATE = Map.of(
      "en", List.of("spare part for line %d", "acc. to drawing %d-%d rev. B", "RoHS compliant", "supplier part no. XK-%d",
          "replaces material %d"),
      "de", List.of("Ersatzteil für Linie %d", "gem. Zeichnung %d-%d Rev. B", "RoHS-konform", "Lieferanten-Nr. XK-%d",
          "ersetzt Material %d"),
      "fr", List.of("pièce de rechange ligne %d", "selon plan %d-%d ind. B", "conforme RoHS"),
      "it", List.of("ricambio linea %d", "secondo disegno %d-%d rev. B", "conforme RoHS"));

  private final Random random;
  private final int totalWeight;
  private final double carryProbability;

  /** What a run wrote. */
  public record Stats(long rows, long withCharacteristics, long junkCells, Map<String, Long> byFamily) {}

  public MaterialMasterGenerator(long seed) {
    this.random = new Random(seed);
    int total = 0;
    int withCharacteristics = 0;
    for (ProductFamily f : ProductFamilies.ALL) {
      total += f.weight();
      withCharacteristics += f.characteristics().isEmpty() ? 0 : f.weight();
    }
    this.totalWeight = total;
    // only families with characteristics can carry them: they carry them this often for the share overall
    this.carryProbability = Math.min(1.0, CHARACTERISTIC_SHARE_PERCENT / 100.0 * total / withCharacteristics);
  }

  /** Writes the header and {@code rows} rows; returns what was written. */
  public Stats write(Writer out, long rows) throws IOException {
    out.write(String.join(";", HEADER));
    out.write("\r\n");
    long carrying = 0;
    long junk = 0;
    Map<String, Long> byFamily = new LinkedHashMap<>();
    long number = 10_000_000L;
    for (long i = 0; i < rows; i++) {
      ProductFamily family = pick();
      byFamily.merge(family.name(), 1L, Long::sum);
      Words noun = family.nouns().get(random.nextInt(family.nouns().size()));
      String lang = noun.lang().isEmpty() ? "en" : noun.lang();
      List<String> qualifiers = pickSome(family.qualifiers().stream().filter(q -> q.fits(lang)).map(Words::text).toList(),
          random.nextInt(3));
      List<String> quantities = pickSome(family.quantities(), random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
      StringBuilder description = new StringBuilder(noun.text());
      if (!qualifiers.isEmpty()) {
        description.append(' ').append(qualifiers.get(0));
      }
      for (String q : qualifiers.subList(Math.min(1, qualifiers.size()), qualifiers.size())) {
        description.append(", ").append(q);
      }
      for (String q : quantities) {
        description.append(", ").append(lang.equals("de") ? q.replace('.', ',') : q);
      }
      if (random.nextInt(10) < 3) {
        description.append(", ").append(boilerplate(lang));
      }
      String text = random.nextInt(10) == 0 ? description.toString().toUpperCase(Locale.ROOT) : description.toString();
      String shortText = (noun.text() + (qualifiers.isEmpty() ? "" : " " + qualifiers.get(0))).toUpperCase(Locale.ROOT);
      shortText = shortText.length() > 40 ? shortText.substring(0, 40).strip() : shortText;
      number += 1 + random.nextInt(9);

      Map<String, String> characteristics = new LinkedHashMap<>();
      if (!family.characteristics().isEmpty() && random.nextDouble() < carryProbability) {
        carrying++;
        for (Characteristic c : family.characteristics()) {
          if (characteristics.isEmpty() || random.nextInt(100) < 85) {
            characteristics.put(c.column(), c.draw(random));
          }
        }
        if (random.nextInt(1000) < JUNK_PER_THOUSAND) {
          String column = List.copyOf(characteristics.keySet()).get(random.nextInt(characteristics.size()));
          characteristics.put(column, JUNK.get(random.nextInt(JUNK.size())));
          junk++;
        }
      }
      List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%018d", number), shortText, text, lang,
          family.materialType(), family.materialGroup(), family.unit(), PLANTS.get(random.nextInt(PLANTS.size()))));
      for (String column : ProductFamilies.CHARACTERISTIC_COLUMNS) {
        row.add(characteristics.getOrDefault(column, ""));
      }
      for (int k = 0; k < row.size(); k++) {
        if (k > 0) {
          out.write(';');
        }
        out.write(quoted(row.get(k)));
      }
      out.write("\r\n");
    }
    out.flush();
    return new Stats(rows, carrying, junk, byFamily);
  }

  private ProductFamily pick() {
    int r = random.nextInt(totalWeight);
    for (ProductFamily f : ProductFamilies.ALL) {
      r -= f.weight();
      if (r < 0) {
        return f;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private List<String> pickSome(List<String> from, int n) {
    List<String> pool = new ArrayList<>(from);
    List<String> out = new ArrayList<>();
    while (out.size() < n && !pool.isEmpty()) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  private String boilerplate(String lang) {
    List<String> forms = BOILERPLATE.get(lang);
    String form = forms.get(random.nextInt(forms.size()));
    // a form uses the first one or two numbers; the others are ignored
    return String.format(Locale.ROOT, form, 1 + random.nextInt(99), 10 + random.nextInt(89), 1000 + random.nextInt(8999));
  }

  /** A number with a decimal comma and {@code decimals} places, no grouping, as a German export writes it. */
  static String number(double value, int decimals) {
    return String.format(Locale.GERMANY, "%." + decimals + "f", value);
  }

  private static String quoted(String field) {
    boolean needs = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** {@code --rows N --seed S --out FILE}. */
  public static void main(String[] args) throws IOException {
    long rows = 100_000;
    long seed = 2026;
    Path out = Path.of("material-master.csv");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--rows N --seed S --out FILE)");
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --rows N --seed S --out FILE");
    }
    Stats stats;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      stats = new MaterialMasterGenerator(seed).write(w, rows);
    }
    System.err.printf(Locale.ROOT, "%s: %,d rows, %,d with characteristics (%.1f %%), %,d junk cells; by family %s%n",
        out, stats.rows(), stats.withCharacteristics(), 100.0 * stats.withCharacteristics() / Math.max(1, stats.rows()),
        stats.junkCells(), stats.byFamily());
  }
}
