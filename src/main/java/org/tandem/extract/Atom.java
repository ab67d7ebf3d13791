package org.tandem.extract;

import org.tandem.model.Code;

/**
 * The smallest aligned piece of a source paragraph: a span of its part's text and what it means,
 * either text as a reader sees it or an inline code.
 *
 * @param start offset of the span in the part's text
 * @param end offset after the span
 * @param text the characters the span stands for (empty for a line prefix such as "> "), or null for a code
 * @param code the inline code the span stands for, or null for text; its id is the filter's, paired
 *     codes share one
 */
public record Atom(int start, int end, String text, Code code) {
  /** True for an inline code. */
  public boolean isCode() {
    return code != null;
  }

  boolean isBlankText() {
    return text != null && text.isBlank();
  }
}
