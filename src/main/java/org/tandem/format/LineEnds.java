package org.tandem.format;

import java.util.List;
import org.tandem.extract.Block;

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

  /**
   * Blocks aligned with {@link #asNewlines}'s text, as they stand in the original {@code text}: a
   * line break typed in a translation is written with a lone carriage return where the file uses one.
   */
  static List<Block> inOriginal(String text, List<Block> blocks) {
    if (!of(text).equals("\r")) {
      return blocks;
    }
    return blocks.stream().map(b -> new Block(b.para(), b.part(), b.atoms(), b.escaping(),
        b.lineBreak().replace('\n', '\r'))).toList();
  }
}
