package org.tandem.build;

import java.util.List;
import org.tandem.model.Lang;

/** The edition's start page: every chapter with its languages, progress and links. */
public final class IndexHtml {
  /**
   * One chapter's line on the start page.
   *
   * @param id the chapter id
   * @param title the chapter's title (its first heading)
   * @param sourceLang the original language
   * @param percent per cent of words translated
   * @param bilingualHref link to the bilingual page, relative to the index
   * @param translationHref link to the translated Markdown, relative to the index
   */
  public record Entry(String id, String title, Lang sourceLang, int percent, String bilingualHref,
      String translationHref) {}

  private IndexHtml() {}

  /** The page listing {@code entries}. */
  public static String page(String publication, List<Entry> entries) {
    StringBuilder html = new StringBuilder(HtmlPage.head(publication, Lang.DE));
    html.append("<table class=\"chapters\">\n<thead><tr><th>Chapter / Kapitel / Bölüm</th><th>Original</th>")
        .append("<th>Progress</th><th></th></tr></thead>\n<tbody>\n");
    for (Entry e : entries) {
      html.append("<tr><td lang=\"").append(e.sourceLang().code()).append("\"><a href=\"")
          .append(BilingualHtml.escape(e.bilingualHref())).append("\">").append(BilingualHtml.escape(e.title()))
          .append("</a></td><td>").append(e.sourceLang().nativeName()).append(" \u2192 ")
          .append(e.sourceLang().other().nativeName()).append("</td><td><span class=\"bar\"><span style=\"width:")
          .append(e.percent()).append("%\"></span></span> ").append(e.percent()).append("%</td><td><a href=\"")
          .append(BilingualHtml.escape(e.translationHref())).append("\">Markdown (")
          .append(e.sourceLang().other().code()).append(")</a></td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").append(HtmlPage.FOOT).toString();
  }
}
