package org.tandem.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tandem.model.Lang;
import org.tandem.model.State;

/**
 * The progress report as a page people look at: per chapter a bar of its words by segment state, the
 * terminology findings per chapter and rule, and a burn-up chart of translated and reviewed words over
 * the git history. Inline SVG, no script.
 */
public final class StatusHtml {
  private static final Map<State, String> COLOURS = Map.of(State.NEW, "#d0d0d0", State.NEEDS_UPDATE, "#e8a33d",
      State.TRANSLATED, "#8cc98c", State.REVIEWED, "#3a8f5a", State.FINAL, "#1f5e3a");
  private static final int BAR = 360;

  /**
   * One chapter's line.
   *
   * @param id the chapter id
   * @param sourceLang the original language
   * @param words source words per state
   * @param findings terminology findings per rule id
   */
  public record Chapter(String id, Lang sourceLang, Map<State, Integer> words, Map<String, Integer> findings) {}

  private StatusHtml() {}

  /** The page. */
  public static String page(String publication, List<Chapter> chapters, List<BurnPoint> history) {
    StringBuilder h = new StringBuilder(HtmlPage.head(publication + " \u2013 Status", Lang.DE));
    h.append("<h2>Words by state</h2>\n<p class=\"meta\">").append(legend()).append("</p>\n")
        .append("<table class=\"chapters\">\n<thead><tr><th>Chapter</th><th>Original</th><th>Words</th>")
        .append("<th>State of the words</th><th>Done</th></tr></thead>\n<tbody>\n");
    for (Chapter c : chapters) {
      int total = c.words().values().stream().mapToInt(Integer::intValue).sum();
      int done = c.words().entrySet().stream().filter(e -> e.getKey().isDone()).mapToInt(Map.Entry::getValue).sum();
      h.append("<tr><td>").append(esc(c.id())).append("</td><td>").append(c.sourceLang().code()).append(" \u2192 ")
          .append(c.sourceLang().other().code()).append("</td><td>").append(total).append("</td><td>")
          .append(bar(c.words(), total)).append("</td><td>").append(total == 0 ? 100 : 100L * done / total)
          .append("%</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    findings(h, chapters);
    burnUp(h, history);
    return h.append(HtmlPage.FOOT).toString();
  }

  private static String legend() {
    StringBuilder s = new StringBuilder();
    for (State state : State.values()) {
      s.append("<svg width=\"10\" height=\"10\" role=\"img\" aria-label=\"").append(state.id())
          .append("\"><rect width=\"10\" height=\"10\" fill=\"").append(COLOURS.get(state)).append("\"/></svg> ")
          .append(state.id()).append(" &#160; ");
    }
    return s.toString();
  }

  /** A stacked bar of the words per state, each part titled with its state and words in words. */
  static String bar(Map<State, Integer> words, int total) {
    StringBuilder s = new StringBuilder("<svg class=\"state-bar\" width=\"" + BAR + "\" height=\"14\" role=\"img\">");
    StringBuilder label = new StringBuilder();
    double x = 0;
    for (State state : State.values()) {
      int n = words.getOrDefault(state, 0);
      if (n == 0 || total == 0) {
        continue;
      }
      double w = BAR * (double) n / total;
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %d words"
          + "</title></rect>", x, w, COLOURS.get(state), state.id(), n));
      label.append(label.length() == 0 ? "" : ", ").append(n).append(' ').append(state.id());
      x += w;
    }
    return s.append("<title>").append(label).append("</title></svg> <span class=\"meta\">").append(label)
        .append("</span>").toString();
  }

  private static void findings(StringBuilder h, List<Chapter> chapters) {
    SortedSet<String> rules = new TreeSet<>();
    chapters.forEach(c -> rules.addAll(c.findings().keySet()));
    h.append("<h2>Terminology findings</h2>\n");
    if (rules.isEmpty()) {
      h.append("<p>No findings.</p>\n");
      return;
    }
    h.append("<table class=\"chapters findings\">\n<thead><tr><th>Chapter</th>");
    rules.forEach(r -> h.append("<th>").append(esc(r)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (Chapter c : chapters) {
      h.append("<tr><td>").append(esc(c.id())).append("</td>");
      rules.forEach(r -> h.append("<td>").append(c.findings().getOrDefault(r, 0)).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void burnUp(StringBuilder h, List<BurnPoint> history) {
    h.append("<h2>Burn-up</h2>\n");
    if (history.isEmpty()) {
      h.append("<p>No history: the workspace is not in a git repository, or no commit changed segments/.</p>\n");
      return;
    }
    h.append(BurnUpSvg.chart(history)).append('\n');
    BurnPoint last = history.get(history.size() - 1);
    h.append("<p class=\"meta\">").append(history.size()).append(" commits from ").append(day(history.get(0)))
        .append(" to ").append(day(last)).append("; now ").append(last.translated()).append(" of ")
        .append(last.words()).append(" words translated, ").append(last.reviewed()).append(" reviewed.</p>\n");
  }

  static String day(BurnPoint p) {
    return Instant.ofEpochSecond(p.epochSecond()).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String esc(String s) {
    return BilingualHtml.escape(s);
  }
}
