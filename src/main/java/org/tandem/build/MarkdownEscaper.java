package org.tandem.build;

import org.tandem.extract.CharacterReferences;

/**
 * Escapes text a translator typed so that Markdown shows it literally: a "*" stays an asterisk and
 * never turns into emphasis, a "[" never starts a link, a "#" at the start of a line never makes a
 * heading. Escaping more than strictly needed is harmless: {@code \*} always renders as "*".
 */
final class MarkdownEscaper {
  private static final String ALWAYS = "\\`*_[]<>|~";
  private static final String BLOCK_MARKERS = "#-+=";

  private MarkdownEscaper() {}

  /** The escaped text; {@code atLineStart} says whether the text begins a line of the document. */
  static String escape(String text, boolean atLineStart) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    boolean lineStart = atLineStart;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (lineStart && c != ' ' && c != '\t') {
        lineStart = false;
        int digits = leadingDigits(text, i);
        if (digits > 0 && i + digits < text.length() && ".)".indexOf(text.charAt(i + digits)) >= 0) {
          // "1. " at a line start would begin a numbered list
          sb.append(text, i, i + digits).append('\\').append(text.charAt(i + digits));
          i += digits + 1;
          continue;
        }
        if (BLOCK_MARKERS.indexOf(c) >= 0) {
          sb.append('\\');
        }
      }
      if (ALWAYS.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else if (c == '&' && CharacterReferences.at(text, i) != null) {
        sb.append("&amp;");
      } else {
        sb.append(c);
      }
      lineStart = lineStart || c == '\n';
      i++;
    }
    return sb.toString();
  }

  private static int leadingDigits(String text, int from) {
    int j = from;
    while (j < text.length() && j - from < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j - from;
  }
}
