package org.tandem.extract;

/** Finds where a character class of a Java regular expression ends, as {@code Pattern} reads it. */
final class RegexClasses {
  private RegexClasses() {}

  /** The end of the class that opens at {@code from} (a '['), nested classes and quoted parts included. */
  static int end(String re, int from) {
    int i = from;
    int depth = 0;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '[') {
        depth++;
        i = skipClassStart(re, i + 1);
      } else if (c == ']') {
        depth--;
        i++;
        if (depth == 0) {
          return i;
        }
      } else if (c == '\\') {
        i = skipEscape(re, i);
      } else {
        i++;
      }
    }
    throw new RegexParser.Unsupported("unclosed class at " + from);
  }

  /** Java reads a ']' right after '[' or '[^' as a literal. */
  private static int skipClassStart(String re, int i) {
    if (i < re.length() && re.charAt(i) == '^') {
      i++;
    }
    return i < re.length() && re.charAt(i) == ']' ? i + 1 : i;
  }

  /** Skips an escape inside a class: a quoted part, a property in braces, or a backslash and one character. */
  private static int skipEscape(String re, int i) {
    if (i + 1 >= re.length()) {
      throw new RegexParser.Unsupported("trailing backslash");
    }
    char n = re.charAt(i + 1);
    if (n == 'Q') {
      int end = re.indexOf("\\E", i + 2);
      return end < 0 ? re.length() : end + 2;
    }
    if ("pPxN".indexOf(n) >= 0 && i + 2 < re.length() && re.charAt(i + 2) == '{') {
      int end = re.indexOf('}', i + 2);
      if (end < 0) {
        throw new RegexParser.Unsupported("unclosed '{' in class");
      }
      return end + 1;
    }
    return i + 2;
  }
}
