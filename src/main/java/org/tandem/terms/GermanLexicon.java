package org.tandem.terms;

/** Whether a word is German, by the dictionary the compound splitter uses (for rules outside terms). */
public final class GermanLexicon {
  private GermanLexicon() {}

  /** True for a word of the German dictionary or a compound of its words, in any case. */
  public static boolean isWord(String word) {
    return GermanCompounds.known(word);
  }
}
