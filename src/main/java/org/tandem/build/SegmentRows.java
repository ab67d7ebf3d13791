package org.tandem.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * The rows of the bilingual edition for a chapter in any format: one row per paragraph, made of its
 * segments, inline codes shown as the formatting their type names (bold, italic, underline, links,
 * line breaks) and nothing else of the document's own markup.
 */
public final class SegmentRows {
  private static final Pattern HREF = Pattern.compile("(?i)href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");

  private SegmentRows() {}

  /**
   * The rows of {@code doc}.
   *
   * @param targets one per segment: its translation, or null for text still in the source language
   * @param headingLevel a paragraph's heading level (1 to 6), or 0, given its first segment
   */
  public static List<BilingualRow> rows(ExtractedDocument doc, List<Content> targets,
      ToIntFunction<ExtractedSegment> headingLevel) {
    List<BilingualRow> rows = new ArrayList<>();
    StringBuilder source = new StringBuilder();
    StringBuilder target = new StringBuilder();
    ExtractedSegment first = null;
    for (int i = 0; i < doc.segments().size(); i++) {
      ExtractedSegment seg = doc.segments().get(i);
      first = first == null ? seg : first;
      if (!source.isEmpty()) {
        source.append(' ');
        target.append(' ');
      }
      source.append(html(seg.source()));
      Content t = targets.get(i);
      target.append(t == null ? BilingualHtml.UNTRANSLATED_SPAN + html(seg.source()) + "</span>" : html(t));
      boolean last = i + 1 == doc.segments().size() || doc.segments().get(i + 1).para() != seg.para();
      if (last) {
        int level = Math.max(0, Math.min(6, headingLevel.applyAsInt(first)));
        String tag = level > 0 ? "h" + level : "p";
        rows.add(new BilingualRow(element(tag, source), element(tag, target), level));
        source.setLength(0);
        target.setLength(0);
        first = null;
      }
    }
    return rows;
  }

  private static String element(String tag, CharSequence html) {
    return "<" + tag + ">" + html + "</" + tag + ">";
  }

  /** Content as HTML: text escaped, line breaks kept, codes as the formatting they stand for. */
  static String html(Content content) {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : content.pieces()) {
      if (piece instanceof Text t) {
        sb.append(BilingualHtml.escape(t.value()).replace("\n", "<br>"));
      } else {
        sb.append(code((Code) piece));
      }
    }
    return sb.toString();
  }

  private static String code(Code code) {
    String type = code.type().toLowerCase(Locale.ROOT);
    String tag = switch (type) {
      case "bold", "b", "strong", "x-bold" -> "b";
      case "italic", "i", "em", "x-italic", "emphasis" -> "i";
      case "underline", "u", "x-underline" -> "u";
      case "link", "a", "x-link" -> "a";
      case "br", "lb", "x-lb", "linebreak", "x-linebreak" -> "br";
      default -> "";
    };
    if (tag.equals("br")) {
      return code.kind() == CodeKind.CLOSE ? "" : "<br>";
    }
    if (tag.isEmpty() || code.kind() == CodeKind.PLACEHOLDER) {
      return "";
    }
    if (code.kind() == CodeKind.CLOSE) {
      return "</" + tag + ">";
    }
    return tag.equals("a") ? link(code.data()) : "<" + tag + ">";
  }

  /** An opening link with the target the code's data holds, when it holds one that is safe to follow. */
  private static String link(String data) {
    Matcher m = HREF.matcher(data);
    if (!m.find()) {
      return "<a>";
    }
    String href = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    String scheme = href.toLowerCase(Locale.ROOT).strip();
    if (scheme.startsWith("javascript:") || scheme.startsWith("data:") || scheme.startsWith("vbscript:")) {
      return "<a>";
    }
    // the value is already written as in an attribute (references kept); quotes cannot be in it
    return "<a href=\"" + href.replace("\"", "&quot;").replace("<", "&lt;") + "\">";
  }
}
