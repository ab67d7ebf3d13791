package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.model.State;

/** The one mapping between tandem's states and XLIFF 2.0's state and subState. */
class Xliff20StatesTest {
  @ParameterizedTest
  @EnumSource(State.class)
  void everyStateComesBackAsItWasWritten(State state) {
    assertEquals(state, Xliff20States.fromXliff(Xliff20States.toXliff(state), Xliff20States.subState(state), true));
  }

  @Test
  void needsUpdateIsInitialWithTandemsSubState() {
    assertEquals("initial", Xliff20States.toXliff(State.NEEDS_UPDATE));
    assertEquals("tandem:needs-update", Xliff20States.subState(State.NEEDS_UPDATE));
    assertNull(Xliff20States.subState(State.TRANSLATED));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "-, -, true, NEW", "initial, -, true, NEW", "initial, acme:draft, true, NEW",
      "translated, -, true, TRANSLATED", "reviewed, -, true, REVIEWED", "final, acme:locked, true, FINAL",
      "final, -, false, NEW", "initial, tandem:needs-update, false, NEW"})
  void readsStatesOfOtherTools(String state, String subState, boolean target, State expected) {
    assertEquals(expected, Xliff20States.fromXliff(state, subState, target));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "bold, fmt, xlf:b", "italic, fmt, xlf:i", "lb, fmt, xlf:lb", "var, ui, xlf:var", "link, link, -",
      "image, image, -", "STRONG_EMPHASIS, fmt, tandem:STRONG_EMPHASIS", "-, -, -"})
  void mapsCodeTypesBothWays(String type, String xliffType, String subType) {
    Xliff20CodeTypes.Attributes a = Xliff20CodeTypes.of(type);
    assertEquals(xliffType, a.type());
    assertEquals(subType, a.subType());
    assertEquals(type == null ? "" : type, Xliff20CodeTypes.type(a.type(), a.subType()));
  }
}
