package org.tandem.check;

import java.util.Set;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * A word written twice in a row ("bir bir", "die die", "für für") in the translation. Turkish
 * reduplications (yavaş yavaş, ara ara, tek tek, sık sık, güle güle …) and German relative clauses
 * (", die die Stadt") are correct and not reported; so are "Sie sie" (case differs).
 */
public final class DoubledWordRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "doubled-word";
  /** Turkish words that are correctly doubled: adverbs and distributives from reduplication, converbs. */
  private static final Set<String> TR_REDUPLICATED = Set.of(
      "yavaş", "ara", "tek", "sık", "yer", "zaman", "adım", "kat", "çeşit", "türlü", "renk", "kapı",
      "ev", "sıra", "dolu", "ayrı", "birer", "ikişer", "üçer", "dörder", "beşer", "onar", "teker", "azar",
      "damla", "parça", "uzun", "derin", "koşa", "güle", "seve", "bile", "gide", "gele", "ağır", "usul",
      "bol", "salına", "sallana", "döne", "düşe", "kalka", "bölük", "sokak", "mahalle", "köşe", "kucak",
      "deste", "avuç", "dura", "bata", "çıka", "baka", "ağlaya", "konuşa", "sabah", "sessiz", "sakin", "hemen", "çok");
  private static final Set<String> DE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");
  /** Words after which a pronoun and an article may meet: "dass das das Beste ist". */
  private static final Set<String> CONJUNCTIONS = Set.of("dass", "ob", "weil", "wenn", "wie", "was", "da", "als",
      "obwohl", "damit", "und", "oder", "aber");
  /** Prepositions that open a relative clause after a comma: "die Spalte, an die die Seite …". */
  private static final Set<String> PREPOSITIONS = Set.of("an", "auf", "für", "in", "mit", "von", "bei", "über",
      "unter", "durch", "gegen", "um", "aus", "nach", "zu");

  public DoubledWordRule() {
    super(ID, Severity.WARNING, "The translation repeats a word (\"die die\", \"bir bir\").");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    Lang lang = ctx.targetLang();
    int previousStart = -1;
    int previousEnd = -1;
    boolean tripled = false;
    int i = 0;
    while (i < target.length()) {
      if (!Character.isLetter(target.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < target.length() && Character.isLetter(target.charAt(i))) {
        i++;
      }
      boolean same = previousStart >= 0 && start - previousEnd == 1 && target.charAt(previousEnd) == ' '
          && i - start == previousEnd - previousStart && sameWord(target, previousStart, start, i - start);
      if (same) {
        String word = target.substring(start, i);
        if (tripled || !allowed(word, lang, target, previousStart)) {
          return "\"" + word + " " + word + "\": the word is written " + (tripled ? "three times" : "twice");
        }
      }
      tripled = same;
      previousStart = start;
      previousEnd = i;
    }
    return null;
  }

  /** The same word, or at a sentence's start the same but for the capital: "Bir bir". */
  private static boolean sameWord(String text, int first, int second, int length) {
    if (text.regionMatches(first, text, second, length)) {
      return true;
    }
    return sentenceStart(text, first) && text.charAt(first) == Character.toUpperCase(text.charAt(second))
        && text.regionMatches(first + 1, text, second + 1, length - 1);
  }

  /** True at the text's start or after . ! ? and a space: "Bir bir" is "bir bir" there. */
  private static boolean sentenceStart(String text, int at) {
    int j = at - 1;
    while (j >= 0 && text.charAt(j) == ' ') {
      j--;
    }
    return j < 0 || ".!?:".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean allowed(String word, Lang lang, String text, int firstStart) {
    String lower = word.toLowerCase(lang.locale());
    if (lang == Lang.TR) {
      return TR_REDUPLICATED.contains(lower);
    }
    if (DE_ARTICLES.contains(lower)) {
      int j = firstStart - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      if (j >= 0 && text.charAt(j) == ',') {
        return true; // ", die die Stadt": a relative pronoun and an article
      }
      int w = j;
      while (w >= 0 && Character.isLetter(text.charAt(w))) {
        w--;
      }
      String before = text.substring(w + 1, j + 1).toLowerCase(java.util.Locale.ROOT);
      return CONJUNCTIONS.contains(before) // dass das das
          || PREPOSITIONS.contains(before) && w >= 1 && text.charAt(w) == ' ' && text.charAt(w - 1) == ','; // , an die die
    }
    return false;
  }

}
