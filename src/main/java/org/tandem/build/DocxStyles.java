package org.tandem.build;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.tandem.model.Lang;

/**
 * The paragraph styles of the DOCX edition, under the ids and names of Word's built-in styles
 * ("Heading1" named "heading 1", with an outline level), so that Word and LibreOffice treat the
 * headings as headings: navigation pane, navigator, table of contents.
 */
final class DocxStyles {
  private DocxStyles() {}

  /** Adds Normal, Title, TOCHeading and Heading1..Heading6 to the document. */
  static void add(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(style("Normal", "Normal", -1, 20, false));
    styles.addStyle(style("Title", "Title", -1, 44, true));
    styles.addStyle(style("TOCHeading", "TOC Heading", -1, 28, true));
    int[] sizes = {32, 26, 22, 20, 20, 20};
    for (int level = 1; level <= 6; level++) {
      styles.addStyle(style(EditionDocx.headingStyle(level), "heading " + level, level - 1, sizes[level - 1], true));
    }
  }

  private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints, boolean bold) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    if (!id.equals("Normal")) {
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
    } else {
      style.setDefault(true);
    }
    CTPPrGeneral ppr = style.addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.valueOf(outlineLevel >= 0 ? 80 : 60));
    if (outlineLevel >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
      ppr.addNewKeepNext();
    }
    CTRPr rpr = style.addNewRPr();
    if (bold) {
      rpr.addNewB();
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    return new XWPFStyle(style);
  }

  /** A run of text in {@code lang} at the end of the paragraph. */
  static XWPFRun run(XWPFParagraph p, Lang lang, String text) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setLang(tag(lang));
    return run;
  }

  /** The language tag Word's proofing uses. */
  static String tag(Lang lang) {
    return lang == Lang.DE ? "de-DE" : "tr-TR";
  }

  /**
   * A TOC field over the level 1 headings; until Word or LibreOffice updates it (Word asks on
   * opening), it shows {@code entries}.
   */
  static void tocField(XWPFDocument doc, List<String> entries) {
    XWPFParagraph first = doc.createParagraph();
    fieldChar(first, STFldCharType.BEGIN);
    first.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
    fieldChar(first, STFldCharType.SEPARATE);
    XWPFParagraph p = first;
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        p = doc.createParagraph();
      }
      p.createRun().setText(entries.get(i));
    }
    fieldChar(p, STFldCharType.END);
  }

  private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
    CTFldChar c = p.createRun().getCTR().addNewFldChar();
    c.setFldCharType(type);
  }
}
