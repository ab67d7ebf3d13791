package org.tandem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.model.Publication;

class EditionDocxTest {
  /** A Turkish chapter: Turkish (the source) goes right, its German translation left. */
  private static final EditionChapter CHAPTER = new EditionChapter("c", Lang.TR, "Başlık", "Titel", List.of(
      new BilingualRow("<h2>Başlık</h2>", "<h2>Titel</h2>", 2),
      new BilingualRow("<p><strong>Kalın</strong> ve <em>eğik</em> <a href=\"https://example.org/ş\">bağ</a>.</p>",
          "<p><strong>Fett</strong> und " + BilingualHtml.UNTRANSLATED_SPAN + "<em>eğik</em></span> "
              + "<a href=\"https://example.org/ş\">Link</a>.</p>", 0),
      new BilingualRow("<ul>\n<li>bir</li>\n<li>iki</li>\n</ul>", "<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>", 0)),
      3, 1, 8, 1);

  @Test
  void germanLeftTurkishRightWithFormattingLinksAndLanguages() throws Exception {
    Edition edition = new Edition("Test", new Publication(Map.of(Lang.DE, "Titel", Lang.TR, "Başlık"),
        List.of("A"), "2026"), List.of(CHAPTER), List.of());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(EditionDocx.render(edition, null)))) {
      var table = doc.getTables().get(0);
      XWPFTableCell left = table.getRow(0).getCell(0);
      assertEquals("Heading2", left.getParagraphs().get(0).getStyle());
      assertEquals("Titel", left.getText());
      List<XWPFRun> de = table.getRow(1).getCell(0).getParagraphs().get(0).getRuns();
      assertEquals("Fett", de.get(0).text());
      assertTrue(de.get(0).isBold());
      XWPFRun untranslated = de.stream().filter(r -> r.text().equals("eğik")).findFirst().orElseThrow();
      assertTrue(untranslated.isItalic() && untranslated.isHighlighted());
      assertEquals("tr-TR", untranslated.getLang(), "untranslated text is in the original language");
      XWPFHyperlinkRun link = (XWPFHyperlinkRun) de.stream().filter(r -> r instanceof XWPFHyperlinkRun)
          .findFirst().orElseThrow();
      assertEquals("Link", link.text());
      assertEquals("https://example.org/ş", link.getHyperlink(doc).getURL());
      assertEquals("de-DE", de.get(0).getLang());
      List<XWPFRun> tr = table.getRow(1).getCell(1).getParagraphs().get(0).getRuns();
      assertTrue(tr.stream().allMatch(r -> "tr-TR".equals(r.getLang())));
      List<String> items = table.getRow(2).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertEquals(List.of("\u2022\tbir", "\u2022\tiki"), items);
    }
  }
}
