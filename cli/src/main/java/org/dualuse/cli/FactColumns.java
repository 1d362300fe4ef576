package org.dualuse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fact columns of a batch: the {@code --fact-column} options and the rows of a
 * {@code --fact-columns FILE}, checked together so that no parameter and no column is mapped twice.
 *
 * <p>The file holds one mapping a line in the option's form, {@code PARAMETER=COLUMN[:UNIT]}, UTF-8;
 * blank lines and lines starting with {@code #} are comments:
 *
 * <pre>
 * # parameter = column : unit of bare numbers
 * operating frequency = FREQ_GHZ : GHz
 * peak saturated output power = PSAT_DBM : dBm
 * wavelength = WAVELENGTH_NM : nm
 * </pre>
 */
final class FactColumns {
  private FactColumns() {}

  /**
   * The mappings of the options, then those of the file.
   *
   * @param options the {@code --fact-column} values, in order
   * @param file the {@code --fact-columns} file, or null
   * @throws IllegalArgumentException naming the option or the file and line of a bad mapping, a
   *     parameter or a column mapped twice, or a file that cannot be read
   */
  static List<FactColumn> of(List<String> options, Path file) {
    List<FactColumn> out = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (String o : options) {
      out.add(FactColumn.parse(o, "--fact-column"));
      where.add("--fact-column");
    }
    if (file != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException(file + ": not UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the fact columns " + file + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String at = file + ": line " + (i + 1) + ":";
        out.add(FactColumn.parse(line, at));
        where.add(at);
      }
    }
    Map<String, Integer> byParameter = new HashMap<>();
    Map<String, Integer> byColumn = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      FactColumn c = out.get(i);
      Integer before = byParameter.putIfAbsent(c.parameter().name(), i);
      if (before != null) {
        throw new IllegalArgumentException(where.get(i) + " '" + c + "': the parameter '" + c.parameter().name()
            + "' is mapped already (" + where.get(before) + " '" + out.get(before) + "'); map each parameter once");
      }
      before = byColumn.putIfAbsent(c.column().toLowerCase(Locale.ROOT), i);
      if (before != null) {
        throw new IllegalArgumentException(where.get(i) + " '" + c + "': the column '" + c.column()
            + "' is mapped already (" + where.get(before) + " '" + out.get(before) + "')");
      }
    }
    return List.copyOf(out);
  }
}
