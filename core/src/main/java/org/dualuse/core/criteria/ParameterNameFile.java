package org.dualuse.core.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.quantity.Dimension;

/**
 * Reads the reviewed names of parameters in languages other than English
 * ({@code parameter-names.tsv} beside {@link Parameters}): UTF-8, one name a line, four
 * TAB-separated columns
 *
 * <pre>parameter  lang  name  source</pre>
 *
 * where {@code parameter} is the English name of a parameter {@link Parameters} defines,
 * {@code lang} an ISO 639-1 code other than {@code en} (English names live in the code),
 * {@code name} the name as written in that language (German nouns capitalised, so that
 * {@link SpellingVariants} can tell the adjectives) and {@code source} the class of knowledge the
 * name rests on ("translation", "data-sheet usage", a standard's term...), never a labelled case.
 * Blank lines and lines starting with {@code #} are skipped; a byte order mark is tolerated.
 *
 * <p>A bad row is refused with a {@link ParameterNameFormatException} naming the file and the
 * line: a wrong number of columns, an empty field, an unknown parameter, a bad language code, an
 * exact repeat of an earlier row, or a name (in any of its written forms) that already names
 * another parameter of the same dimension, in the code or on an earlier line: the first definition
 * of a spelling wins, so such a row would be silently dead. Stateless and thread-safe.
 */
final class ParameterNameFile {

  /** One reviewed name: what it names, in which language, and on what knowledge it rests. */
  record ParameterName(Parameter parameter, String language, String name, String source, int line) {}

  private static final String HEADER = "parameter<TAB>lang<TAB>name<TAB>source";
  private static final int COLUMNS = 4;
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final List<String> COLUMN_NAMES = List.of("parameter", "lang", "name", "source");

  private ParameterNameFile() {}

  /**
   * Reads a resource beside this class.
   *
   * @param parameters the parameter of an English name, null when none has it
   * @param defined the parameter a spelling key already names within a dimension, in the code
   * @throws ParameterNameFormatException when the resource is missing or a row is bad
   */
  static List<ParameterName> readResource(String name, Function<String, Parameter> parameters,
      BiFunction<String, Dimension, Optional<Parameter>> defined) {
    InputStream in = ParameterNameFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new ParameterNameFormatException(name, 0, "resource missing from the core module");
    }
    // parameter names serve every list
    return read(DataFileLines.declaredFile(in, name, Set.of(DataFileLines.ANY_LIST)), name, parameters, defined);
  }

  /**
   * Reads every row of a names file.
   *
   * @param source the file name errors carry
   * @param parameters the parameter of an English name, null when none has it
   * @param defined the parameter a spelling key already names within a dimension, in the code
   * @throws ParameterNameFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  static List<ParameterName> read(Reader reader, String source, Function<String, Parameter> parameters,
      BiFunction<String, Dimension, Optional<Parameter>> defined) {
    List<ParameterName> rows = new ArrayList<>();
    // every written form's key within its dimension, to the row that brought it
    Map<String, ParameterName> seen = new HashMap<>();
    try (reader) {
      DataFileLines.forEach(reader, source, (line, lineNo) -> {
        ParameterName row = row(line, source, lineNo, parameters);
        checkUnique(row, seen, defined, source);
        rows.add(row);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return List.copyOf(rows);
  }

  private static ParameterName row(String line, String source, int lineNo, Function<String, Parameter> parameters) {
    String[] cols = line.split("\t", -1);
    if (cols.length != COLUMNS) {
      throw new ParameterNameFormatException(source, lineNo, "expected " + HEADER + " (" + COLUMNS
          + " columns) but found " + cols.length + ": '" + line + "'");
    }
    for (int i = 0; i < cols.length; i++) {
      cols[i] = cols[i].strip();
      if (cols[i].isEmpty() || cols[i].equals("-")) {
        throw new ParameterNameFormatException(source, lineNo, "empty " + COLUMN_NAMES.get(i) + ": '" + line + "'");
      }
    }
    Parameter parameter = parameters.apply(cols[0]);
    if (parameter == null) {
      throw new ParameterNameFormatException(source, lineNo, "unknown parameter '" + cols[0]
          + "': the first column is the English name of a parameter Parameters defines");
    }
    String language = cols[1];
    if (!LANGUAGE.matcher(language).matches() || language.equals("en")) {
      throw new ParameterNameFormatException(source, lineNo, "bad lang '" + language
          + "': a lower-case ISO 639-1 code other than 'en' (English names are defined in Parameters)");
    }
    if (Parameters.key(cols[2]).isEmpty()) {
      throw new ParameterNameFormatException(source, lineNo, "name '" + cols[2] + "' has no letters");
    }
    return new ParameterName(parameter, language, cols[2], cols[3], lineNo);
  }

  private static void checkUnique(ParameterName row, Map<String, ParameterName> seen,
      BiFunction<String, Dimension, Optional<Parameter>> defined, String source) {
    Dimension dimension = row.parameter().dimension();
    for (String key : Parameters.spellingKeys(row.name(), row.language())) {
      Optional<Parameter> inCode = defined.apply(key, dimension);
      if (inCode.isPresent() && !inCode.get().equals(row.parameter())) {
        throw new ParameterNameFormatException(source, row.line(), "'" + row.name() + "' names '"
            + row.parameter().name() + "' here, but '" + key + "' already names '" + inCode.get().name()
            + "' in Parameters (both " + dimension + ")");
      }
      ParameterName earlier = seen.putIfAbsent(key + "|" + dimension, row);
      if (earlier == null) {
        continue;
      }
      if (!earlier.parameter().equals(row.parameter())) {
        throw new ParameterNameFormatException(source, row.line(), "'" + row.name() + "' names '"
            + row.parameter().name() + "' here, but '" + key + "' names '" + earlier.parameter().name()
            + "' on line " + earlier.line() + " (both " + dimension + ")");
      }
      if (earlier.language().equals(row.language()) && earlier.name().equals(row.name())) {
        throw new ParameterNameFormatException(source, row.line(), "'" + row.name() + "' (" + row.language()
            + ") for '" + row.parameter().name() + "' repeats line " + earlier.line());
      }
    }
  }
}
