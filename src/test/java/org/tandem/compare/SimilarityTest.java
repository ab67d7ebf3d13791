package org.tandem.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  static List<String> w(String text) {
    return Tokens.words(text, Locale.GERMAN);
  }

  @Test
  void oneWordChangedInTenIsNinetyPerCent() {
    double score = Similarity.of(w("eins zwei drei vier fünf sechs sieben acht neun zehn"),
        w("eins zwei drei vier fünf sechs sieben acht neun elf"));
    assertEquals(0.9, score, 1e-9);
  }

  @Test
  void insertionsCountAgainstTheLongerText() {
    assertEquals(7.0 / 9, Similarity.of(w("Für eine Gemeinde war das ein Wagnis."),
        w("Für eine kleine Gemeinde war das damals ein Wagnis.")), 1e-9);
  }

  @Test
  void unrelatedSentencesScoreLow() {
    assertEquals(1.0 / 3, Similarity.of(w("Die Stadt wächst."), w("Die Kinder lernen.")), 1e-9);
  }

  @Test
  void formattingAndPunctuationAreNotWords() {
    assertEquals(1.0, Similarity.of(w("Die Kommune hilft."), w("Die Kommune – hilft!")), 1e-9);
    assertEquals(1.0, Similarity.of(List.of(), List.of()), 1e-9);
    assertEquals(0.0, Similarity.of(List.of(), w("Wort")), 1e-9);
  }

  @Test
  void atLeastAgreesWithOfAboveTheThresholdAndSaysNoBelow() {
    List<String> a = w("eins zwei drei vier fünf");
    List<String> b = w("eins zwei drei sechs sieben");
    assertEquals(0.6, Similarity.atLeast(a, b, 0.6), 1e-9);
    assertEquals(-1, Similarity.atLeast(a, b, 0.61), 1e-9);
    assertEquals(-1, Similarity.atLeast(a, w("eins"), 0.5), 1e-9, "length alone rules it out");
  }

  @Test
  void percentRoundsDown() {
    assertEquals(99, Similarity.percent(0.999));
    assertEquals(100, Similarity.percent(1.0));
    assertEquals(70, Similarity.percent(0.7));
  }
}
