package org.dualuse.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.criteria.FactFormatException;
import org.dualuse.core.criteria.Parameters;

/**
 * Rows of a CSV file with a header. The header names the columns:
 *
 * <ul>
 *   <li>the text column: the one named by the option, else {@code text}, else {@code description}
 *       (names compared without case);
 *   <li>the id column (optional): the one named by the option (an ERP's {@code MATNR}), else
 *       {@code id}; the row's id;
 *   <li>{@code lang} or {@code language} (optional): the text's language;
 *   <li>facts: the columns mapped by {@link FactColumn}s ({@code --fact-column}), and the columns
 *       named {@code fact:NAME} (fact {@code NAME}); when there are neither, every other column, by
 *       its header name. Empty cells give no fact. A cell of a mapped column that cannot be read as
 *       its parameter's value makes its row a failed one, naming the line and the column.
 * </ul>
 *
 * <p>Fields are split by a comma, a semicolon (German and French spreadsheet exports) or a tab:
 * whichever of the three the header line has most of outside quotes, a comma on a tie.
 *
 * <p>A row with a malformed quote, a different number of fields than the header, an empty text, a
 * line that is not UTF-8 or longer than the limit comes back as a failed row naming its line; a
 * record spanning several lines that fails gives its later lines back to be read as rows of their
 * own. A missing or unusable header is bad input ({@link IllegalArgumentException}).
 */
final class CsvRowSource implements RowSource {

  /** The most lines one quoted field may span before the quote is taken as never closed. */
  static final int MAX_RECORD_LINES = 200;

  private static final String FACT_PREFIX = "fact:";

  private final String source;
  private final CsvRecordReader records;
  private final char separator;
  private final List<String> header;
  private final int textColumn;
  private final int idColumn;
  private final int langColumn;
  private final Map<Integer, String> factColumns = new LinkedHashMap<>();
  private final Map<Integer, FactColumn> mappedColumns = new LinkedHashMap<>();

