package org.tandem.build;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.tandem.model.Lang;

/**
 * Writes one row's HTML fragment (headings, paragraphs, lists, quotes, code) as Word paragraphs: bold,
 * italic, strike-through, code and links kept, every run tagged with its language, text kept in the
 * source language highlighted and tagged with that language.
 */
final class DocxCell {
  private static final int INDENT = 360; // twentieths of a point: a quarter inch per list or quote level

  private final Supplier<XWPFParagraph> next;
  private final Lang lang;
  private final Lang untranslatedLang;
  private final Path base;

  /**
   * @param next hands out the next empty paragraph of the cell
   * @param lang the column's language
   * @param untranslatedLang the language of text shown untranslated in this column
   * @param base the folder image paths are relative to, or null to show images as their alt text
   */
  DocxCell(Supplier<XWPFParagraph> next, Lang lang, Lang untranslatedLang, Path base) {
    this.next = next;
    this.lang = lang;
    this.untranslatedLang = untranslatedLang;
    this.base = base;
  }

  /** Writes the fragment. */
  void write(String html) {
    blocks(Jsoup.parseBodyFragment(html).body(), 0);
  }

  private void blocks(Element parent, int indent) {
    XWPFParagraph loose = null; // inline content directly in a block container
    for (Node node : parent.childNodes()) {
      if (node instanceof Element e && isBlock(e)) {
        loose = null;
        block(e, indent);
      } else if (!(node instanceof TextNode t && t.isBlank())) {
        if (loose == null) {
          loose = paragraph(indent);
        }
        inline(loose, node, Format.PLAIN.in(lang));
      }
    }
  }

