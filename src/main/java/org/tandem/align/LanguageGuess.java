package org.tandem.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.model.Lang;

/**
 * Tells German from Turkish text by its letters (ş ğ ı İ against ä ß) and its commonest words
 * (ve, bir, için against und, der, die), to catch a "translation" in the chapter's own language.
 */
public final class LanguageGuess {
  private static final Set<String> GERMAN = Set.of("und", "der", "die", "das", "ist", "nicht", "mit", "für", "von",
      "zu", "den", "dem", "ein", "eine", "auch", "sich", "auf", "im", "es", "werden", "wird", "sind", "wir", "sie");
  private static final Set<String> TURKISH = Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha",
      "çok", "olan", "gibi", "her", "kadar", "ancak", "sonra", "ise", "ya", "en", "ne", "değil", "var", "yok", "mi");

  private LanguageGuess() {}

  /**
   * The language the text is most likely written in, or null when it has too few clues (under five
   * telling letters and words) to say.
   */
  public static Lang of(String text) {
    int de = 0;
    int tr = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case 'ş', 'Ş', 'ğ', 'Ğ', 'ı', 'İ' -> tr++;
        case 'ä', 'Ä', 'ß' -> de++;
        default -> { }
      }
    }
    List<String> words = Words.of(text.toLowerCase(Locale.ROOT));
    for (String word : words) {
      if (GERMAN.contains(word)) {
        de++;
      } else if (TURKISH.contains(word)) {
        tr++;
      }
    }
    if (de + tr < 5) {
      return null;
    }
    return de > 2 * tr ? Lang.DE : tr > 2 * de ? Lang.TR : null;
  }
}