  /**
   * @param in the CSV's lines
   * @param source the file name, for messages
   * @param textColumnName the text column's name, or empty for {@code text}/{@code description}
   * @param idColumnName the id column's name, or empty for {@code id}
   * @param maxRecordChars the most characters one record may hold
   * @param mapped the columns whose cells are facts of a parameter
   * @throws IllegalArgumentException when the header is missing, malformed or has no text column
   *     or no id column of the name given,
   *     or lacks a mapped column, or maps the text, id or language column, or a {@code fact:} column
   *     states a mapped parameter
   */
  CsvRowSource(InputLines in, String source, Optional<String> textColumnName, Optional<String> idColumnName,
      long maxRecordChars, List<FactColumn> mapped) throws IOException {
    this.source = source;
    InputLines.Line first;
    do {
      first = in.next();
    } while (first != null && first.problem() == null && first.text().isBlank());
    this.separator = first == null || first.problem() != null ? ',' : separatorOf(first.text());
    this.records = new CsvRecordReader(in, separator, MAX_RECORD_LINES, maxRecordChars);
    if (first != null) {
      records.pushBack(first);
    }
    CsvRecordReader.Record h = records.next();
    if (h == null) {
      throw new IllegalArgumentException(source + ": empty CSV, a header line naming the text column is required");
    }
    if (h.error() != null) {
      throw new IllegalArgumentException(source + ": line " + h.line() + ": unreadable header: " + h.error());
    }
    this.header = List.copyOf(h.fields());
    List<String> names = new ArrayList<>();
    for (String name : header) {
      names.add(name.strip().toLowerCase(Locale.ROOT));
    }
    if (textColumnName.isPresent()) {
      textColumn = names.indexOf(textColumnName.get().strip().toLowerCase(Locale.ROOT));
      if (textColumn < 0) {
        throw new IllegalArgumentException(
            source + ": no column '" + textColumnName.get() + "' in the header " + header + separatorHint());
      }
    } else {
      int t = names.indexOf("text");
      textColumn = t >= 0 ? t : names.indexOf("description");
      if (textColumn < 0) {
        throw new IllegalArgumentException(
            source + ": no text column in the header " + header
                + " (name it text or description, or give the column's name)" + separatorHint());
      }
    }
    idColumn = names.indexOf(idColumnName.map(n -> n.strip().toLowerCase(Locale.ROOT)).orElse("id"));
    if (idColumnName.isPresent() && idColumn < 0) {
      throw new IllegalArgumentException(
          source + ": no column '" + idColumnName.get() + "' in the header " + header + separatorHint());
    }
    int lang = names.indexOf("lang");
    langColumn = lang >= 0 ? lang : names.indexOf("language");
    for (FactColumn m : mapped) {
      int at = names.indexOf(m.column().strip().toLowerCase(Locale.ROOT));
      if (at < 0) {
        throw new IllegalArgumentException(source + ": no column '" + m.column() + "' (fact column '" + m
            + "') in the header " + header + separatorHint());
      }
      if (at == textColumn || at == idColumn || at == langColumn) {
        throw new IllegalArgumentException(source + ": fact column '" + m + "' maps the "
            + (at == textColumn ? "text" : at == idColumn ? "id" : "language") + " column");
      }
      mappedColumns.put(at, m);
    }
    boolean prefixed = names.stream().anyMatch(n -> n.startsWith(FACT_PREFIX));
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (mappedColumns.containsKey(i)) {
        continue;
      }
      if (prefixed && names.get(i).startsWith(FACT_PREFIX)) {
        String fact = name.substring(FACT_PREFIX.length()).strip();
        for (FactColumn m : mapped) {
          if (Parameters.lookup(fact).filter(p -> p.name().equals(m.parameter().name())).isPresent()) {
            throw new IllegalArgumentException(source + ": column '" + name + "' and the fact column '" + m
                + "' state the same parameter; give it once");
          }
        }
        factColumns.put(i, fact);
      } else if (!prefixed && mapped.isEmpty() && i != textColumn && i != idColumn && i != langColumn
          && !name.isEmpty()) {
        // without fact: prefixes or mapped columns every other column is a fact; with mapped ones,
        // the rest of an ERP export (plant, material group, unit of measure) is not
        factColumns.put(i, name);
      }
    }
  }

  /**
   * The separator a header line uses: the one of comma, semicolon and tab it has most of outside
   * quotes; a comma on a tie or when it has none.
   */
  static char separatorOf(String header) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }

  private String separatorHint() {
    return "; columns were split by " + (separator == '\t' ? "tabs" : separator == ';' ? "semicolons" : "commas")
        + " (a comma, semicolon or tab, whichever the header has most of)";
  }

  @Override
  public BatchRow next() throws IOException {
    CsvRecordReader.Record r = records.next();
    if (r == null) {
      return null;
    }
    if (r.error() != null) {
      return BatchRow.failed(r.line(), null, source + ": line " + r.line() + ": " + r.error());
    }
    List<String> f = r.fields();
    if (f.size() != header.size() && r.lines() > 1) {
      // a quote that opened a field and closed on a later row: those rows are rows of their own
      records.giveBack();
      return BatchRow.failed(r.line(), null, source + ": line " + r.line()
          + ": a quoted field spans lines and leaves " + f.size() + " fields, the header has " + header.size()
          + " (a quote left open?)");
    }
    String id = idColumn >= 0 && idColumn < f.size() ? f.get(idColumn).strip() : null;
    if (f.size() != header.size()) {
      return BatchRow.failed(
          r.line(), id, source + ": line " + r.line() + ": " + f.size() + " fields, the header has " + header.size());
    }
    String text = f.get(textColumn);
    if (text.isBlank()) {
      return BatchRow.failed(r.line(), id, source + ": line " + r.line() + ", column " + (textColumn + 1)
          + ": empty text");
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (Map.Entry<Integer, FactColumn> m : mappedColumns.entrySet()) {
      String cell = f.get(m.getKey()).strip();
      if (cell.isEmpty()) {
        continue;
      }
      FactColumn column = m.getValue();
      try {
        facts.put(column.parameter().name(), column.value(cell));
      } catch (FactFormatException e) {
        return BatchRow.failed(r.line(), id, source + ": line " + r.line() + ", column '" + header.get(m.getKey())
            + "' (" + column + "): " + e.getMessage());
      }
    }
    factColumns.forEach((i, name) -> {
      String v = f.get(i).strip();
      if (!v.isEmpty()) {
        facts.put(name, v);
      }
    });
    String lang = langColumn >= 0 ? f.get(langColumn).strip() : "";
    return BatchRow.of(r.line(), id, new Product(text.strip(), facts, lang));
  }

  @Override
  public long position() {
    return records.position();
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