  private void block(Element e, int indent) {
    String tag = e.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        XWPFParagraph p = paragraph(indent);
        p.setStyle(EditionDocx.headingStyle(tag.charAt(1) - '0'));
        inlines(p, e, Format.PLAIN.in(lang));
      }
      case "ul", "ol" -> list(e, indent, tag.equals("ol"));
      case "blockquote" -> blocks(e, indent + INDENT);
      case "pre" -> inlines(paragraph(indent), e, Format.PLAIN.in(lang).withCode());
      case "table" -> table(e, indent);
      case "hr" -> paragraph(indent).createRun().setText("\u2015\u2015\u2015");
      default -> {
        if (e.children().stream().anyMatch(DocxCell::isBlock)) {
          blocks(e, indent);
        } else {
          inlines(paragraph(indent), e, Format.PLAIN.in(lang));
        }
      }
    }
  }

  private void list(Element list, int indent, boolean ordered) {
    int number = ordered && !list.attr("start").isEmpty() ? Integer.parseInt(list.attr("start")) : 1;
    for (Element item : list.children()) {
      XWPFParagraph p = paragraph(indent + INDENT);
      p.setIndentationHanging(INDENT);
      run(p, Format.PLAIN.in(lang), (ordered ? number++ + "." : "\u2022") + "\t");
      for (Node child : item.childNodes()) {
        if (child instanceof Element e && isBlock(e) && !e.normalName().equals("p")) {
          block(e, indent + INDENT);
        } else if (child instanceof Element e && e.normalName().equals("p")) {
          inlines(p, e, Format.PLAIN.in(lang));
        } else {
          inline(p, child, Format.PLAIN.in(lang));
        }
      }
    }
  }

  /** A table inside a block: one line per row, cells separated by a vertical bar. */
  private void table(Element table, int indent) {
    for (Element row : table.select("tr")) {
      XWPFParagraph p = paragraph(indent);
      boolean first = true;
      for (Element cell : row.children()) {
        if (!first) {
          run(p, Format.PLAIN.in(lang), " | ");
        }
        inlines(p, cell, cell.normalName().equals("th") ? Format.PLAIN.in(lang).withBold() : Format.PLAIN.in(lang));
        first = false;
      }
    }
  }

  private void inlines(XWPFParagraph p, Element e, Format format) {
    for (Node child : e.childNodes()) {
      inline(p, child, format);
    }
  }

  private void inline(XWPFParagraph p, Node node, Format format) {
    if (node instanceof TextNode t) {
      run(p, format, format.code() ? t.getWholeText() : t.text());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    switch (e.normalName()) {
      case "strong", "b" -> inlines(p, e, format.withBold());
      case "em", "i" -> inlines(p, e, format.withItalic());
      case "del", "s", "strike" -> inlines(p, e, format.withStrike());
      case "code" -> inlines(p, e, format.withCode());
      case "br" -> run(p, format, "\n");
      case "img" -> {
        if (!DocxImages.add(p, base, e.attr("src"), e.attr("alt"))) {
          run(p, format, "[" + e.attr("alt") + "]");
        }
      }
      case "a" -> link(p, e, format);
      case "sup" -> inlines(p, e, format.withSuperscript());
      case "span" -> inlines(p, e, e.hasClass("untranslated") ? format.withUntranslated(untranslatedLang) : format);
      default -> inlines(p, e, format);
    }
  }

  /** A web link as a Word hyperlink; a link within the page (a footnote's) as its text, its way back not at all. */
  private void link(XWPFParagraph p, Element a, Format format) {
    String href = a.attr("href");
    if (a.hasClass("footnote-backref")) {
      return;
    }
    inlines(p, a, href.isEmpty() || href.startsWith("#") ? format : format.withLink(href));
  }

  private static void run(XWPFParagraph p, Format f, String text) {
    if (text.isEmpty()) {
      return;
    }
    XWPFRun run = f.link() == null ? p.createRun() : p.createHyperlinkRun(f.link());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    run.setLang(f.lang().code() + (f.lang() == Lang.DE ? "-DE" : "-TR"));
    if (f.bold()) {
      run.setBold(true); // only when set: an explicit "off" would override the heading style's bold
    }
    if (f.italic()) {
      run.setItalic(true);
    }
    if (f.strike()) {
      run.setStrikeThrough(true);
    }
    if (f.code()) {
      run.setFontFamily("Courier New");
    }
    if (f.superscript()) {
      run.setVerticalAlignment("superscript");
    }
    if (f.link() != null) {
      run.setColor("1F4E8C");
      run.setUnderline(UnderlinePatterns.SINGLE);
    }
    if (f.untranslated()) {
      run.setTextHighlightColor("yellow");
    }
  }

  private XWPFParagraph paragraph(int indent) {
    XWPFParagraph p = next.get();
    if (indent > 0) {
      p.setIndentationLeft(indent);
    }
    return p;
  }

  private static boolean isBlock(Element e) {
    return switch (e.normalName()) {
      case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "div" -> true;
      default -> false;
    };
  }

  /** The formatting in force at a point of the fragment. */
  private record Format(boolean bold, boolean italic, boolean strike, boolean code, String link, Lang lang,
      boolean untranslated, boolean superscript) {
    static final Format PLAIN = new Format(false, false, false, false, null, Lang.DE, false, false);

    Format in(Lang l) {
      return new Format(bold, italic, strike, code, link, l, untranslated, superscript);
    }

    Format withBold() {
      return new Format(true, italic, strike, code, link, lang, untranslated, superscript);
    }

    Format withItalic() {
      return new Format(bold, true, strike, code, link, lang, untranslated, superscript);
    }

    Format withStrike() {
      return new Format(bold, italic, true, code, link, lang, untranslated, superscript);
    }

    Format withCode() {
      return new Format(bold, italic, strike, true, link, lang, untranslated, superscript);
    }

    Format withLink(String href) {
      return new Format(bold, italic, strike, code, href, lang, untranslated, superscript);
    }

    Format withSuperscript() {
      return new Format(bold, italic, strike, code, link, lang, untranslated, true);
    }

    Format withUntranslated(Lang l) {
      return new Format(bold, italic, strike, code, link, l, true, superscript);
    }
  }
}
