package org.tandem.extract;

import org.tandem.model.Content;

/**
 * A segment found in a source document, with the place it came from.
 *
 * @param para the paragraph number, from 1, counted over the whole document
 * @param source the segment's content
 * @param start offset of the segment's first character in its part's text
 * @param end offset after its last character
 * @param lineBreak what a line break typed in a translation becomes in this paragraph: a newline
 *     with the paragraph's indentation or quote markers, a space where the paragraph is one line, or
 *     the format's markup for a line break
 * @param escaping how typed text is escaped at this place
 * @param part the index of the part (in {@link ExtractedDocument#parts()}) the segment stands in
 */
public record ExtractedSegment(int para, Content source, int start, int end, String lineBreak, Escaping escaping,
    int part) {
  /** A segment of a single-part document. */
  public ExtractedSegment(int para, Content source, int start, int end, String lineBreak, Escaping escaping) {
    this(para, source, start, end, lineBreak, escaping, 0);
  }
}
