package org.tandem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;

class BilingualHtmlTest {
  private static final String S = BilingualHtml.UNTRANSLATED_START;
  private static final String E = BilingualHtml.UNTRANSLATED_END;

  @Test
  void rowsPairBlocksWithHeadingLevels() {
    List<BilingualRow> rows = BilingualHtml.rows(
        "# Ehrenamt\n\nDie **Stadt** hilft.\n\n## Ziele\n\n- eins\n- zwei\n",
        "# Gönüllülük\n\n" + S + "Die **Stadt** hilft." + E + "\n\n## Hedefler\n\n- bir\n- iki\n");
    assertEquals(List.of(1, 0, 2, 0), rows.stream().map(BilingualRow::headingLevel).toList());
    assertEquals("<h1>Ehrenamt</h1>", rows.get(0).sourceHtml());
    assertEquals("<h1>Gönüllülük</h1>", rows.get(0).targetHtml());
    assertEquals("<p><span class=\"untranslated\">Die <strong>Stadt</strong> hilft.</span></p>",
        rows.get(1).targetHtml());
    assertEquals("<ul>\n<li>bir</li>\n<li>iki</li>\n</ul>", rows.get(3).targetHtml());
  }

  @Test
  void linksUseTheDocumentsReferenceDefinitions() {
    List<BilingualRow> rows = BilingualHtml.rows("Siehe [Amt][a].\n\n[a]: https://example.org\n",
        "Bkz. [daire][a].\n\n[a]: https://example.org\n");
    assertEquals(1, rows.size());
    assertEquals("<p>Bkz. <a href=\"https://example.org\">daire</a>.</p>", rows.get(0).targetHtml());
  }

  @Test
  void footnotesFollowTheBlockThatCitesThemInBothColumns() {
    List<BilingualRow> rows = BilingualHtml.rows("Die Stadt hilft.[^1]\n\n[^1]: Bericht 2021.\n\nEnde.\n",
        "Belediye yardım ediyor.[^1]\n\n[^1]: 2021 raporu.\n\nSon.\n");
    assertEquals(2, rows.size(), "the definition makes no row of its own");
    assertEquals(true, rows.get(0).targetHtml().contains("<li id=\"fn-1\">\n<p>2021 raporu.</p>"), rows.get(0).targetHtml());
    assertEquals(true, rows.get(0).sourceHtml().contains("class=\"footnote-ref\""), rows.get(0).sourceHtml());
    String page = BilingualHtml.page("T", Lang.DE, rows, "x");
    assertEquals(true, page.contains("id=\"s-fn-1\"") && page.contains("id=\"t-fn-1\"")
        && page.contains("href=\"#t-fn-1\""), "ids unique per column");
  }

  @Test
  void pageMarksUntranslatedTextInTheSourceLanguage() {
    String page = BilingualHtml.page("T", Lang.DE,
        List.of(new BilingualRow("<p>Ja</p>", "<p>" + BilingualHtml.UNTRANSLATED_SPAN + "Ja</span></p>", 0)), "x");
    assertEquals(true, page.contains("<td lang=\"tr\"><p><span class=\"untranslated\" lang=\"de\""));
  }
}
