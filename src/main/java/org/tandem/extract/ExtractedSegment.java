package org.tandem.extract;

import org.tandem.model.Content;

/**
 * A segment found in a source document, with the place it came from.
 *
 * @param para the paragraph number, from 1
 * @param source the segment's content
 * @param start offset of the segment's first character in the source text
 * @param end offset after its last character
 * @param lineBreak what a line break typed in a translation becomes in this paragraph: a newline
 *     with the paragraph's indentation or quote markers, or a space where the paragraph is one line
 * @param html true when the segment stands in an HTML block, where text is escaped as HTML
 */
public record ExtractedSegment(int para, Content source, int start, int end, String lineBreak, boolean html) {}
