package org.tandem.format;

/**
 * Line ends of text documents: LF, CR LF, or a carriage return alone (files from classic Mac
 * programs), which Okapi's filters read as newlines. Aligning works on the text with each lone
 * carriage return turned into a newline: one character for one, so every offset holds in the
 * original text, which the rebuilt document keeps.
 */
final class LineEnds {
  private LineEnds() {}

  /** {@code text} with every carriage return not followed by a newline replaced by a newline. */
  static String asNewlines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replaceAll("\r(?!\n)", "\n");
  }

  /** The line end the text uses: CR LF, a lone CR, or LF (also for a text of one line). */
  static String of(String text) {
    if (text.contains("\r\n")) {
      return "\r\n";
    }
    return text.indexOf('\r') >= 0 ? "\r" : "\n";
  }
}
