package org.tandem.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;

/**
 * The single-page HTML edition of the whole publication: title page, its back (how much is missing),
 * table of contents, every chapter with German left and Turkish right (a table row per block pair, so
 * each pair starts on the same line), and the glossary. Well-formed XHTML with print CSS: the PDF is
 * rendered from exactly this page, and a browser's print dialogue gives the same layout.
 */
public final class EditionHtml {
  private static final Lang L = Edition.LEFT;
  private static final Lang R = Edition.RIGHT;
  private static final String CSS = css();
  static final String CONTENTS_DE = "Inhalt";
  static final String CONTENTS_TR = "\u0130\u00e7indekiler";
  static final String GLOSSARY_DE = "Glossar";
  static final String GLOSSARY_TR = "Terimler s\u00f6zl\u00fc\u011f\u00fc";

  private EditionHtml() {}

  /** The page for {@code edition}. */
  public static String page(Edition edition) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(L.code())
        .append("\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").append(esc(edition.title(L)))
        .append(" \u2013 ").append(esc(edition.title(R))).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    titlePage(h, edition);
    contents(h, edition);
    for (EditionChapter chapter : edition.chapters()) {
      chapter(h, chapter);
    }
    glossary(h, edition.glossary());
    return h.append("</body>\n</html>\n").toString();
  }

  private static void titlePage(StringBuilder h, Edition e) {
    h.append("<div class=\"front\">\n<section class=\"title-page\">\n");
    h.append("<p class=\"title\" lang=\"de\">").append(esc(e.title(Lang.DE))).append("</p>\n");
    h.append("<p class=\"title\" lang=\"tr\">").append(esc(e.title(Lang.TR))).append("</p>\n");
    h.append("<div class=\"rule\"></div>\n");
    for (String author : e.publication().authors()) {
      h.append("<p class=\"authors\">").append(esc(author)).append("</p>\n");
    }
    if (!e.publication().date().isEmpty()) {
      h.append("<p class=\"date\">").append(esc(e.publication().date())).append("</p>\n");
    }
    h.append("</section>\n<section class=\"title-back\">\n");
    for (Imprint.Line line : Imprint.lines(e)) {
      h.append("<p").append(line.missing() ? " class=\"missing\"" : "").append(" lang=\"").append(line.lang().code())
          .append("\">").append(esc(line.text())).append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static void contents(StringBuilder h, Edition e) {
    h.append("<nav class=\"toc\">\n<h2 class=\"part\">").append(CONTENTS_DE).append(" \u00b7 <span lang=\"tr\">")
        .append(CONTENTS_TR).append("</span>")
        .append("</h2>\n<ol>\n");
    for (EditionChapter c : e.chapters()) {
      h.append("<li><a href=\"#").append(anchor(c.id())).append("\">").append(title(c, L, ""))
          .append("<br />").append(title(c, R, "tr")).append("</a></li>\n");
    }
    if (!e.glossary().isEmpty()) {
      h.append("<li><a href=\"#glossary\">").append(GLOSSARY_DE).append("<br /><span class=\"tr\" lang=\"tr\">")
          .append(GLOSSARY_TR).append("</span></a></li>\n");
    }
    h.append("</ol>\n</nav>\n</div>\n");
  }


  private static void chapter(StringBuilder h, EditionChapter c) {
    h.append("<section class=\"chapter\" id=\"").append(anchor(c.id())).append("\">\n")
        .append("<div class=\"running\">").append(title(c, R, "tr")).append(title(c, L, "")).append("</div>\n")
        .append("<table class=\"bilingual\"><colgroup><col /><col /></colgroup>\n<tbody>\n");
    for (BilingualRow row : c.rows()) {
      h.append(row.heading() ? "<tr class=\"heading\">" : "<tr>")
          .append("<td class=\"left\" lang=\"").append(L.code()).append("\">")
          .append(Xhtml.fragment(BilingualHtml.scopeIds(c.html(row, L), anchor(c.id()) + "-l-"))).append("</td>")
          .append("<td class=\"right\" lang=\"").append(R.code()).append("\">")
          .append(Xhtml.fragment(BilingualHtml.scopeIds(c.html(row, R), anchor(c.id()) + "-r-"))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** A chapter title as a span in its language, marked while it is not translated. */
  private static String title(EditionChapter c, Lang lang, String cssClass) {
    Lang written = c.titleLang(lang);
    String classes = (cssClass + (written != lang ? " untranslated" : "")).strip();
    return "<span" + (classes.isEmpty() ? "" : " class=\"" + classes + "\"") + " lang=\"" + written.code() + "\">"
        + esc(c.title(lang)) + "</span>";
  }

  private static void glossary(StringBuilder h, List<Concept> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    h.append("<section class=\"glossary\" id=\"glossary\">\n<div class=\"running\"><span class=\"tr\" lang=\"tr\">")
        .append(GLOSSARY_TR).append("</span><span>").append(GLOSSARY_DE).append("</span></div>\n")
        .append("<h2 class=\"part\">").append(GLOSSARY_DE).append(" \u00b7 <span lang=\"tr\">").append(GLOSSARY_TR)
        .append("</span></h2>\n<table class=\"glossary\"><colgroup><col class=\"de\" /><col class=\"tr\" /><col />")
        .append("</colgroup>\n<thead><tr><th lang=\"de\">Deutsch</th><th lang=\"tr\">T\u00fcrk\u00e7e</th>")
        .append("<th>Anmerkung \u00b7 <span lang=\"tr\">Not</span></th></tr></thead>\n<tbody>\n");
    for (Concept concept : concepts) {
      h.append("<tr><td lang=\"de\">").append(terms(concept, Lang.DE)).append("</td><td lang=\"tr\">")
          .append(terms(concept, Lang.TR)).append("</td><td>").append(esc(concept.note())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** The allowed terms, the preferred one first and in bold; forbidden terms are not printed. */
  private static String terms(Concept concept, Lang lang) {
    List<Term> allowed = concept.allowed(lang);
    return allowed.stream().map(t -> t == allowed.get(0) ? "<span class=\"preferred\">" + esc(t.text()) + "</span>"
        : esc(t.text())).collect(Collectors.joining(", "));
  }

  /** The id of a chapter's section (chapter ids are already safe; the prefix keeps them apart from others). */
  static String anchor(String chapterId) {
    return "ch-" + chapterId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }

  static String esc(String text) {
    return BilingualHtml.escape(text);
  }

  private static String css() {
    try (InputStream in = EditionHtml.class.getResourceAsStream("edition.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
