package org.tandem.extract;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/** Decodes CommonMark entity and numeric character references ({@code &amp;}, {@code &#42;}, {@code &#X22;}). */
public final class CharacterReferences {
  private CharacterReferences() {}

  /** A decoded reference: the characters it stands for and the length of its source text. */
  public record Decoded(String text, int length) {}

  /** The reference starting at {@code pos}, or null when none starts there. */
  public static Decoded at(CharSequence s, int pos) {
    if (pos >= s.length() || s.charAt(pos) != '&') {
      return null;
    }
    int semi = -1;
    for (int i = pos + 1; i < s.length() && i <= pos + 33; i++) {
      if (s.charAt(i) == ';') {
        semi = i;
        break;
      }
    }
    if (semi < 0) {
      return null;
    }
    String body = s.subSequence(pos + 1, semi).toString();
    String text = body.startsWith("#") ? numeric(body.substring(1)) : named(body);
    return text == null ? null : new Decoded(text, semi + 1 - pos);
  }

  private static String numeric(String digits) {
    boolean hex = digits.startsWith("x") || digits.startsWith("X");
    String number = hex ? digits.substring(1) : digits;
    int maxLength = hex ? 6 : 7;
    if (number.isEmpty() || number.length() > maxLength
        || !number.chars().allMatch(c -> hex ? Character.digit(c, 16) >= 0 : c >= '0' && c <= '9')) {
      return null;
    }
    int cp = Integer.parseInt(number, hex ? 16 : 10);
    // CommonMark: code point 0, surrogates and values beyond Unicode read as U+FFFD.
    if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
      cp = 0xFFFD;
    }
    return new String(Character.toChars(cp));
  }

  private static String named(String name) {
    if (name.isEmpty() || !name.chars().allMatch(Character::isLetterOrDigit)) {
      return null;
    }
    String decoded = Html5Entities.entityToString("&" + name + ";");
    return decoded.equals("&" + name + ";") ? null : decoded;
  }
}
