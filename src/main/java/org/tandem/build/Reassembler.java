package org.tandem.build;

import java.util.List;
import java.util.function.UnaryOperator;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Writes a document in the target language by splicing translations into the source text at the
 * places the segments came from. Everything outside segments (Markdown syntax, spacing, code, HTML,
 * character references) is copied unchanged, and a segment whose translation equals its source is
 * copied as written, so a document with every target equal to its source comes back byte for byte.
 */
public final class Reassembler {
  private Reassembler() {}

  /**
   * The reassembled document.
   *
   * @param doc the source document and its segments
   * @param targets one entry per segment: the translation, or null to keep the source text
   * @param untranslated applied to the source text of every segment kept in the source language
   *     (for example to mark it); {@link UnaryOperator#identity()} for none
   */
  public static String render(ExtractedDocument doc, List<Content> targets, UnaryOperator<String> untranslated) {
    if (targets.size() != doc.segments().size()) {
      throw new IllegalArgumentException(targets.size() + " targets for " + doc.segments().size() + " segments");
    }
    String src = doc.text();
    StringBuilder out = new StringBuilder(src.length() + src.length() / 4);
    int pos = 0;
    for (int i = 0; i < targets.size(); i++) {
      ExtractedSegment seg = doc.segments().get(i);
      Content target = targets.get(i);
      out.append(src, pos, seg.start());
      String original = src.substring(seg.start(), seg.end());
      if (target == null) {
        out.append(untranslated.apply(original));
      } else if (target.equals(seg.source())) {
        out.append(original);
      } else {
        out.append(markdown(target, seg, startsLine(src, seg.start()), enclosingQuote(src, seg)));
      }
      pos = seg.end();
    }
    return out.append(src, pos, src.length()).toString();
  }

  /** The Markdown for a translation: text escaped, line breaks continued, codes as in the source. */
  static String markdown(Content target, ExtractedSegment seg, boolean atLineStart, String quote) {
    StringBuilder sb = new StringBuilder();
    boolean lineStart = atLineStart;
    boolean breaksLines = seg.lineBreak().contains("\n");
    String titleQuote = quote;
    for (Piece piece : target.pieces()) {
      if (piece instanceof Code code) {
        sb.append(code.data());
        lineStart = false;
        titleQuote = titleQuote(code.data());
        continue;
      }
      String text = ((Text) piece).value();
      String[] lines = text.split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        if (l > 0) {
          sb.append(seg.lineBreak());
          lineStart = breaksLines;
        }
        String escaped = seg.html() ? escapeHtml(lines[l]) : MarkdownEscaper.escape(lines[l], lineStart);
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

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static boolean startsLine(String src, int offset) {
    int i = offset - 1;
    while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || src.charAt(i) == '\n' || src.charAt(i) == '\uFEFF';
  }
}
