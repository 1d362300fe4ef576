package org.dualuse.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.TermKind;

/**
 * Reads the annex's "Definitions of terms used in this Annex" into {@link DefinedTerm}s.
 *
 * <p>Grammar, one definition per line that starts with a double quote (the lines that follow
 * without one, such as lettered sub-paragraphs and N.B.s, belong to the definition above):
 *
 * <pre>
 *   definition = '"' term '"' [ words ] { '("' acronym '")' | '(' qualifier ')' } '(' categories ')' text
 *   categories = token { ' ' token }     token = digit | 'GTN' | 'NTN' | 'GSN' | 'GISN' | 'All' | 'def'
 * </pre>
 *
 * A qualifier that is not a category list ("(gyro)", "(accelerometer)") is kept in the term, so
 * {@code "Bias" (gyro)} and {@code "Bias" (accelerometer)} stay two terms; words after the closing
 * quote ({@code "Spread spectrum" radar}) are kept too. Lines before the first definition are the
 * document's preamble and are skipped. Stateless and thread-safe.
 */
public final class DefinitionReader {
  private static final Pattern HEAD = Pattern.compile("^[\"“]([^\"”]+)[\"”]([^(\"“]*)");
  private static final Pattern BRACKET = Pattern.compile("\\G\\s*\\(([^()]*)\\)");
  private static final Pattern ACRONYM = Pattern.compile("^[\"“]([^\"”]+)[\"”]$");
  private static final Pattern CATEGORY_TOKEN = Pattern.compile("\\d|GTN|NTN|GSN|GISN|All|def");

  private DefinitionReader() {}

  /**
   * @param text the verbatim text of the definitions document
   * @param sourceName for error messages
   * @return the terms in document order, keyed by term
   * @throws ControlListFormatException when a definition line has no category bracket or a term is
   *     defined twice, naming the line within the document
   */
  public static Map<String, DefinedTerm> read(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    Map<String, DefinedTerm> out = new LinkedHashMap<>();
    String[] lines = text.split("\n");
    int k = 0;
    while (k < lines.length && !isDefinition(lines[k])) {
      k++;
    }
    while (k < lines.length) {
      int start = k;
      StringBuilder body = new StringBuilder(lines[k].strip());
      k++;
      while (k < lines.length && !isDefinition(lines[k])) {
        body.append('\n').append(lines[k].strip());
        k++;
      }
      DefinedTerm term = definition(body.toString(), sourceName, start + 1);
      if (out.putIfAbsent(term.term(), term) != null) {
        throw new ControlListFormatException(sourceName, start + 1, null,
            "the term \"" + term.term() + "\" is defined twice; expected one definition per term");
      }
    }
    return out;
  }

  private static boolean isDefinition(String line) {
    return HEAD.matcher(line).find();
  }

  private static DefinedTerm definition(String line, String sourceName, int lineNumber) {
    Matcher head = HEAD.matcher(line);
    if (!head.find()) {
      throw new ControlListFormatException(sourceName, lineNumber, null, "expected a quoted term");
    }
    String term = (head.group(1) + " " + head.group(2)).strip().replaceAll("\\s+", " ");
    List<String> acronyms = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    List<String> categories = null;
    Matcher bracket = BRACKET.matcher(line);
    int pos = head.end();
    while (bracket.find(pos) && bracket.start() == pos) {
      String inside = bracket.group(1).strip();
      pos = bracket.end();
      Matcher acronym = ACRONYM.matcher(inside);
      if (acronym.matches()) {
        acronyms.add(acronym.group(1).strip());
      } else if (isCategoryList(inside)) {
        categories = List.of(inside.split("[\\s,]+"));
        break;
      } else {
        qualifiers.add(inside);
      }
    }
    if (categories == null) {
      throw new ControlListFormatException(sourceName, lineNumber, null,
          "expected the categories in brackets after the term \"" + term + "\", like (3 5)");
    }
    if (!qualifiers.isEmpty()) {
      term = term + " (" + String.join(", ", qualifiers) + ")";
    }
    String definition = line.substring(pos).strip();
    return new DefinedTerm(term, acronyms, definition, categories, TermKind.GLOBAL);
  }

  private static boolean isCategoryList(String inside) {
    if (inside.isEmpty()) {
      return false;
    }
    for (String token : inside.split("[\\s,]+")) {
      if (!CATEGORY_TOKEN.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }
}
