package org.tandem.xliff;

/** Which characters an XML 1.0 document can hold at all (its {@code Char} production). */
final class Xml10 {
  private Xml10() {}

  /** True when the code point may appear in XML 1.0 text, raw or as a character reference. */
  static boolean isChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** The first code point of {@code s} that XML cannot hold (a lone surrogate counts), or -1. */
  static int firstNonChar(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isChar(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * True for an XML name token ({@code NMTOKEN}): what XLIFF 2 ids must be. Letters, digits,
   * combining marks, {@code . - _ :} and the few connectors XML allows; no spaces, {@code /} or {@code #}.
   */
  static boolean isNmtoken(String s) {
    return s != null && NMTOKEN.matcher(s).matches();
  }

  private static final java.util.regex.Pattern NMTOKEN =
      java.util.regex.Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{Mn}\\p{Mc}._:\\-\u00B7\u203F\u2040]+");

  /** {@code U+XXXX}, the way a character is named in messages and in char placeholders. */
  static String name(int cp) {
    return String.format("U+%04X", cp);
  }
}
