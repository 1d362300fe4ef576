package org.dualuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;

/**
 * The counts of a batch's results that a compliance officer reports: rows by decision, by category
 * and by entry of the code they rest on, the cyber-surveillance items apart (listed items, and
 * unlisted rows with Article 5 indicators), and the rows that still need facts with the questions
 * that would decide them. Filled row by row ({@link #add}) as a batch writes its results or as a
 * results file is read back; memory grows with the entries and questions met, and with the rows
 * that need facts up to {@value #MAX_LISTED_ROWS} of them.
 *
 * <p>Its JSON form ({@link #toJson()}) has the keys {@code lists}, {@code listVersions}, {@code rows},
 * {@code failed}, {@code decisions}, {@code rowsWithStatedFacts}, {@code categories},
 * {@code entries}, {@code cyberSurveillance} and {@code needsFacts}, {@code errors}; the README
 * describes them. Not thread-safe.
 */
final class BatchSummary {
  /** The most rows needing facts, and errors, listed by id; the counts go on beyond. */
  static final int MAX_LISTED_ROWS = 10_000;
  static final int MAX_LISTED_ERRORS = 20;

  /** Counts of one entry (or category): listed, needing facts, listed as a cyber-surveillance item. */
  static final class Counts {
    long listed;
    long needsFacts;
    long cyberSurveillance;

    long total() {
      return listed + needsFacts;
    }
  }

  /** A question and the rows that need its answer. */
  static final class Asked {
    final String question;
    long rows;

    Asked(String question) {
      this.question = question;
    }
  }

  private long rows;
  private long failed;
  private long withFacts;
  private final Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
  private final Map<Category, Counts> categories = new EnumMap<>(Category.class);
  private final Map<ControlCode, Counts> entries = new TreeMap<>();
  private final Map<String, Long> article5 = new TreeMap<>();
  private long article5Rows;
  private long cyberListed;
  private final Map<String, Asked> questions = new LinkedHashMap<>();
  private final List<ResultRow> needingFacts = new ArrayList<>();
  private long needsFactsRows;
  private final List<ResultRow> errors = new ArrayList<>();
  private final Set<String> lists = new TreeSet<>();

  BatchSummary() {
    for (Decision d : Decision.values()) {
      decisions.put(d, 0L);
    }
    for (Category c : Category.values()) {
      categories.put(c, new Counts());
    }
  }

  /** Counts one row. */
  void add(ResultRow r) {
    rows++;
    if (r.product() != null && !r.product().facts().isEmpty()) {
      withFacts++;
    }
    if (r.failed()) {
      failed++;
      if (errors.size() < MAX_LISTED_ERRORS) {
        errors.add(r);
      }
      return;
    }
    if (!r.listId().isEmpty()) {
      lists.add(r.listId());
    }
    decisions.merge(r.decision(), 1L, Long::sum);
    if (r.code().isPresent()) {
      ControlCode code = r.code().get();
      Counts inCategory = categories.get(code.category());
      Counts inEntry = entries.computeIfAbsent(code.entry(), k -> new Counts());
      boolean listed = r.decision() == Decision.LISTED;
      for (Counts c : List.of(inCategory, inEntry)) {
        c.listed += listed ? 1 : 0;
        c.needsFacts += listed ? 0 : 1;
        c.cyberSurveillance += r.cyberSurveillance() ? 1 : 0;
      }
    }
    if (r.cyberSurveillance()) {
      cyberListed++;
    }
    if (!r.article5().isEmpty()) {
      article5Rows++;
      for (String indicator : new TreeSet<>(r.article5())) {
        article5.merge(indicator, 1L, Long::sum);
      }
    }
    if (r.decision() == Decision.NEEDS_FACTS) {
      needsFactsRows++;
      if (needingFacts.size() < MAX_LISTED_ROWS) {
        needingFacts.add(r);
      }
      for (ResultRow.Question q : r.questions()) {
        questions.computeIfAbsent(q.parameter(), k -> new Asked(q.question())).rows++;
      }
    }
  }

  long rows() {
    return rows;
  }

  long failed() {
    return failed;
  }

  Map<Decision, Long> decisions() {
    return decisions;
  }

  Map<Category, Counts> categories() {
    return categories;
  }

  /** Entries with at least one row, most rows first, then in code order. */
  List<Map.Entry<ControlCode, Counts>> entriesByRows() {
    List<Map.Entry<ControlCode, Counts>> out = new ArrayList<>(entries.entrySet());
    out.sort(Comparator.comparingLong((Map.Entry<ControlCode, Counts> e) -> -e.getValue().total())
        .thenComparing(Map.Entry::getKey));
    return out;
  }

