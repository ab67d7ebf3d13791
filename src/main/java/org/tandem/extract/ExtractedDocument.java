package org.tandem.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A source document and its segments in document order.
 *
 * @param bytes the file exactly as read
 * @param parts the texts the segments stand in (one for single-text formats), as decoded from {@code bytes}
 * @param segments the translatable segments, each with its part and its place in that part's text
 */
public record ExtractedDocument(byte[] bytes, List<DocumentPart> parts, List<ExtractedSegment> segments) {
  public ExtractedDocument {
    parts = List.copyOf(parts);
    segments = List.copyOf(segments);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a document has at least one part");
    }
  }

  /** The text of the first part: for Markdown, HTML and plain text the whole document. */
  public String text() {
    return parts.get(0).text();
  }

  /** Equal bytes, parts and segments (a record compares arrays by identity). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExtractedDocument d && Arrays.equals(bytes, d.bytes) && parts.equals(d.parts) && segments.equals(d.segments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(bytes), parts, segments);
  }

  @Override
  public String toString() {
    return "ExtractedDocument[" + bytes.length + " bytes, parts=" + parts + ", segments=" + segments + "]";
  }
}
