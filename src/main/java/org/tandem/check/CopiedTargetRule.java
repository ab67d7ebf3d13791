package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.terms.GermanLexicon;
import org.tandem.model.Severity;
import org.tandem.terms.TermHit;

/**
 * A translation that is the source copied unchanged. Not reported when there is nothing to
 * translate: only numbers, links, placeholders or do-not-translate terms, or a name of up to three
 * capitalised words ("Anna Yılmaz", "Jobcenter Altena").
 */
public final class CopiedTargetRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "target-copied";

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "und", "oder", "der", "die", "das", "für", "mit", "von", "zu", "im", "in", "am", "auf", "bei", "ein", "eine",
      "ve", "ile", "için", "bir", "bu", "veya", "da", "de", "ya");
  private static final String[] ENDINGS = {"ung", "ungen", "heit", "keit", "schaft", "ern", "eln", "ieren", "zeit",
      "zeiten", "lar", "ler", "ları", "leri", "ması", "mesi", "mak", "mek", "iyor", "ıyor", "uyor", "üyor"};
  /** Turkish genitive and verbal-noun endings, in long words only (names such as Fatma end so too). */
  private static final String[] LONG_WORD_ENDINGS = {"nin", "nın", "nun", "nün", "me", "ma"};

  public CopiedTargetRule() {
    super(ID, Severity.ERROR, "The translation is a copy of the source.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    if (!source.strip().equals(target.strip()) || !hasWords(ctx, segment, source)) {
      return null;
    }
    return "the translation is the source copied unchanged";
  }

  /** True when the text has words to translate: not only names, numbers, links or dnt terms. */
  private static boolean hasWords(CheckContext ctx, Segment segment, String source) {
    char[] text = Protected.masked(source).toCharArray();
    for (TermHit hit : ctx.sourceHits(segment)) {
      if (hit.term().doNotTranslate()) {
        java.util.Arrays.fill(text, hit.start(), hit.end(), ' ');
      }
    }
    int words = 0;
    boolean ordinary = false;
    boolean lettered = false;
    int i = 0;
    while (i < text.length) {
      if (!Character.isLetter(text[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length && Character.isLetter(text[i])) {
        i++;
      }
      if (i - start >= 2) {
        words++;
        String word = new String(text, start, i - start);
        ordinary |= ordinary(ctx.sourceLang(), word);
        lettered |= word.chars().anyMatch(c -> (ctx.sourceLang() == org.tandem.model.Lang.DE ? "äöüßÄÖÜ"
            : "ışğçöüİŞĞÇÖÜ").indexOf(c) >= 0);
      }
    }
    // a letter of the language alone marks a word to translate only in a one-word text (Seçim,
    // Größe); "Ayşe Demir" or "Jürgen Müller" are names
    return words > 3 || (words > 0 && ordinary) || (words == 1 && lettered);
  }

  /**
   * A word to translate: a lower-case word that is no code (ISO codes such as "tk", "ur" stay as
   * they are), a German noun the dictionary knows (Musikwiedergabe, Zeigergröße: German capitalises
   * every noun) or a word with an ordinary ending.
   */
  private static boolean ordinary(org.tandem.model.Lang lang, String word) {
    String lower = word.toLowerCase(lang.locale());
    if (!Character.isUpperCase(word.charAt(0))) {
      return word.length() > 3 || FUNCTION_WORDS.contains(lower);
    }
    if (isOrdinary(lower)) {
      return true;
    }
    if (lang == org.tandem.model.Lang.DE) {
      return word.length() >= 3 && (GermanLexicon.isWord(word) || endsWithAny(lower, GERMAN_ENDINGS));
    }
    return endsWithAny(lower, TURKISH_ENDINGS);
  }

  private static boolean endsWithAny(String lower, String[] endings) {
    for (String ending : endings) {
      if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
        return true;
      }
    }
    return false;
  }

  /** Adjective and participle endings German names lack (Kanadisch, Untätig, Vorgestellt is a known word). */
  private static final String[] GERMAN_ENDINGS = {"isch", "lich", "ig", "bar", "los", "ung"};
  /** Language names (Kanadaca), agent and abstract nouns (Yönetici), compound markers (Telefonu). */
  private static final String[] TURKISH_ENDINGS = {"ca", "ce", "ça", "çe", "ici", "lik", "lık", "luk", "siz", "sız",
      // the compound marker of title-case labels (Ev Telefonu, İleti Türü, Metin Tablosu); names rarely end so
      "u", "ü", "sı", "si"};

  /**
   * A capitalised word that is no name: a function word (a heading in capitals: KAYIT VE BAŞVURU) or
   * a word with an ending names do not have (Öffnungszeiten, Speichern; Başvurular, Kaydetmek).
   */
  static boolean isOrdinary(String lower) {
    if (FUNCTION_WORDS.contains(lower)) {
      return true;
    }
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
        return true;
      }
    }
    for (String ending : LONG_WORD_ENDINGS) {
      if (lower.endsWith(ending) && lower.length() >= 8) {
        return true; // Belediyenin, Değerlendirme; not the name Fatma
      }
    }
    return false;
  }
}
