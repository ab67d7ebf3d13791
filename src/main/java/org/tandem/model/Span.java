package org.tandem.model;

/**
 * A range of characters in a segment's plain text (its text without inline codes).
 *
 * @param start offset of the first character (UTF-16 index, as Java strings count)
 * @param end offset just after the last character
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The spanned text of {@code text}. */
  public String in(String text) {
    return text.substring(start, end);
  }
}
