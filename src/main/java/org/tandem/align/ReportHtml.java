package org.tandem.align;

import java.util.List;
import java.util.Locale;

/**
 * An alignment for people: one self-contained HTML page without scripts, the chapter and the
 * translation side by side as aligned, each pair's row coloured by confidence (green sure, yellow
 * doubtful, red unsure), sentences without a partner marked on their side, so a reviewer scrolls
 * through a long document and stops only at the colours that call for it.
 */
public final class ReportHtml {
  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; line-height: 1.45; color: #222; }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; }
      th { text-align: left; border-bottom: 2px solid #444; padding: .4rem .6rem; position: sticky; top: 0; background: #fff; }
      td { vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid #ddd; }
      td.n { width: 7rem; color: #555; font-size: .85rem; }
      col.meta { width: 8rem; }
      tr.sure td.c { background: #d9f2df; }
      tr.doubtful td.c { background: #fff1c2; }
      tr.unsure td.c { background: #f9d0cc; }
      tr.lone td.gap { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #eee 6px, #eee 12px); }
      tr.lone td.c { background: #e8e8f8; }
      p { margin: 0 0 .3rem 0; }
      .legend span { padding: .1rem .5rem; margin-right: .5rem; }
      """;

  private ReportHtml() {}

  /** The page. */
  public static String of(Report report) {
    StringBuilder sb = new StringBuilder();
    String title = "Alignment of " + report.chapter() + " with " + report.file();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title)).append("</h1>\n");
    summary(sb, report);
    sb.append("<table>\n<colgroup><col class=\"meta\"><col><col><col class=\"meta\"></colgroup>\n<thead><tr><th>segment</th><th>")
        .append(report.sourceLang().nativeName()).append("</th><th>").append(report.sourceLang().other().nativeName())
        .append("</th><th>confidence</th></tr></thead>\n<tbody>\n");
    for (Row row : report.rows()) {
      row(sb, row, report.threshold());
    }
    return sb.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
  }

  private static void summary(StringBuilder sb, Report report) {
    sb.append("<p>").append(report.count(Row.Action.TRANSLATED)).append(" pairs became translations (confidence ")
        .append(percent(report.threshold())).append(" or more), ").append(report.count(Row.Action.SUGGESTED))
        .append(" are only suggested, ").append(report.count(Row.Action.KEPT)).append(" kept their translation; ")
        .append(report.count(Row.Action.LEFT_OUT)).append(" source sentences have no partner (left out), ")
        .append(report.count(Row.Action.ADDED)).append(" sentences of the translation have none (added).</p>\n")
        .append("<p class=\"legend\"><span style=\"background:#d9f2df\">sure (80% or more)</span>")
        .append("<span style=\"background:#fff1c2\">doubtful</span><span style=\"background:#f9d0cc\">unsure:")
        .append(" check</span><span style=\"background:#e8e8f8\">no partner</span></p>\n");
  }

  private static void row(StringBuilder sb, Row row, double threshold) {
    boolean lone = row.keys().isEmpty() || row.targets().isEmpty();
    String cls = lone ? "lone" : row.confidence() >= 0.8 ? "sure" : row.confidence() >= threshold ? "doubtful"
        : "unsure";
    sb.append("<tr class=\"").append(cls).append("\"><td class=\"n\">").append(escape(String.join(" + ", row.keys())))
        .append("</td>");
    cell(sb, row.sources(), row.sources().isEmpty() ? "gap" : "c");
    cell(sb, row.targets(), row.targets().isEmpty() ? "gap" : "c");
    sb.append("<td class=\"n c\">").append(lone ? "" : percent(row.confidence())).append("<br>")
        .append(escape(row.action().id())).append(" ").append(row.shape()).append("</td></tr>\n");
  }

  private static void cell(StringBuilder sb, List<String> texts, String cls) {
    sb.append("<td class=\"").append(cls).append("\">");
    if (texts.isEmpty()) {
      sb.append("<em>(no partner)</em>");
    }
    for (String text : texts) {
      sb.append("<p>").append(escape(text)).append("</p>");
    }
    sb.append("</td>");
  }

  private static String percent(double confidence) {
    return String.format(Locale.ROOT, "%d%%", Math.round(confidence * 100));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
