package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.model.State;

/** The state mapping, both ways. */
class Xliff12StatesTest {
  @ParameterizedTest
  @EnumSource(State.class)
  void everyStateSurvivesTheRoundTrip(State state) {
    assertEquals(state, Xliff12States.fromXliff(Xliff12States.toXliff(state), true));
  }

  @ParameterizedTest
  @CsvSource({
    "new, new",
    "needs-translation, new",
    "needs-adaptation, needs-update",
    "needs-l10n, needs-update",
    "needs-review-translation, needs-update",
    "needs-review-adaptation, needs-update",
    "needs-review-l10n, needs-update",
    "translated, translated",
    "signed-off, reviewed",
    "final, final",
    "x-mt-draft, translated",
    "' Translated ', translated",
  })
  void readsEveryXliff12State(String raw, String expected) {
    assertEquals(State.parse(expected), Xliff12States.fromXliff(raw, true));
  }

  @Test
  void noStateWithATargetIsTranslated() {
    assertEquals(State.TRANSLATED, Xliff12States.fromXliff(null, true));
  }

  @ParameterizedTest
  @CsvSource({"final", "translated", "x-foo", "signed-off"})
  void anEmptyTargetIsNewWhateverTheAttributeSays(String raw) {
    assertEquals(State.NEW, Xliff12States.fromXliff(raw, false));
  }
}
