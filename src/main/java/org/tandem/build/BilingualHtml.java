package org.tandem.build;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tandem.model.Lang;

/**
 * The bilingual edition of a chapter: an HTML page with the source and the translation side by side,
 * one row per block (heading, paragraph, list, quote, table), each cell marked with its language.
 */
public final class BilingualHtml {
  /** Marks the start of text shown in the source language because it is not translated yet. */
  public static final String UNTRANSLATED_START = "\uE000";
  /** Marks the end of such text. */
  public static final String UNTRANSLATED_END = "\uE001";
  /**
   * How a row's HTML starts text kept in the source language; the stretch ends at the matching
   * {@code </span>}. Rows do not know the chapter's language: editions add it ({@link #untranslatedLang}).
   */
  public static final String UNTRANSLATED_SPAN = "<span class=\"untranslated\">";

  private static final Pattern MARKED_FOOTNOTE = Pattern.compile("(?m)^" + UNTRANSLATED_START
      + "(\\[\\^[^\\]\n]+\\]:[ \t]*)");
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
          FootnoteExtension.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private BilingualHtml() {}

  /**
   * The page for one chapter.
   *
   * @param title the chapter's title for the page head
   * @param sourceLang the language of the rows' source side
   * @param rows the chapter's blocks in both languages
   * @param progress a line about the chapter's progress
   */
  public static String page(String title, Lang sourceLang, List<BilingualRow> rows, String progress) {
    Lang targetLang = sourceLang.other();
    StringBuilder html = new StringBuilder();
    html.append(HtmlPage.head(title, sourceLang))
        .append("<p class=\"meta\"><a href=\"../index.html\">\u2190</a> ")
        .append(escape(progress)).append("</p>\n")
        .append("<table class=\"bilingual\">\n<thead><tr>")
        .append("<th lang=\"").append(sourceLang.code()).append("\">").append(sourceLang.nativeName())
        .append("</th><th lang=\"").append(targetLang.code()).append("\">").append(targetLang.nativeName())
        .append("</th></tr></thead>\n<tbody>\n");
    for (BilingualRow row : rows) {
      html.append("<tr").append(row.heading() ? " class=\"heading\"" : "").append(">")
          .append("<td lang=\"").append(sourceLang.code()).append("\">").append(scopeIds(row.sourceHtml(), "s-"))
          .append("</td><td lang=\"").append(targetLang.code()).append("\">")
          .append(scopeIds(untranslatedLang(row.targetHtml(), sourceLang), "t-"))
          .append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").append(HtmlPage.FOOT).toString();
  }

  /**
   * A chapter's rows: one per top-level block of the source and the translated Markdown.
   *
   * @param sourceMd the source chapter
   * @param targetMd the translated chapter, untranslated stretches wrapped in the markers above
   * @return the rows; text in the markers becomes {@link #UNTRANSLATED_SPAN}...{@code </span>}
   */
  public static List<BilingualRow> rows(String sourceMd, String targetMd) {
    List<Block> left = blocks(sourceMd);
    // a footnote definition's segment starts at its label: the marker goes after it, or the definition is lost
    List<Block> right = blocks(MARKED_FOOTNOTE.matcher(targetMd).replaceAll("$1" + UNTRANSLATED_START));
    if (left.size() != right.size()) {
      // Structures differ (should not happen): show both whole rather than misalign rows.
      left = List.of(new Block(left.stream().map(Block::html).collect(Collectors.joining()), 0));
      right = List.of(new Block(right.stream().map(Block::html).collect(Collectors.joining()), 0));
    }
    List<BilingualRow> rows = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      rows.add(new BilingualRow(left.get(i).html(), markUntranslated(right.get(i).html()),
          left.get(i).headingLevel()));
    }
    return rows;
  }

  /** One top-level block rendered to HTML, with its heading level (0: not a heading). */
  record Block(String html, int headingLevel) {}

  /**
   * The top-level blocks of a Markdown document, each rendered to HTML. Each block is rendered from
   * its own text plus the document's link reference and footnote definitions: flexmark renders a
   * detached node without its links. So a block's footnotes follow it, in the same row, in both
   * languages; the definitions make no rows of their own.
   */
  static List<Block> blocks(String markdown) {
    Document doc = PARSER.parse(markdown);
    StringBuilder references = new StringBuilder();
    for (Node node : doc.getChildren()) {
      if (node instanceof Reference || node instanceof FootnoteBlock) {
        references.append('\n').append(node.getChars()).append('\n');
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Node node : doc.getChildren()) {
      if (node instanceof Reference || node instanceof FootnoteBlock) {
        continue;
      }
      String html = RENDERER.render(PARSER.parse(node.getChars() + "\n" + references)).strip();
      if (!html.isEmpty()) {
        blocks.add(new Block(html, node instanceof Heading h ? h.getLevel() : 0));
      }
    }
    return blocks;
  }

  private static String markUntranslated(String html) {
    return html.replace(UNTRANSLATED_START, UNTRANSLATED_SPAN).replace(UNTRANSLATED_END, "</span>");
  }

  /** A row fragment with its untranslated spans marked as being in {@code sourceLang} (for hyphenation, readers). */
  public static String untranslatedLang(String html, Lang sourceLang) {
    return html.replace(UNTRANSLATED_SPAN, "<span class=\"untranslated\" lang=\"" + sourceLang.code()
        + "\" title=\"not translated yet\">");
  }

  /**
   * A fragment whose ids (footnotes and their references) and links to them start with {@code prefix}:
   * both columns, and every chapter of an edition, number their footnotes from 1.
   */
  static String scopeIds(String html, String prefix) {
    return html.replace(" id=\"", " id=\"" + prefix).replace(" href=\"#", " href=\"#" + prefix);
  }

  /** Escapes text for HTML content and attribute values; other characters stay as they are (UTF-8). */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
