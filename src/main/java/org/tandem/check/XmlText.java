package org.tandem.check;

/** Escaping for XML reports: markup characters, line breaks in attributes, characters XML cannot hold. */
final class XmlText {
  private XmlText() {}

  /** Text content: {@code & < >} escaped, characters XML 1.0 forbids replaced by U+FFFD. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double quotes: also {@code "} and line breaks and tabs escaped. */
  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          boolean ok = (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
          sb.appendCodePoint(ok ? cp : 0xFFFD);
        }
      }
    }
    return sb.toString();
  }
}
