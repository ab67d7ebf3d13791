package org.tandem.format.office;

/** XML character references and escaping for text spliced into a part. */
final class XmlChars {
  private XmlChars() {}

  /** The text of {@code s[from, to)} with the five predefined entities and character references decoded. */
  static String decode(String s, int from, int to) {
    int amp = s.indexOf('&', from);
    if (amp < 0 || amp >= to) {
      return s.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c != '&') {
        sb.append(c);
        i++;
        continue;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi >= to) {
        throw new XmlScanner.XmlError(i, "a '&' that starts no character reference (write &amp;)");
      }
      sb.append(reference(s.substring(i + 1, semi), i));
      i = semi + 1;
    }
    return sb.toString();
  }

  /** The characters an entity or character reference (without '&' and ';') stands for. */
  static String reference(String ref, int offset) {
    switch (ref) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      default: break;
    }
    try {
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        return Character.toString(Integer.parseInt(ref.substring(2), 16));
      }
      if (ref.startsWith("#")) {
        return Character.toString(Integer.parseInt(ref.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new XmlScanner.XmlError(offset, "the entity &" + ref + "; is not defined (tandem reads no DTD)");
  }

  /** Text escaped for element content; characters XML 1.0 does not allow are left out. */
  static String escapeText(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (allowed(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Text escaped for an attribute value in either quotes, line breaks and tabs as references. */
  static String escapeAttribute(String text) {
    return escapeText(text).replace("\"", "&quot;").replace("'", "&apos;").replace("\n", "&#10;")
        .replace("\t", "&#9;");
  }

  private static boolean allowed(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n';
  }
}
