package org.tandem.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Writes a document in the target language by splicing translations into the source text at the
 * places the segments came from, part by part. Everything outside segments (markup, spacing, code,
 * character references) is copied unchanged, and a segment whose translation equals its source is
 * copied as written, so a document with every target equal to its source comes back character for
 * character. Text a translator typed is escaped for the place it goes to (Markdown, HTML, XML).
 */
public final class Reassembler {
  private Reassembler() {}

  /**
   * The text of a reassembled single-part document (Markdown, HTML, plain text).
   *
   * @param doc the source document and its segments
   * @param targets one entry per segment: the translation, or null to keep the source text
   * @param untranslated applied to the source text of every segment kept in the source language
   *     (for example to mark it); {@link UnaryOperator#identity()} for none
   */
  public static String render(ExtractedDocument doc, List<Content> targets, UnaryOperator<String> untranslated) {
    if (doc.parts().size() != 1) {
      throw new IllegalArgumentException("a document of " + doc.parts().size() + " parts has no single text");
    }
    return renderParts(doc, targets, untranslated).get(0);
  }

  /** The texts of every part of a reassembled document, in the order of {@link ExtractedDocument#parts()}. */
  public static List<String> renderParts(ExtractedDocument doc, List<Content> targets,
      UnaryOperator<String> untranslated) {
    if (targets.size() != doc.segments().size()) {
      throw new IllegalArgumentException(targets.size() + " targets for " + doc.segments().size() + " segments");
    }
    List<String> result = new ArrayList<>();
    for (int p = 0; p < doc.parts().size(); p++) {
      result.add(new PartSplice(doc.parts().get(p).text(), p, doc.segments(), targets, untranslated).render());
    }
    return result;
  }

  /** The translation of one segment without nested segments: its markup, or the source kept as written. */
  static String segment(String src, ExtractedSegment seg, Content target, Function<Code, String> codeText) {
    boolean md = seg.escaping() == Escaping.MARKDOWN;
    return markup(target, seg, startsLine(src, seg.start()), md ? enclosingQuote(src, seg) : "", codeText);
  }

  /** The markup for a translation: text escaped, line breaks continued, codes as in the source. */
  static String markup(Content target, ExtractedSegment seg, boolean atLineStart, String quote,
      Function<Code, String> codeText) {
    StringBuilder sb = new StringBuilder();
    boolean lineStart = atLineStart;
    boolean breaksLines = seg.lineBreak().contains("\n");
    String titleQuote = quote;
    for (Piece piece : target.pieces()) {
      if (piece instanceof Code code) {
        sb.append(codeText.apply(code));
        lineStart = false;
        titleQuote = seg.escaping() == Escaping.MARKDOWN ? titleQuote(code.data()) : "";
        continue;
      }
      String text = ((Text) piece).value();
      String[] lines = text.split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        if (l > 0) {
          sb.append(seg.lineBreak());
          lineStart = breaksLines;
        }
        String escaped = escape(lines[l], seg.escaping(), lineStart);
        // inside a link title, the title's own quote must not end it early
        sb.append(titleQuote.isEmpty() ? escaped : escaped.replace(titleQuote, "\\" + titleQuote));
        lineStart = lineStart && lines[l].isEmpty();
      }
    }
    return sb.toString();
  }

  /** The quote around a segment that is a whole link title ({@code [x]: url "Title"}), or "". */
  private static String enclosingQuote(String src, ExtractedSegment seg) {
    if (seg.start() == 0 || seg.end() >= src.length()) {
      return "";
    }
    char before = src.charAt(seg.start() - 1);
    return (before == '"' || before == '\'') && src.charAt(seg.end()) == before ? String.valueOf(before) : "";
  }

  /** The quote a link or image title opened by this code ends with, or "" when it opens none. */
  private static String titleQuote(String codeData) {
    if (codeData.startsWith("](") && (codeData.endsWith("\"") || codeData.endsWith("'"))) {
      return codeData.substring(codeData.length() - 1);
    }
    return "";
  }

  private static String escape(String text, Escaping escaping, boolean lineStart) {
    return switch (escaping) {
      case MARKDOWN -> MarkdownEscaper.escape(text, lineStart);
      case HTML, XML -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      case ATTRIBUTE -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          .replace("\"", "&quot;").replace("'", "&#39;");
      case UNQUOTED_ATTRIBUTE -> unquoted(text);
      case NONE -> text;
    };
  }

  /** An attribute value without quotes may hold no white space, quote, '=', '<', '>' or '`': all become references. */
  private static String unquoted(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '=' || c == '`' || Character.isWhitespace(c)) {
        sb.append("&#").append((int) c).append(';');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean startsLine(String src, int offset) {
    int i = offset - 1;
    while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || src.charAt(i) == '\n' || src.charAt(i) == '\uFEFF';
  }
}
