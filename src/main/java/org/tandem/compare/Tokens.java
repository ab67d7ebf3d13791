package org.tandem.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into the tokens that similarity scores and word diffs compare. */
public final class Tokens {
  private Tokens() {}

  /**
   * The words of a text, folded for comparison: NFC, lower case by the rules of {@code locale}
   * (Turkish İ/ı), runs of letters, digits and marks; an apostrophe or hyphen between two such
   * characters stays inside the word ("Belediyesi'nin", "1970er-Jahren"). Punctuation and inline
   * codes are not words, so adding bold or fixing a comma changes no word.
   */
  public static List<String> words(String text, Locale locale) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(locale);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isWordChar(c) || (isJoiner(c) && word.length() > 0 && i + 1 < folded.length()
          && isWordChar(folded.charAt(i + 1)))) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * The text cut into words, whitespace runs and single other characters, unchanged, so that the
   * tokens joined give the text again: what a word diff shows.
   */
  public static List<String> display(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = i + 1;
      char c = text.charAt(i);
      if (isWordChar(c)) {
        while (end < text.length() && (isWordChar(text.charAt(end)) || (isJoiner(text.charAt(end))
            && end + 1 < text.length() && isWordChar(text.charAt(end + 1))))) {
          end++;
        }
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        while (end < text.length() && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u00A0')) {
          end++;
        }
      } else if (Character.isHighSurrogate(c) && end < text.length()) {
        end++;
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  /** True for a display token that is only whitespace. */
  static boolean isSpace(String token) {
    return token.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }
}
