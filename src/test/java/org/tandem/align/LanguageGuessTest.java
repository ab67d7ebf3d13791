package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;

class LanguageGuessTest {
  @Test
  void tellsGermanFromTurkish() {
    assertEquals(Lang.DE, LanguageGuess.of("Die Stadt hat die Wohnungen gemietet, und die Familien sind eingezogen."));
    assertEquals(Lang.TR, LanguageGuess.of("Belediye konutları kiraladı ve aileler bu evlere taşındı, bir de kurs açıldı."));
  }

  @Test
  void saysNothingWithoutClues() {
    assertNull(LanguageGuess.of("Jobcenter 2019"));
  }
}
