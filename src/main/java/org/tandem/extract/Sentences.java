package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Lang;

/** The step every format shares: a document's aligned paragraphs split into sentence segments by SRX rules. */
public final class Sentences {
  private Sentences() {}

  /** The segments of {@code doc}, written in {@code lang}, split with {@code rules}; thread-safe. */
  public static ExtractedDocument split(AlignedDocument doc, Lang lang, SrxSegmenter rules) {
    SentenceSplitter splitter = new SentenceSplitter(rules.engine(lang.code()));
    List<ExtractedSegment> segments = new ArrayList<>();
    for (Block block : doc.blocks()) {
      segments.addAll(splitter.split(block));
    }
    return new ExtractedDocument(doc.bytes(), doc.parts(), segments);
  }
}
