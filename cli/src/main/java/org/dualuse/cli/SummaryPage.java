package org.dualuse.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.code.Category;
import org.dualuse.core.code.ControlCode;

/**
 * A {@link BatchSummary} as one static HTML page: no server, no script, no external style sheet or
 * font; the bars are CSS boxes whose widths are the counts' shares, so the page opens offline, prints,
 * and can be attached to a report as it is. Every text from the input (ids, questions, errors) is
 * escaped. Stateless.
 */
final class SummaryPage {
  /** Entries shown in the table; the JSON has them all. */
  static final int ENTRIES_SHOWN = 30;
  /** Rows needing facts shown by id; the JSON lists up to {@link BatchSummary#MAX_LISTED_ROWS}. */
  static final int ROWS_SHOWN = 100;

  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:64em;color:#222;padding:0 1em}
      h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}
      table{border-collapse:collapse;margin:.5em 0}th,td{padding:2px 10px 2px 0;text-align:left;vertical-align:top}
      th{font-weight:600;border-bottom:1px solid #ccc}td.n{text-align:right;font-variant-numeric:tabular-nums}
      .bar{display:flex;width:22em;height:.9em;background:#f1f1f1;margin-top:.25em}.bar span{display:block;height:100%}
      .listed{background:#b03a2e}.facts{background:#e59866}.not{background:#7fb3d5}.cyber{background:#6c3483}
      .a5{background:#a569bd}.err{background:#999}.key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}
      .note{color:#555;font-size:.92em}code{font-size:.95em}
      """;

  private SummaryPage() {}

  static String of(BatchSummary s) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Dual-use screening summary</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Dual-use screening summary</h1>\n<p>");
    if (s.lists().isEmpty()) {
      h.append("No row was classified.");
    } else {
      h.append("Screened against ");
      int i = 0;
      for (String id : s.lists()) {
        h.append(i++ > 0 ? ", " : "").append("<code>").append(esc(id)).append("</code>");
        String version = ListVersions.of(id);
        if (!version.isEmpty()) {
          h.append(" (in force from ").append(esc(version)).append(')');
        }
      }
      h.append('.');
    }
    h.append(" Rows: ").append(n(s.rows())).append("; failed: ").append(n(s.failed()))
        .append("; with stated facts: ").append(n(s.rowsWithStatedFacts())).append(".</p>\n");

    decisions(h, s);
    categories(h, s);
    entries(h, s);
    cyberSurveillance(h, s);
    needsFacts(h, s);
    errors(h, s);

    h.append("<p class=\"note\">A screening aid with its evidence, not a licensing decision: a person reviews what it "
        + "says, above all rows that need facts and every Article 5 indicator (a due-diligence signal for unlisted "
        + "cyber-surveillance items, never a classification). Made by <code>dualuse</code>; the full counts are in "
        + "the JSON file beside this page.</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void decisions(StringBuilder h, BatchSummary s) {
    h.append("<h2>Decisions</h2>\n<table>\n<tr><th>decision</th><th>rows</th><th>share</th><th></th></tr>\n");
    long total = Math.max(1, s.rows());
    Map<Decision, Long> d = s.decisions();
    row(h, "LISTED", d.get(Decision.LISTED), total, "listed");
    row(h, "NEEDS_FACTS", d.get(Decision.NEEDS_FACTS), total, "facts");
    row(h, "NOT_LISTED", d.get(Decision.NOT_LISTED), total, "not");
    row(h, "failed (error)", s.failed(), total, "err");
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String label, long count, long total, String css) {
    h.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(n(count))
        .append("</td><td class=\"n\">").append(percent(count, total)).append("</td><td>")
        .append(bar(total, new long[] {count}, new String[] {css})).append("</td></tr>\n");
  }

  private static void categories(StringBuilder h, BatchSummary s) {
    h.append("<h2>By category</h2>\n<p class=\"key\">Rows whose decision rests on a code of the category:"
        + "<span class=\"listed\"></span>listed<span class=\"facts\"></span>needs facts</p>\n");
    h.append("<table>\n<tr><th>category</th><th>listed</th><th>needs facts</th><th>of which cyber-surveillance</th>"
        + "<th></th></tr>\n");
    long max = 1;
    for (BatchSummary.Counts c : s.categories().values()) {
      max = Math.max(max, c.total());
    }
    for (Map.Entry<Category, BatchSummary.Counts> e : s.categories().entrySet()) {
      BatchSummary.Counts c = e.getValue();
      h.append("<tr><td>").append(e.getKey().digit()).append(" ").append(esc(e.getKey().title())).append("</td><td class=\"n\">")
          .append(n(c.listed)).append("</td><td class=\"n\">").append(n(c.needsFacts)).append("</td><td class=\"n\">")
          .append(n(c.cyberSurveillance)).append("</td><td>")
          .append(bar(max, new long[] {c.listed, c.needsFacts}, new String[] {"listed", "facts"})).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void entries(StringBuilder h, BatchSummary s) {
    List<Map.Entry<ControlCode, BatchSummary.Counts>> all = s.entriesByRows();
    h.append("<h2>By entry</h2>\n");
    if (all.isEmpty()) {
      h.append("<p>No row rests on a code.</p>\n");
      return;
    }
    long max = Math.max(1, all.get(0).getValue().total());
    h.append("<table>\n<tr><th>entry</th><th>listed</th><th>needs facts</th><th></th></tr>\n");
    for (Map.Entry<ControlCode, BatchSummary.Counts> e : all.subList(0, Math.min(ENTRIES_SHOWN, all.size()))) {
      BatchSummary.Counts c = e.getValue();
      h.append("<tr><td><code>").append(esc(e.getKey().toString())).append("</code>")
          .append(c.cyberSurveillance > 0 ? " (cyber-surveillance)" : "").append("</td><td class=\"n\">")
          .append(n(c.listed)).append("</td><td class=\"n\">").append(n(c.needsFacts)).append("</td><td>")
          .append(bar(max, new long[] {c.listed, c.needsFacts}, new String[] {"listed", "facts"})).append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (all.size() > ENTRIES_SHOWN) {
      h.append("<p class=\"note\">").append(n(all.size() - ENTRIES_SHOWN))
          .append(" more entries with fewer rows are in the JSON summary.</p>\n");
    }
  }

  private static void cyberSurveillance(StringBuilder h, BatchSummary s) {
    h.append("<h2>Cyber-surveillance items</h2>\n<p>Listed cyber-surveillance items (Article 2(20)): <b>")
        .append(n(s.cyberSurveillanceListed())).append("</b> rows. Unlisted rows with Article 5 indicators: <b>")
        .append(n(s.article5Rows())).append("</b> rows (counted apart: an indicator is a due-diligence signal, "
            + "not a classification).</p>\n");
    List<Map.Entry<ControlCode, BatchSummary.Counts>> entries = s.cyberSurveillanceEntries();
    if (!entries.isEmpty()) {
      long max = Math.max(1, entries.get(0).getValue().cyberSurveillance);
      h.append("<table>\n<tr><th>listed item, entry</th><th>rows</th><th></th></tr>\n");
      for (Map.Entry<ControlCode, BatchSummary.Counts> e : entries) {
        long c = e.getValue().cyberSurveillance;
        h.append("<tr><td><code>").append(esc(e.getKey().toString())).append("</code></td><td class=\"n\">")
            .append(n(c)).append("</td><td>").append(bar(max, new long[] {c}, new String[] {"cyber"}))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    List<Map.Entry<String, Long>> indicators = s.article5ByRows();
    if (!indicators.isEmpty()) {
      long max = Math.max(1, indicators.get(0).getValue());
      h.append("<table>\n<tr><th>Article 5 indicator</th><th>rows</th><th></th></tr>\n");
      for (Map.Entry<String, Long> e : indicators) {
        h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(n(e.getValue()))
            .append("</td><td>").append(bar(max, new long[] {e.getValue()}, new String[] {"a5"})).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  private static void needsFacts(StringBuilder h, BatchSummary s) {
    h.append("<h2>Rows still needing facts</h2>\n<p><b>").append(n(s.needsFactsRows()))
        .append("</b> rows fit a code whose conditions only facts can decide. Stating the facts (a fact column, or "
            + "<code>--fact</code>) decides them.</p>\n");
    List<Map.Entry<String, BatchSummary.Asked>> asked = s.questionsByRows();
    if (!asked.isEmpty()) {
      long max = Math.max(1, asked.get(0).getValue().rows);
      h.append("<table>\n<tr><th>question</th><th>fact</th><th>rows</th><th></th></tr>\n");
      for (Map.Entry<String, BatchSummary.Asked> e : asked) {
        h.append("<tr><td>").append(esc(e.getValue().question)).append("</td><td><code>").append(esc(e.getKey()))
            .append("</code></td><td class=\"n\">").append(n(e.getValue().rows)).append("</td><td>")
            .append(bar(max, new long[] {e.getValue().rows}, new String[] {"facts"})).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    List<ResultRow> rows = s.rowsNeedingFacts();
    if (!rows.isEmpty()) {
      h.append("<table>\n<tr><th>line</th><th>id</th><th>code</th><th>facts needed</th></tr>\n");
      for (ResultRow r : rows.subList(0, Math.min(ROWS_SHOWN, rows.size()))) {
        h.append("<tr><td class=\"n\">").append(r.line()).append("</td><td>").append(esc(r.id() == null ? "" : r.id()))
            .append("</td><td><code>").append(esc(r.code().map(ControlCode::toString).orElse(""))).append("</code></td><td>")
            .append(esc(String.join("; ", r.questions().stream().map(ResultRow.Question::parameter).toList())))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (s.needsFactsRows() > ROWS_SHOWN) {
        h.append("<p class=\"note\">The first ").append(ROWS_SHOWN).append(" of ").append(n(s.needsFactsRows()))
            .append(" rows; the JSON summary lists ").append(n(rows.size()))
            .append(", the results file has them all.</p>\n");
      }
    }
  }

  private static void errors(StringBuilder h, BatchSummary s) {
    if (s.failed() == 0) {
      return;
    }
    h.append("<h2>Rows that failed</h2>\n<p>").append(n(s.failed()))
        .append(" rows have no classification; their records in the results say why. The first ones:</p>\n<table>\n"
            + "<tr><th>line</th><th>id</th><th>error</th></tr>\n");
    for (ResultRow r : s.errors()) {
      h.append("<tr><td class=\"n\">").append(r.line()).append("</td><td>").append(esc(r.id() == null ? "" : r.id()))
          .append("</td><td>").append(esc(r.error())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** A bar of stacked parts, each as wide as its share of {@code max}. */
  private static String bar(long max, long[] parts, String[] css) {
    StringBuilder b = new StringBuilder("<div class=\"bar\">");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] > 0) {
        b.append("<span class=\"").append(css[i]).append("\" style=\"width:")
            .append(String.format(Locale.ROOT, "%.2f", 100.0 * parts[i] / max)).append("%\"></span>");
      }
    }
    return b.append("</div>").toString();
  }

  private static String percent(long count, long total) {
    return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / total);
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** Text as HTML shows it: the five characters that could start markup or end an attribute escaped. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
