package org.tandem.build;

import java.util.List;
import java.util.function.UnaryOperator;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;

/**
 * A document of several parts (DOCX, ODT) as Markdown paragraphs for the bilingual page: each
 * paragraph's segments joined by spaces, text only (its formatting lives in the document itself).
 */
public final class SegmentParagraphs {
  private SegmentParagraphs() {}

  /**
   * The paragraphs as Markdown: the targets where there are some, the sources otherwise, passed
   * through {@code untranslated}; with {@code targets} null, the sources.
   */
  public static String markdown(ExtractedDocument doc, List<Content> targets, UnaryOperator<String> untranslated) {
    StringBuilder sb = new StringBuilder();
    int para = -1;
    for (int i = 0; i < doc.segments().size(); i++) {
      ExtractedSegment s = doc.segments().get(i);
      Content target = targets == null ? null : targets.get(i);
      String text = target != null ? target.plainText() : s.source().plainText();
      String escaped = MarkdownEscaper.escape(text.replace('\n', ' '), s.para() != para);
      sb.append(s.para() == para ? " " : sb.length() == 0 ? "" : "\n\n")
          .append(target == null && targets != null ? untranslated.apply(escaped) : escaped);
      para = s.para();
    }
    return sb.append('\n').toString();
  }
}
