package org.tandem.terms;

import java.text.Normalizer;
import java.util.Locale;

/** Case and accent folding of single words, per language, for comparing terms with text. */
final class Fold {
  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  private Fold() {}

  /** The NFC form, without allocating when the word is already NFC (the common case). */
  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** True for the apostrophes that separate a name from its Turkish suffix (' and ’ alike). */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /**
   * Turkish folding: NFC, Turkish lower case (İ→i, I→ı), a stray combining dot (left by
   * locale-blind tools) removed, and the optional circumflex dropped (kâr/kar, hâlâ/hala).
   */
  static String turkish(String word) {
    String lower = nfc(word).toLowerCase(TURKISH);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case '\u0307' -> { }
        case 'â' -> sb.append('a');
        case 'î' -> sb.append('i');
        case 'û' -> sb.append('u');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** German folding for exact comparison: lower case, umlauts to base letters, ß to ss. */
  static String german(String word) {
    return GermanFolded.of(nfc(word)).text();
  }
}
