package org.tandem.check;

import java.util.List;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Casing that cannot be right, only where it can be decided without a dictionary. Turkish text:
 * a word that is always written with İ spelt with I (Istanbul, Izmir, ISTANBUL in a heading in capitals),
 * and in an all-capitals heading a word whose vowels are all front vowels but which has I, not İ
 * (BELEDIYE for BELEDİYE). German text: ß inside a word in capitals (STRAßE for STRASSE or STRAẞE).
 * Istanbul is correct German; Irak, Isparta, KITAP are correct Turkish and not reported.
 */
public final class CasingRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "casing";
  /** Turkish words (as stems) that begin with İ, never with I: names and frequent words. */
  private static final List<String> DOTTED_STEMS = List.of(
      "istanbul", "izmir", "izmit", "ingiliz", "ingilter", "iletişim", "ilçe", "için", "işte", "istihdam",
      "işlem", "işsiz", "işçi", "işveren", "ikamet", "ilgili", "itibaren", "izin", "ihtiyaç", "ilk", "iki",
      "internet", "imkân", "imkan", "insan", "ilan", "isim", "iyi", "içinde", "içeri", "ilkokul", "ise", "ile",
      "italya", "iran", "israil", "islam", "isveç", "isviçre", "ispanya", "irlanda", "izlanda", "ifade", "iş");

  public CasingRule() {
    super(ID, Severity.WARNING, "Casing that cannot be right: Turkish I for İ (Istanbul, BELEDIYE), German ß in capitals (STRAßE).");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    String t = check(target, ctx.targetLang());
    return t != null ? "the translation has " + t : null;
  }

  /** The first impossible casing in a text of a language, or null. */
  static String check(String text, Lang lang) {
    if (text.indexOf(lang == Lang.TR ? 'I' : 'ß') < 0) {
      return null; // every casing this rule reports has one
    }
    boolean allCaps = isAllCaps(text);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      char first = text.charAt(start);
      boolean candidate = lang == Lang.TR ? first == 'I' || allCaps : text.lastIndexOf('ß', i - 1) >= start;
      String problem = !candidate ? null
          : lang == Lang.TR ? turkish(text.substring(start, i), allCaps) : german(text.substring(start, i));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String german(String word) {
    int ss = word.indexOf('ß');
    if (ss > 0 && word.length() >= 3 && isUpper(word.replace("ß", ""))) {
      return "\"" + word + "\": ß in capitals is SS or ẞ";
    }
    return null;
  }

  private static String turkish(String word, boolean allCaps) {
    boolean upper = isUpper(word);
    if (word.length() >= 2 && word.charAt(0) == 'I' && (upper || !Character.isUpperCase(word.charAt(1)))) {
      String dotted = "i" + word.substring(1).toLowerCase(Lang.TR.locale());
      for (String stem : DOTTED_STEMS) {
        if (dotted.equals(stem) || (stem.length() >= 4 && dotted.startsWith(stem))) {
          return "\"" + word + "\": Turkish writes İ" + word.substring(1);
        }
      }
    }
    return allCaps && upper ? frontVowels(word) : null;
  }

  /** BELEDIYE: front vowels only (E Ö Ü), yet I; Turkish vowel harmony wants İ there. */
  private static String frontVowels(String word) {
    if (word.length() < 4 || word.indexOf('I') < 0) {
      return null;
    }
    boolean front = false;
    boolean consonant = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == 'A' || c == 'O' || c == 'U') {
        return null;
      }
      front |= c == 'E' || c == 'Ö' || c == 'Ü';
      consonant |= "EÖÜI".indexOf(c) < 0;
    }
    return front && consonant ? "\"" + word + "\": in Turkish capitals i is İ" : null;
  }

  private static boolean isUpper(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static boolean isAllCaps(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 4;
  }
}
