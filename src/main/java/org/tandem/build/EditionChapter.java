package org.tandem.build;

import java.util.List;
import org.tandem.model.Lang;

/**
 * One chapter of the whole-publication editions (single-page HTML, PDF, DOCX).
 *
 * @param id the chapter id (also the anchor of its section)
 * @param sourceLang the language the chapter was written in
 * @param sourceTitle the title in the source language
 * @param targetTitle the title in the other language (the source title while the heading is untranslated)
 * @param rows the chapter's blocks, source and translation
 * @param segments all segments of the chapter
 * @param untranslated segments shown in the source language (untranslated or out of date)
 * @param words source words of the chapter
 * @param untranslatedWords source words of the segments shown in the source language
 */
public record EditionChapter(String id, Lang sourceLang, String sourceTitle, String targetTitle,
    List<BilingualRow> rows, int segments, int untranslated, int words, int untranslatedWords) {
  public EditionChapter {
    rows = List.copyOf(rows);
  }

  /** The title in {@code lang}. */
  public String title(Lang lang) {
    return lang == sourceLang ? sourceTitle : targetTitle;
  }

  /** The language the title in {@code lang} is written in: the source language while it is untranslated. */
  public Lang titleLang(Lang lang) {
    return lang != sourceLang && targetTitle.equals(sourceTitle) ? sourceLang : lang;
  }

  /** The row's HTML in {@code lang}: the source side or the translated side. */
  public String html(BilingualRow row, Lang lang) {
    return lang == sourceLang ? row.sourceHtml() : BilingualHtml.untranslatedLang(row.targetHtml(), sourceLang);
  }
}
