package org.dualuse.lists.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;

/**
 * Reads the EU consolidated text of Annex I as published in JSON (one line per provision) into an
 * {@link AnnexSource}.
 *
 * <p>The format: a top-level object with {@code valid_from}, {@code source_url},
 * {@code attribution}, {@code entries[]} and {@code docs[]}. Each entry's {@code verbatim_text} holds
 * one provision per line, {@code CODE TEXT}; a note line carries its label after the code
 * ({@code 3A001.b.2 Note 3: ...}, {@code 0A001.h Technical Note: ...}, {@code 0A001.f N.B. ...}).
 * Lines are numbered from 1 across all entries in file order; that number is the
 * {@link Provision#line()} and the line an error names. The publisher's own derivations
 * ({@code parameters}, {@code applicable_notes}) are ignored: they are not part of the law.
 *
 * <p>Documents ({@code docs[]}) become {@link ListDocument}s typed by their {@code doc_type}. The
 * Cryptography Note is printed inside the "Category 5 — Part 2" section notes as its Note 3; it is
 * split out at its label ("Note 3: Cryptography Note") into a document of its own, typed
 * {@link DocumentKind#CRYPTOGRAPHY_NOTE}, and the rest stays a section note.
 *
 * <p>The provenance carries the sha256 of the bytes read (not the digest the file declares).
 * Stateless and thread-safe.
 */
public final class EuConsolidatedJsonReader implements SourceReader {
  // the tree is built from the streaming parser: an ObjectMapper would load some four hundred
  // classes more, which is most of the time of the first read in a fresh JVM
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NOTE_LABEL =
      Pattern.compile("^(Notes?|Technical Notes?|N\\.B\\.)(?=[\\s:.\\d]|$)");
  private static final Pattern CATEGORY_TITLE = Pattern.compile("^Category (\\d)\\b");
  private static final Pattern GROUP_TITLE = Pattern.compile("— (\\d)([A-E])\\d? ");
  private static final Pattern CRYPTOGRAPHY_NOTE = Pattern.compile("(?m)Note \\d+:\\s*Cryptography Note\\b");

  /** Id of the list this reader makes when the file does not say otherwise. */
  public static final String DEFAULT_ID_PREFIX = "eu-annex-i-";


