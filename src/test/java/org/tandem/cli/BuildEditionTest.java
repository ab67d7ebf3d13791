package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.build.EditionFonts;
import org.tandem.model.TandemException;

/** {@code build --edition}: the whole publication as HTML, PDF and DOCX, checked as a reader would. */
class BuildEditionTest {
  private static final String NAME = "integration-vor-ort-yerinde-uyum";
  private static final List<String> DE_TITLES = List.of("Altena und die Kraft des Ehrenamts",
      "Sprachkurse in der Pandemie", "Berufsausbildung und Beschäftigung in Sultanbeyli");
  private static final List<String> TR_TITLES = List.of("Altena ve gönüllülüğün gücü",
      "Şişli'de Suriyeli Mültecilerle Yerel Dayanışma");

  @TempDir static Path tmp;
  static Path dir;
  static CliRun run;

  @BeforeAll
  static void buildAll() throws Exception {
    dir = Workspaces.sample(tmp.resolve("ws"));
    run = tandem(dir, "build", "--edition", "all", "-q");
  }

  static boolean fontFound() {
    try {
      EditionFonts.find(null);
      return true;
    } catch (TandemException e) {
      return false;
    }
  }

  @Test
  void thePdfHasTheTitlePageContentsChaptersAndGlossaryInAnEmbeddedFont() throws Exception {
    assumeTrue(fontFound(), "no system font for the PDF edition: apt-get install fonts-dejavu-core");
    assertEquals(0, run.exit(), run.toString());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("build/edition/" + NAME + ".pdf").toFile())) {
      List<String> pages = pages(pdf);
      assertTrue(pages.size() >= 10, pages.size() + " pages");
      assertTrue(pages.get(0).contains("Yerinde Uyum: Almanya ve Türkiye’de Belediyeler"), pages.get(0));
      assertTrue(pages.get(0).contains("Integration vor Ort: Kommunen in Deutschland und der Türkei"), pages.get(0));
      assertTrue(pages.get(1).contains("105 von 310 Textabschnitten"), "the back of the title page: " + pages.get(1));
      assertTrue(pages.get(1).contains("toplam 310 metin biriminden 105 tanesi"), pages.get(1));
      String all = String.join("\n", pages);
      for (String word : List.of("İstihdam", "Türkçe", "kayıtlı", "„", "“", "ğ", "ş", "ı")) {
        assertTrue(all.contains(word), "extractable: " + word);
      }
      assertTrue(pages.get(pages.size() - 1).contains("Terimler sözlüğü") || all.contains("Glossar"), "glossary");
      List<String> links = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
        }
        for (var annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      assertTrue(links.stream().anyMatch(l -> l.startsWith("https://")), "web links kept: " + links);
    }
  }

  @Test
  void theContentsGiveThePagesWhereTheChaptersStart() throws Exception {
    assumeTrue(fontFound(), "no system font for the PDF edition: apt-get install fonts-dejavu-core");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("build/edition/" + NAME + ".pdf").toFile())) {
      List<String> pages = pages(pdf);
      String contents = pages.get(2);
      for (String title : DE_TITLES) {
        Matcher m = Pattern.compile(Pattern.quote(title) + " [^\\d]*?\\.\\.+ ?(\\d+)").matcher(contents);
        assertTrue(m.find(), title + " in the contents: " + contents);
        int page = Integer.parseInt(m.group(1));
        assertTrue(pages.get(page - 1).contains(title), title + " on page " + page);
        if (page - 2 > 2) { // the page before is not the contents
          assertFalse(pages.get(page - 2).contains(title), title + " starts on page " + page + ", not before");
        }
      }
    }
  }

  @Test
  void theDocxHasWordHeadingsAndALanguagePerColumn() throws Exception {
    assertEquals(0, run.exit(), run.toString());
    byte[] bytes = Files.readAllBytes(dir.resolve("build/edition/" + NAME + ".docx"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
      assertEquals("heading 2", doc.getStyles().getStyle("Heading2").getName());
      List<String> headings = new ArrayList<>();
      int columnRuns = 0;
      for (XWPFTable table : doc.getTables().subList(0, 7)) {
        for (var row : table.getRows()) {
          columnRuns += checkLanguage(row.getCell(0), "de-DE", headings) + checkLanguage(row.getCell(1), "tr-TR", headings);
        }
      }
      assertTrue(columnRuns > 500, columnRuns + " runs");
      assertTrue(headings.containsAll(DE_TITLES), headings.toString());
      assertTrue(headings.containsAll(TR_TITLES), headings.toString());
      XWPFTable glossary = doc.getTables().get(7);
      String kommune = glossary.getRows().stream().filter(r -> r.getCell(0).getText().startsWith("Kommune"))
          .map(r -> r.getCell(1).getText()).findFirst().orElseThrow();
      assertEquals("belediye", kommune, "forbidden terms (komün) are not listed");
      assertTrue(doc.getParagraphs().get(0).getText().contains("Integration vor Ort"), "title page");
    }
  }

  /** Asserts every run of a cell is in the column's language, or highlighted as untranslated; returns the runs. */
  private static int checkLanguage(XWPFTableCell cell, String lang, List<String> headings) {
    int runs = 0;
    for (XWPFParagraph p : cell.getParagraphs()) {
      if ("Heading1".equals(p.getStyle())) {
        headings.add(p.getText());
      }
      for (XWPFRun r : p.getRuns()) {
        boolean untranslated = r.isHighlighted();
        assertTrue(untranslated ? !lang.equals(r.getLang()) : lang.equals(r.getLang()),
            r.getLang() + " for '" + r.text() + "' in the " + lang + " column");
        runs++;
      }
    }
    return runs;
  }

  @Test
  void theHtmlEditionIsWellFormedAndLinkedFromTheIndex() throws Exception {
    assertEquals(0, run.exit(), run.toString());
    Path html = dir.resolve("build/edition/" + NAME + ".html");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setNamespaceAware(true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(html.toFile());
    assertEquals(7, doc.getElementsByTagName("section").getLength() - 3, "seven chapters, title page, back, glossary");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile());
    assertEquals(7, page.select("section.chapter").size());
    assertEquals("de", page.select("section.chapter td.left").first().attr("lang"));
    assertEquals("tr", page.select("section.chapter td.right").first().attr("lang"));
    String index = Files.readString(dir.resolve("build/index.html"));
    for (String ext : List.of("html", "pdf", "docx")) {
      assertTrue(!fontFound() && ext.equals("pdf") || index.contains("href=\"edition/" + NAME + "." + ext + "\""), index);
    }
    assertTrue(index.contains(">Altena ve gönüllülüğün gücü</a>"), "the index shows the translated title");
  }

  @Test
  void footnotesFollowTheirParagraphInEveryEdition() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("footnotes"));
    Path chapter = tmp.resolve("fussnoten.md");
    Files.writeString(chapter, "# Fußnoten\n\nDie Stadt half 2021 über 300 Familien.[^1] Das war viel.\n\n"
        + "[^1]: Jahresbericht der Stadt, S. 12.\n\nDer letzte Absatz.\n");
    assertEquals(0, tandem(ws, "add", chapter.toString(), "--lang", "de").exit());
    CliRun r = tandem(ws, "build", "-q", "--edition", "html,docx");
    assertEquals(0, r.exit(), r.toString());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(ws.resolve("build/edition/" + NAME + ".html").toFile());
    var section = page.select("section#ch-fussnoten").first();
    assertEquals(3, section.select("tr").size(), "title, the paragraph with its footnote, the last paragraph");
    assertEquals("Jahresbericht der Stadt, S. 12.", section.select("td.left li[id] p").text());
    assertEquals("#ch-fussnoten-r-fn-1", section.select("td.right a.footnote-ref").attr("href"));
    assertEquals(1, page.select("[id=ch-fussnoten-r-fn-1]").size(), "ids are unique in the edition");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(ws.resolve("build/edition/" + NAME + ".docx")))) {
      XWPFTable table = doc.getTables().get(7);
      assertTrue(table.getRow(1).getCell(1).getText().contains("Jahresbericht der Stadt, S. 12."),
          table.getRow(1).getCell(1).getText());
    }
  }

  @Test
  void imagesBesideAChapterAppearInTheEditions() throws Exception {
    assumeTrue(fontFound(), "no system font for the PDF edition: apt-get install fonts-dejavu-core");
    Path ws = Workspaces.sample(tmp.resolve("images"));
    Path chapter = tmp.resolve("bilder.md");
    Files.writeString(chapter, "# Bilder\n\nDas Rathaus:\n\n![Rathaus](bilder/rathaus.png)\n");
    assertEquals(0, tandem(ws, "add", chapter.toString(), "--lang", "de").exit());
    String file = org.tandem.store.Workspace.open(ws).config().chapter("bilder").orElseThrow().file();
    Path image = ws.resolve(file).resolveSibling("bilder/rathaus.png");
    Files.createDirectories(image.getParent());
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png", image.toFile());
    CliRun r = tandem(ws, "build", "-q", "--edition", "all");
    assertEquals(0, r.exit(), r.toString());
    Path html = ws.resolve("build/edition/" + NAME + ".html");
    String src = org.jsoup.Jsoup.parse(html.toFile()).select("section#ch-bilder td.left img").attr("src");
    assertTrue(Files.isRegularFile(html.getParent().resolve(src)), src + " from the HTML edition");
    try (PDDocument pdf = Loader.loadPDF(ws.resolve("build/edition/" + NAME + ".pdf").toFile())) {
      int images = 0;
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertTrue(images >= 1, "the image is in the PDF");
    }
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(ws.resolve("build/edition/" + NAME + ".docx")))) {
      int pictures = 0;
      for (var row : doc.getTables().get(7).getRows()) {
        for (var cell : row.getTableCells()) {
          for (XWPFParagraph p : cell.getParagraphs()) {
            pictures += p.getRuns().stream().mapToInt(run -> run.getEmbeddedPictures().size()).sum();
          }
        }
      }
      assertEquals(2, pictures, "the image in both columns of the DOCX");
    }
  }

  @Test
  void aMissingFontStopsTheBuildBeforeAnythingIsWritten() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("nofont"));
    CliRun r = tandem(ws, "build", "--edition", "pdf", "--font", ws.resolve("missing.ttf").toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("missing.ttf: font file not found"), r.err());
    assertFalse(Files.exists(ws.resolve("build")), "nothing written");
  }

  @Test
  void requireCompleteRefusesTheEdition() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("strict"));
    CliRun r = tandem(ws, "build", "--edition", "docx", "--require-complete", "altena-ehrenamt");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("pandemie-sprachkurse (44 untranslated or out of date)"), r.err());
    assertFalse(Files.exists(ws.resolve("build")), "nothing written");
  }

  private static List<String> pages(PDDocument pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
    }
    return pages;
  }
}
