package org.tandem.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Lang;

/** Words of a sentence and the folded forms the aligner compares across German and Turkish. */
final class Words {
  private Words() {}

  /** The words: runs of letters and digits, with an inner apostrophe, hyphen, dot or comma kept. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i))
          == Character.NON_SPACING_MARK || (joiner(text.charAt(i)) && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))))) {
        i++;
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  private static boolean joiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',' || c == '/' || c == ':' || c == '@'
        || c == '_';
  }

  /** True for a web or e-mail address (www.example.org, https://..., info@example.org). */
  static boolean isAddress(String word) {
    return word.contains("://") || word.startsWith("www.") || (word.indexOf('@') > 0 && word.indexOf('.') > 0);
  }

  /**
   * A number as its integer digits, so 17.000, 17,000 and 17000 agree (a separator before three digits
   * is a thousands separator), 12.00 and 12 agree (decimals and minutes are dropped), 09 and 9 agree,
   * and 1970er becomes 1970.
   */
  static String number(String word) {
    StringBuilder digits = new StringBuilder();
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
        i++;
      } else if ((c == '.' || c == ',') && threeDigits(word, i + 1)) {
        i++;
      } else {
        break;
      }
    }
    return digits.toString().replaceFirst("^0+(?=.)", "");
  }

  private static boolean threeDigits(String word, int from) {
    int n = 0;
    while (from + n < word.length() && Character.isDigit(word.charAt(from + n))) {
      n++;
    }
    return n == 3;
  }

  /** The word without a Turkish suffix after an apostrophe (Jobcenter'a, Şişli'de) or a hyphenated tail. */
  static String beforeApostrophe(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '.' || c == ',') {
        return word.substring(0, i);
      }
    }
    return word;
  }

  /** Lower case by the language's rules, then without accents: Şişli and Sisli agree. */
  static String fold(String word, Lang lang) {
    String lower = word.toLowerCase(lang.locale()).replace('ı', 'i').replace("ß", "ss");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A name's stem: its first six letters, enough to see past endings (Altenas, Altena'nın). */
  static String stem(String folded) {
    return folded.length() <= 6 ? folded : folded.substring(0, 6);
  }

  /** A cognate key: the first four letters after spelling differences are evened out (Konzept/konsept). */
  static String cognate(String folded) {
    String even = folded.replace("ph", "f").replace("th", "t").replace("ie", "i").replace('c', 'k')
        .replace('z', 's').replace('y', 'i').replace('w', 'v').replace("-", "");
    return even.length() <= 4 ? even : even.substring(0, 4);
  }
}