  @Override
  public AnnexSource read(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    JsonNode root;
    try {
      root = readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ControlListFormatException(sourceName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          null, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    if (root == null || !root.isObject()) {
      throw new ControlListFormatException(sourceName, 0, null, "expected a JSON object with entries[] and docs[]");
    }
    LocalDate validFrom = date(root, sourceName);
    JsonNode entries = root.get("entries");
    if (entries == null || !entries.isArray() || entries.isEmpty()) {
      throw new ControlListFormatException(sourceName, 0, null, "expected a non-empty array 'entries'");
    }
    List<Provision> provisions = new ArrayList<>(4400);
    int line = 0;
    for (JsonNode entry : entries) {
      String entryCode = text(entry, "entry_code", sourceName, line + 1);
      String verbatim = text(entry, "verbatim_text", sourceName, line + 1);
      ControlCode entryParsed = ControlCode.tryParse(entryCode)
          .filter(ControlCode::isEntry)
          .orElseThrow(() -> new ControlListFormatException(sourceName, 0, entryCode,
              "entry_code is not an entry code like 3A001"));
      int start = 0;
      int n = verbatim.length();
      while (start <= n) {
        int end = verbatim.indexOf('\n', start);
        if (end < 0) {
          end = n;
        }
        line++;
        provisions.add(provision(verbatim.substring(start, end), entryParsed, sourceName, line));
        start = end + 1;
      }
    }
    List<ListDocument> documents = new ArrayList<>();
    JsonNode docs = root.get("docs");
    if (docs != null && docs.isArray()) {
      for (JsonNode doc : docs) {
        documents.addAll(documents(doc, sourceName));
      }
    }
    Provenance provenance = new Provenance(sourceName, optionalText(root, "source_url"), sha256(bytes),
        optionalText(root, "attribution"));
    return new AnnexSource(
        DEFAULT_ID_PREFIX + validFrom,
        "Annex I to Regulation (EU) 2021/821 (consolidated " + optionalText(root, "corpus_version") + ")",
        "EU",
        validFrom,
        provenance,
        provisions,
        documents);
  }

  /**
   * The JSON value of the bytes as a tree, as {@code ObjectMapper.readTree} builds it with its
   * defaults (a repeated field keeps its last value; anything after the first value is ignored);
   * null when there is no value.
   */
  private static JsonNode readTree(byte[] bytes) throws IOException {
    try (JsonParser parser = JSON.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      return first == null ? null : value(parser, first);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.replace(name, value(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      // a token JSON text cannot hold (an embedded object): reported like any other malformed JSON
      default -> throw new JsonParseException(parser, "unexpected token " + token);
    }
  }

  private static Provision provision(String raw, ControlCode entry, String sourceName, int line) {
    String stripped = raw.strip();
    // the pattern (\S+) (.*) by hand: the code runs to the first white space, which must be a space
    int space = firstRegexSpace(stripped);
    if (space <= 0 || stripped.charAt(space) != ' ') {
      throw new ControlListFormatException(sourceName, line, entry.toString(),
          "expected 'CODE TEXT' in entry " + entry + ", found '" + abbreviate(stripped) + "'");
    }
    String code = stripped.substring(0, space);
    ControlCode parsed = ControlCode.tryParse(code).orElseThrow(() -> new ControlListFormatException(
        sourceName, line, code, "expected a control code like " + entry + ".a.1 at the start of the line"));
    if (!parsed.entry().equals(entry)) {
      throw new ControlListFormatException(sourceName, line, code,
          "code belongs to entry " + parsed.entry() + " but stands in entry " + entry);
    }
    String text = stripped.substring(space + 1).strip();
    return new Provision(code, kindOf(text), text, line);
  }

  /** The index of the first character "\\s" matches ({@code [ \t\n\x0B\f\r]}), or -1. */
  private static int firstRegexSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** What a provision line is, from the label at the start of its text. */
  static ProvisionKind kindOf(String text) {
    Matcher m = NOTE_LABEL.matcher(text);
    if (!m.find()) {
      return ProvisionKind.ITEM;
    }
    String label = m.group(1);
    if (label.startsWith("Technical")) {
      return ProvisionKind.TECHNICAL_NOTE;
    }
    return label.startsWith("N.B.") ? ProvisionKind.NB : ProvisionKind.NOTE;
  }

  private static List<ListDocument> documents(JsonNode doc, String sourceName) {
    String type = optionalText(doc, "doc_type");
    String title = optionalText(doc, "title");
    String text = optionalText(doc, "verbatim_text");
    DocumentKind kind = switch (type) {
      case "acronyms" -> DocumentKind.ACRONYMS;
      case "definitions_annex" -> DocumentKind.DEFINITIONS;
      case "general_notes" -> DocumentKind.GENERAL_NOTES;
      case "general_technology_note" -> DocumentKind.GENERAL_TECHNOLOGY_NOTE;
      case "general_software_note" -> DocumentKind.GENERAL_SOFTWARE_NOTE;
      case "information_security_note" -> DocumentKind.INFORMATION_SECURITY_NOTE;
      case "nuclear_technology_note" -> DocumentKind.NUCLEAR_TECHNOLOGY_NOTE;
      case "nuclear_software_note" -> DocumentKind.NUCLEAR_SOFTWARE_NOTE;
      case "category_note" -> DocumentKind.CATEGORY_NOTE;
      case "section_note" -> DocumentKind.SECTION_NOTE;
      // "definitions" is Article 2 of the Regulation, not the annex's definitions
      case "definitions", "article_4", "article_5" -> DocumentKind.ARTICLE;
      default -> DocumentKind.OTHER;
    };
    Optional<Category> category = Optional.empty();
    Optional<ProductGroup> group = Optional.empty();
    if (kind == DocumentKind.CATEGORY_NOTE || kind == DocumentKind.SECTION_NOTE) {
      Matcher c = CATEGORY_TITLE.matcher(title);
      if (c.find()) {
        category = Optional.of(Category.of(c.group(1).charAt(0) - '0'));
      }
      Matcher g = GROUP_TITLE.matcher(title + " ");
      if (g.find()) {
        group = ProductGroup.of(g.group(2).charAt(0));
      }
    }
    Matcher crypto = CRYPTOGRAPHY_NOTE.matcher(text);
    if (kind == DocumentKind.SECTION_NOTE && crypto.find()) {
      String before = text.substring(0, crypto.start()).strip();
      String note = text.substring(crypto.start()).strip();
      return List.of(
          new ListDocument(kind, title, before, category, group),
          new ListDocument(DocumentKind.CRYPTOGRAPHY_NOTE, "Cryptography Note", note, category, group));
    }
    return List.of(new ListDocument(kind, title, text, category, group));
  }

  private static LocalDate date(JsonNode root, String sourceName) {
    String value = optionalText(root, "valid_from");
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ControlListFormatException(sourceName, 0, null,
          "expected 'valid_from' as a date like 2025-11-15, found '" + value + "'", e);
    }
  }

  private static String text(JsonNode node, String field, String sourceName, int line) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ControlListFormatException(sourceName, line, null,
          "expected a non-empty text field '" + field + "' in every entry");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
