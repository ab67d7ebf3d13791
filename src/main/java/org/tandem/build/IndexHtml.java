package org.tandem.build;

import java.util.List;
import java.util.Map;
import org.tandem.model.Lang;

/** The edition's start page: every chapter with its titles in both languages, progress and links. */
public final class IndexHtml {
  /**
   * One chapter's line on the start page.
   *
   * @param id the chapter id
   * @param title the chapter's title (its first heading)
   * @param translatedTitle the title in the other language (the original title while it is untranslated)
   * @param sourceLang the original language
   * @param percent per cent of words translated
   * @param bilingualHref link to the bilingual page, relative to the index
   * @param translationHref link to the translated Markdown, relative to the index
   */
  public record Entry(String id, String title, String translatedTitle, Lang sourceLang, int percent,
      String bilingualHref, String translationHref) {
    /** The title in {@code lang}. */
    public String title(Lang lang) {
      return lang == sourceLang ? title : translatedTitle;
    }
  }

  private IndexHtml() {}

  /** The page listing {@code entries}, with links to the whole-publication {@code editions} (relative hrefs). */
  public static String page(String publication, List<Entry> entries, Map<EditionFormat, String> editions) {
    StringBuilder html = new StringBuilder(HtmlPage.head(publication, Lang.DE));
    html.append("<p class=\"meta\">");
    if (!editions.isEmpty()) {
      html.append("Ganze Ausgabe \u00b7 <span lang=\"tr\">T\u00fcm yay\u0131n</span>:");
      editions.forEach((format, href) -> html.append(" <a href=\"").append(BilingualHtml.escape(href)).append("\">")
          .append(format.extension().toUpperCase(java.util.Locale.ROOT)).append("</a>"));
      html.append(" \u00b7 ");
    }
    html.append("<a href=\"status.html\">Status</a></p>\n");
    html.append("<table class=\"chapters\">\n<thead><tr><th>Kapitel</th><th lang=\"tr\">B\u00f6l\u00fcm</th>")
        .append("<th>Original</th><th>Progress</th><th></th></tr></thead>\n<tbody>\n");
    for (Entry e : entries) {
      html.append("<tr>");
      for (Lang lang : List.of(Lang.DE, Lang.TR)) {
        // a title not translated yet is the original one: said so, and in its own language
        boolean untranslated = lang != e.sourceLang() && e.translatedTitle().equals(e.title());
        html.append("<td lang=\"").append((untranslated ? e.sourceLang() : lang).code()).append("\"")
            .append(untranslated ? " class=\"untranslated\" title=\"not translated yet\"" : "").append("><a href=\"")
            .append(BilingualHtml.escape(e.bilingualHref())).append("\">").append(BilingualHtml.escape(e.title(lang)))
            .append("</a></td>");
      }
      html.append("<td>").append(e.sourceLang().nativeName()).append(" \u2192 ")
          .append(e.sourceLang().other().nativeName()).append("</td><td><span class=\"bar\"><span style=\"width:")
          .append(e.percent()).append("%\"></span></span> ").append(e.percent()).append("%</td><td><a href=\"")
          .append(BilingualHtml.escape(e.translationHref())).append("\">Markdown (")
          .append(e.sourceLang().other().code()).append(")</a></td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").append(HtmlPage.FOOT).toString();
  }
}
