package org.tandem.terms;

import java.util.List;

/** The words of a language's terms, looked up by the words of a text in that language. */
interface WordIndex {
  /**
   * Which term word a text word realises, and where.
   *
   * @param wordId the term word's id (its index in the list the index was built from)
   * @param from start of the matching part within the text word
   * @param to end of the matching part within the text word
   * @param whole true when the whole text word matched, false for a part of a compound
   */
  record Match(int wordId, int from, int to, boolean whole) {}

  /** How a term word matches. */
  enum Mode {
    /** Only as written (ignoring case): the glossary says so. */
    EXACT,
    /** A short word (German Ort, Amt; Turkish ad, ağ): inflected, with extra care for look-alikes. */
    SHORT,
    /** Every inflected form. */
    INFLECTED
  }

  /**
   * A word of a term and its place in it.
   *
   * @param text the word as written in the term
   * @param single true when the term is this one word
   * @param last true when the word ends a term (the word that inflects in Turkish)
   * @param mode how the word matches
   */
  record Spec(String text, boolean single, boolean last, Mode mode) {
    /** True when only the word as written matches. */
    boolean exact() {
      return mode == Mode.EXACT;
    }
  }

  /** The term words the text word realises (thread-safe). */
  List<Match> match(String word);

  /**
   * The term words the text word realises when the word before it makes it a noun (Turkish "bu
   * hesapla": with this account, where "Hesapla" alone is the command calculate).
   *
   * @param previous the word before, as written
   */
  default List<Match> match(String word, String previous) {
    return match(word);
  }
}
