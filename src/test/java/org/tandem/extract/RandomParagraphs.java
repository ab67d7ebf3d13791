package org.tandem.extract;

import java.util.List;
import java.util.Random;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * Seeded random paragraphs full of what segmentation rules trip over: abbreviations, ordinals, quotes,
 * line breaks, no-break spaces, emoji, Turkish and German letters, and inline codes in every position.
 */
final class RandomParagraphs {
  private static final List<String> WORDS = List.of("Die", "Kommune", "hat", "İstanbul", "ılık", "Straße", "größer",
      "z.", "B.", "Dr.", "Nr.", "3.", "19.", "II.", "a.", "S.", "usw.", "ca.", "Ca.", "CA.", "Abs.", "vb.", "Prof.",
      "(s.", "www.stadt.de.", "info@stadt.de", "Jan.", "X.", "X.X.", "e.g.", "A.Ş.", "1.000", "12,5", "(12)", "(3)",
      "😀", "…", "...", "!", "?!", ".", ":", ";", "„", "“", "«", "»", "\"", "(", ")", "[", "]", "•", "1", "42", "§",
      "'", "’", "¹", "-", "/", "dedi", "sagte", "Bu", "Das", "Am", "Hauptstr.", "Cad.", "yüzyıl", "Oktober", "ab!",
      "Wort)", "x", "1.", "I.");
  private static final List<String> SPACES = List.of(" ", " ", " ", " ", "", "\n", "\n\n", "\t", "\u00A0",
      "\u202F", "  ", " \n ", "\r\n");
  private RandomParagraphs() {}

  /** A paragraph as plain text. */
  static String plain(Random random) {
    return fragment(random).getText();
  }

  /** Words and spaces at random, with inline codes between them: pairs, lone opening or closing codes, placeholders. */
  static TextFragment fragment(Random random) {
    TextFragment fragment = new TextFragment();
    int words = 1 + random.nextInt(30);
    int open = 0;
    for (int w = 0; w < words; w++) {
      if (random.nextInt(6) == 0) {
        switch (random.nextInt(4)) {
          case 0 -> fragment.append(TagType.OPENING, "bold", "**", ++open);
          case 1 -> fragment.append(TagType.CLOSING, "bold", "**", Math.max(1, open--));
          case 2 -> fragment.append(TagType.PLACEHOLDER, "image", "![x](y)", 100 + w);
          default -> fragment.append(TagType.CLOSING, "link", "](u)", 200 + w);
        }
      }
      fragment.append(WORDS.get(random.nextInt(WORDS.size())));
      fragment.append(SPACES.get(random.nextInt(SPACES.size())));
    }
    return fragment;
  }
}
