package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Whitespace as in the source: the same leading and trailing space, no double space and no space
 * before , . ; : ! ? that the source does not have too (neither German nor Turkish puts one there;
 * an ellipsis "…" or "..." after a space is fine).
 */
public final class WhitespaceRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "whitespace";

  public WhitespaceRule() {
    super(ID, Severity.WARNING, "The translation has leading, trailing, double or misplaced spaces that the source does not have.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    if (target.isEmpty()) {
      return null;
    }
    if (leading(source) != leading(target)) {
      return leading(target) ? "the translation starts with a space" : "the source's leading space is missing";
    }
    if (trailing(source) != trailing(target)) {
      return trailing(target) ? "the translation ends with a space" : "the source's trailing space is missing";
    }
    if (target.indexOf(' ') < 0) {
      return null;
    }
    String t = target.strip();
    int doubled = count(t, false);
    if (doubled > 0 && doubled > count(source.strip(), false)) {
      return "the translation has a double space";
    }
    int before = count(t, true);
    if (before > 0 && before > count(source.strip(), true)) {
      return "the translation has a space before a punctuation mark";
    }
    return null;
  }

  private static boolean leading(String text) {
    return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
  }

  private static boolean trailing(String text) {
    return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
  }

  /** Double spaces, or spaces before punctuation. */
  private static int count(String text, boolean beforePunctuation) {
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i - 1) != ' ') {
        continue;
      }
      char c = text.charAt(i);
      if (!beforePunctuation && c == ' ') {
        n++;
      } else if (beforePunctuation && ",.;:!?".indexOf(c) >= 0 && !isEllipsis(text, i) && !isDotWord(text, i)) {
        n++;
      }
    }
    return n;
  }

  /** A dot that starts a word is no punctuation: ".lzma-Format", "in .gitmodules", ".deb dosyası". */
  private static boolean isDotWord(String text, int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean isEllipsis(String text, int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == '.';
  }
}
