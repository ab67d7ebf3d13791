package org.tandem.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;

/**
 * The editable edition: the publication as a Word document for editors who finish the layout there.
 * Title page, a table of contents field, per chapter a two-column table (German | Turkish) whose
 * headings use Word's heading styles (navigation pane, table of contents), every run tagged with its
 * language, the glossary as a table, page numbers in the footer.
 */
public final class EditionDocx {
  private static final Lang L = Edition.LEFT;
  private static final Lang R = Edition.RIGHT;

  private EditionDocx() {}

  /** The style id of a heading level (1..6), as Word names its built-in heading styles. */
  static String headingStyle(int level) {
    return "Heading" + Math.min(Math.max(level, 1), 6);
  }

  /**
   * The document's bytes.
   *
   * @param edition the publication
   * @param base the folder the rows' image paths are relative to (the edition's), or null for no images
   */
  public static byte[] render(Edition edition, Path base) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      DocxStyles.add(doc);
      page(doc);
      titlePage(doc, edition);
      contents(doc, edition);
      for (EditionChapter chapter : edition.chapters()) {
        chapter(doc, chapter, base);
      }
      glossary(doc, edition.glossary());
      footer(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(907));
    mar.setRight(BigInteger.valueOf(907));
  }

  private static void titlePage(XWPFDocument doc, Edition e) {
    XWPFParagraph top = doc.createParagraph();
    top.setSpacingBefore(3600);
    for (Lang lang : List.of(L, R)) {
      XWPFParagraph p = lang == L ? top : doc.createParagraph();
      p.setStyle("Title");
      p.setAlignment(ParagraphAlignment.CENTER);
      DocxStyles.run(p, lang, e.title(lang));
    }
    for (String line : front(e)) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingBefore(240);
      p.createRun().setText(line);
    }
    pageBreak(doc);
    XWPFParagraph back = doc.createParagraph();
    back.setSpacingBefore(7200);
    for (Imprint.Line line : Imprint.lines(e)) {
      XWPFParagraph p = line.lang() == Lang.DE ? back : doc.createParagraph();
      XWPFRun run = DocxStyles.run(p, line.lang(), line.text());
      if (line.missing()) {
        run.setTextHighlightColor("yellow");
      }
    }
    pageBreak(doc);
  }

  private static List<String> front(Edition e) {
    List<String> lines = new ArrayList<>(e.publication().authors());
    if (!e.publication().date().isEmpty()) {
      lines.add(e.publication().date());
    }
    return lines;
  }

  /** A table of contents field over the heading 1 paragraphs, listing the chapters until Word updates it. */
  private static void contents(XWPFDocument doc, Edition e) {
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("TOCHeading");
    title.createRun().setText(EditionHtml.CONTENTS_DE + " \u00b7 " + EditionHtml.CONTENTS_TR);
    List<String> entries = e.chapters().stream().map(c -> c.title(L) + " \u00b7 " + c.title(R))
        .collect(Collectors.toCollection(ArrayList::new));
    if (!e.glossary().isEmpty()) {
      entries.add(EditionHtml.GLOSSARY_DE + " \u00b7 " + EditionHtml.GLOSSARY_TR);
    }
    DocxStyles.tocField(doc, entries);
    doc.getSettings().getCTSettings().addNewUpdateFields().setVal(true);
  }

  private static void chapter(XWPFDocument doc, EditionChapter c, Path base) {
    pageBreak(doc);
    XWPFTable table = doc.createTable(c.rows().size(), 2);
    twoColumns(table);
    for (int i = 0; i < c.rows().size(); i++) {
      BilingualRow row = c.rows().get(i);
      XWPFTableRow tr = table.getRow(i);
      tr.setCantSplitRow(row.heading());
      cell(tr.getCell(0), c.html(row, L), L, c.sourceLang(), base);
      cell(tr.getCell(1), c.html(row, R), R, c.sourceLang(), base);
    }
  }

  private static void cell(XWPFTableCell cell, String html, Lang lang, Lang sourceLang, Path base) {
    List<XWPFParagraph> handedOut = new ArrayList<>();
    new DocxCell(() -> {
      XWPFParagraph p = handedOut.isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
      handedOut.add(p);
      return p;
    }, lang, sourceLang, base).write(html);
  }

  private static void twoColumns(XWPFTable table) {
    table.setWidthType(TableWidthType.PCT);
    table.setWidth("100%");
    table.removeBorders();
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "BBBBBB");
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        cell.setWidthType(TableWidthType.PCT);
        cell.setWidth("50%");
      }
    }
  }

  private static void glossary(XWPFDocument doc, List<Concept> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    pageBreak(doc);
    XWPFParagraph heading = doc.createParagraph();
    heading.setStyle(headingStyle(1));
    heading.createRun().setText(EditionHtml.GLOSSARY_DE + " \u00b7 " + EditionHtml.GLOSSARY_TR);
    XWPFTable table = doc.createTable(concepts.size() + 1, 3);
    table.setWidthType(TableWidthType.PCT);
    table.setWidth("100%");
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    DocxStyles.run(head.getCell(0).getParagraphs().get(0), Lang.DE, "Deutsch").setBold(true);
    DocxStyles.run(head.getCell(1).getParagraphs().get(0), Lang.TR, "T\u00fcrk\u00e7e").setBold(true);
    head.getCell(2).getParagraphs().get(0).createRun().setText("Anmerkung \u00b7 Not");
    head.getCell(2).getParagraphs().get(0).getRuns().get(0).setBold(true);
    for (int i = 0; i < concepts.size(); i++) {
      Concept concept = concepts.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      terms(row.getCell(0).getParagraphs().get(0), concept, Lang.DE);
      terms(row.getCell(1).getParagraphs().get(0), concept, Lang.TR);
      row.getCell(2).getParagraphs().get(0).createRun().setText(concept.note());
    }
  }

  private static void terms(XWPFParagraph p, Concept concept, Lang lang) {
    List<Term> allowed = concept.allowed(lang);
    for (int i = 0; i < allowed.size(); i++) {
      if (i > 0) {
        DocxStyles.run(p, lang, ", ");
      }
      XWPFRun run = DocxStyles.run(p, lang, allowed.get(i).text());
      if (i == 0) {
        run.setBold(true);
      }
    }
  }

  private static void footer(XWPFDocument doc) {
    XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  private static void pageBreak(XWPFDocument doc) {
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
  }
}
