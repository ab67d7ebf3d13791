package org.tandem.extract;

import java.util.List;

/**
 * A source document and its segments in document order.
 *
 * @param text the document's text exactly as read from the file
 * @param segments the translatable segments, with their places in {@code text}
 */
public record ExtractedDocument(String text, List<ExtractedSegment> segments) {
  public ExtractedDocument {
    segments = List.copyOf(segments);
  }
}
