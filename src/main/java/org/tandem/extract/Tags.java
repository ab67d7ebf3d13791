package org.tandem.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading HTML and XML tags as written: where a tag ends, where an attribute's value starts. */
final class Tags {
  private Tags() {}

  /** The offset after the {@code >} that ends the tag starting at {@code start}; quoted values may hold {@code >}. */
  static int end(String src, int start) {
    char quote = 0;
    for (int i = start + 1; i < src.length(); i++) {
      char c = src.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Where the value of attribute {@code name} starts inside the tag {@code [start, end)}, or -1. */
  static int attributeValue(String src, int start, int end, String name) {
    Matcher m = Pattern.compile("[\\s\"']" + Pattern.quote(name) + "\\s*=\\s*[\"']?", Pattern.CASE_INSENSITIVE)
        .matcher(src).region(start, end);
    return m.find() ? m.end() : -1;
  }

  /**
   * Where {@code lit}, skeleton text holding tags, ends in {@code src} from {@code p}, its tags
   * compared by name only (a filter writes {@code <h1 align=center>} as {@code <h1 align="center">}),
   * everything else exactly; -1 when it is not there.
   */
  static int looseEnd(String lit, String src, int p) {
    int j = 0;
    int q = p;
    while (j < lit.length()) {
      if (lit.charAt(j) == '<' && q < src.length() && src.charAt(q) == '<') {
        int litEnd = end(lit, j);
        int srcEnd = end(src, q);
        if (litEnd < 0 || srcEnd < 0 || !name(lit, j).equalsIgnoreCase(name(src, q))) {
          return -1;
        }
        j = litEnd;
        q = srcEnd;
      } else if (q < src.length() && lit.charAt(j) == src.charAt(q)) {
        j++;
        q++;
      } else {
        return -1;
      }
    }
    return q;
  }

  private static String name(String s, int lt) {
    int i = lt + 1;
    if (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(lt + 1 == start ? start : start - 1, i);
  }
}
