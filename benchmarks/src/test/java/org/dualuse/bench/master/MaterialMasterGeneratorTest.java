package org.dualuse.bench.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualuse.core.criteria.ProductFacts;
import org.junit.jupiter.api.Test;

class MaterialMasterGeneratorTest {

  private static String generate(long seed, int rows) throws IOException {
    StringWriter w = new StringWriter();
    new MaterialMasterGenerator(seed).write(w, rows);
    return w.toString();
  }

  @Test
  void aSeedAndARowCountGiveTheSameFileEveryTime() throws IOException {
    assertEquals(generate(11, 500), generate(11, 500));
    assertFalse(generate(11, 500).equals(generate(12, 500)));
  }

  @Test
  void theCommittedSampleIsWhatTheGeneratorMakesOfItsSeed() throws IOException {
    Path sample = Path.of("samples", "material-master-sample.csv");
    assertEquals(generate(2026, 300), Files.readString(sample),
        "regenerate: java -cp benchmarks/target/classes org.dualuse.bench.master.MaterialMasterGenerator "
            + "--rows 300 --seed 2026 --out benchmarks/samples/material-master-sample.csv");
  }

  @Test
  void aboutAThirdOfTheRowsCarryCharacteristicsAndEveryRowHasEveryColumn() throws IOException {
    String[] lines = generate(5, 6000).split("\r\n");
    List<String> header = List.of(lines[0].split(";", -1));
    assertEquals(MaterialMasterGenerator.HEADER, header);
    int first = header.indexOf("FREQ_GHZ");
    int carrying = 0;
    Set<String> numbers = new HashSet<>();
    Set<String> languages = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(";", -1);
      assertEquals(header.size(), cells.length, lines[i]);
      assertTrue(numbers.add(cells[0]), "material numbers are unique: " + cells[0]);
      assertEquals(18, cells[0].length());
      assertFalse(cells[2].isBlank(), "every row has a description");
      languages.add(cells[3]);
      boolean any = false;
      for (int k = first; k < cells.length; k++) {
        any |= !cells[k].isEmpty();
      }
      carrying += any ? 1 : 0;
    }
    assertEquals(6000, lines.length - 1);
    assertTrue(carrying > 1800 && carrying < 2200, carrying + " of 6000 carry characteristics");
    assertEquals(Set.of("en", "de", "fr", "it"), languages);
  }

  @Test
  void everyCharacteristicValueThatIsANumberReadsAsAFactInTheColumnsUnit() throws IOException {
    Map<String, String> units = Map.of("FREQ_GHZ", "GHz", "PSAT_DBM", "dBm", "POWER_W", "W", "WAVELENGTH_NM", "nm",
        "FRAME_RATE_HZ", "Hz", "SAMPLE_RATE_MSPS", "MS/s", "RESOLUTION_BIT", "bit", "ACCURACY_UM", "µm",
        "DIAMETER_MM", "mm", "TENSILE_MPA", "MPa");
    String[] lines = generate(9, 3000).split("\r\n");
    List<String> header = List.of(lines[0].split(";", -1));
    int junk = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(";", -1);
      for (Map.Entry<String, String> u : units.entrySet()) {
        String cell = cells[header.indexOf(u.getKey())];
        if (cell.isEmpty()) {
          continue;
        }
        if (!Character.isDigit(cell.charAt(0))) {
          junk++;
          continue;
        }
        assertEquals(1, ProductFacts.of(Map.of("value", cell + " " + u.getValue()), "").all().size(), cell);
      }
    }
    assertTrue(junk < 20, junk + " junk cells in 3000 rows");
  }
}
