package org.tandem.terms;

import java.util.List;

/**
 * The noun forms of a short German word, spelled out instead of stemmed: Ort, Orte, Ortes, Orts,
 * Orten, Örter (folded "orter"), so that a three-letter term is found in its own forms and in
 * nothing the stemmer would merge with it (Orten as "locate", Rate for Rat are the price).
 */
final class GermanForms {
  /** Linking elements between the parts of a compound (Zugriffs-, Tasten-, Liederbuch). */
  static final List<String> LINKS = List.of("s", "es", "n", "en", "er", "e");
  private static final List<String> ENDINGS = List.of("", "e", "es", "s", "en", "n", "er", "ern");

  private GermanForms() {}

  /** The folded forms of a folded noun. */
  static List<String> of(String folded) {
    return ENDINGS.stream().map(e -> folded + e).toList();
  }
}
