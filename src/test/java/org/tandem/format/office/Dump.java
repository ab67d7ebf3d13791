package org.tandem.format.office;

import java.util.ArrayList;
import java.util.List;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Code;

/** Segments of a document as lines, for golden files: part, paragraph, markup, then each code's type and kind. */
final class Dump {
  static final SrxSegmenter RULES = new SrxSegmenter();

  private Dump() {}

  static List<String> lines(ExtractedDocument doc) {
    List<String> lines = new ArrayList<>();
    for (ExtractedSegment s : doc.segments()) {
      StringBuilder sb = new StringBuilder();
      sb.append(doc.parts().get(s.part()).name()).append(" p").append(s.para()).append(' ')
          .append(s.escaping()).append(": ").append(s.source().markup());
      for (Code c : s.source().codes()) {
        sb.append("  ").append(c.tag()).append('=').append(c.type());
      }
      lines.add(sb.toString());
    }
    return lines;
  }
}