  /** Entries with rows listed as cyber-surveillance items, most rows first. */
  List<Map.Entry<ControlCode, Counts>> cyberSurveillanceEntries() {
    return entriesByRows().stream().filter(e -> e.getValue().cyberSurveillance > 0)
        .sorted(Comparator.comparingLong((Map.Entry<ControlCode, Counts> e) -> -e.getValue().cyberSurveillance)
            .thenComparing(Map.Entry::getKey))
        .toList();
  }

  long cyberSurveillanceListed() {
    return cyberListed;
  }

  long article5Rows() {
    return article5Rows;
  }

  /** Article 5 indicators by the rows that have them, most first. */
  List<Map.Entry<String, Long>> article5ByRows() {
    List<Map.Entry<String, Long>> out = new ArrayList<>(article5.entrySet());
    out.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
    return out;
  }

  long needsFactsRows() {
    return needsFactsRows;
  }

  /** The questions asked of rows that need facts, by the rows that ask them, most first. */
  List<Map.Entry<String, Asked>> questionsByRows() {
    List<Map.Entry<String, Asked>> out = new ArrayList<>(questions.entrySet());
    out.sort(Comparator.comparingLong((Map.Entry<String, Asked> e) -> -e.getValue().rows)
        .thenComparing(Map.Entry::getKey));
    return out;
  }

  /** The first {@value #MAX_LISTED_ROWS} rows that need facts, in input order. */
  List<ResultRow> rowsNeedingFacts() {
    return needingFacts;
  }

  /** The first {@value #MAX_LISTED_ERRORS} failed rows. */
  List<ResultRow> errors() {
    return errors;
  }

  long rowsWithStatedFacts() {
    return withFacts;
  }

  Set<String> lists() {
    return lists;
  }

  ObjectNode toJson() {
    ObjectNode doc = Json.object();
    ArrayNode listIds = doc.putArray("lists");
    ArrayNode versions = doc.putArray("listVersions");
    for (String id : lists) {
      listIds.add(id);
      versions.add(ListVersions.of(id));
    }
    doc.put("rows", rows);
    doc.put("failed", failed);
    ObjectNode byDecision = doc.putObject("decisions");
    decisions.forEach((d, n) -> byDecision.put(d.name(), n));
    doc.put("rowsWithStatedFacts", withFacts);
    ArrayNode cats = doc.putArray("categories");
    categories.forEach((c, n) -> {
      ObjectNode o = cats.addObject();
      o.put("category", c.digit());
      o.put("title", c.title());
      o.put("listed", n.listed);
      o.put("needsFacts", n.needsFacts);
      o.put("cyberSurveillance", n.cyberSurveillance);
    });
    ArrayNode ents = doc.putArray("entries");
    for (Map.Entry<ControlCode, Counts> e : entriesByRows()) {
      ObjectNode o = ents.addObject();
      o.put("entry", e.getKey().toString());
      o.put("listed", e.getValue().listed);
      o.put("needsFacts", e.getValue().needsFacts);
      o.put("cyberSurveillance", e.getValue().cyberSurveillance);
    }
    ObjectNode cyber = doc.putObject("cyberSurveillance");
    cyber.put("listedRows", cyberListed);
    ArrayNode cyberEntries = cyber.putArray("listedEntries");
    for (Map.Entry<ControlCode, Counts> e : cyberSurveillanceEntries()) {
      cyberEntries.addObject().put("entry", e.getKey().toString()).put("rows", e.getValue().cyberSurveillance);
    }
    cyber.put("article5Rows", article5Rows);
    ArrayNode indicators = cyber.putArray("article5Indicators");
    for (Map.Entry<String, Long> e : article5ByRows()) {
      indicators.addObject().put("indicator", e.getKey()).put("rows", e.getValue());
    }
    ObjectNode needs = doc.putObject("needsFacts");
    needs.put("rows", needsFactsRows);
    ArrayNode asked = needs.putArray("questions");
    for (Map.Entry<String, Asked> e : questionsByRows()) {
      asked.addObject().put("parameter", e.getKey()).put("question", e.getValue().question).put("rows", e.getValue().rows);
    }
    ArrayNode listed = needs.putArray("rowsListed");
    for (ResultRow r : needingFacts) {
      ObjectNode o = listed.addObject();
      o.put("line", r.line());
      o.put("id", r.id());
      o.put("code", r.code().map(ControlCode::toString).orElse(""));
      ArrayNode params = o.putArray("missingFacts");
      r.questions().forEach(q -> params.add(q.parameter()));
    }
    needs.put("rowsListedComplete", needingFacts.size() == needsFactsRows);
    ArrayNode errs = doc.putObject("errors").put("rows", failed).putArray("first");
    for (ResultRow r : errors) {
      errs.addObject().put("line", r.line()).put("id", r.id()).put("error", r.error());
    }
    return doc;
  }
}
