package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.xliff.XliffUnit;

class ImportingTest {
  static final List<Code> CODES = List.of(new Code(1, CodeKind.OPEN, "bold", "**"),
      new Code(1, CodeKind.CLOSE, "bold", "**"));
  /** What a reader reports: the code data as found in the file, which import replaces with the stored data. */
  static final List<Code> READ_CODES = List.of(new Code(1, CodeKind.OPEN, "bold", ""),
      new Code(1, CodeKind.CLOSE, "bold", ""));
  static final Segment SEG = Segment.untranslated("s1", 1, Content.parse("Die {1}Kommune{/1} hilft.", CODES));

  static XliffUnit unit(String source, String target, String rawState) {
    Content t = target == null ? null : Content.parse(target, READ_CODES);
    State state = org.tandem.xliff.Xliff12States.fromXliff(rawState, t != null && !t.isEmpty());
    return new XliffUnit("s1", Content.parse(source, READ_CODES), t, state, List.of(), rawState, false);
  }

  @Test
  void appliesATranslationWithTheStoredCodeData() {
    Segment s = Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "{1}Belediye{/1} yardım ediyor.", "translated"));
    assertEquals(State.TRANSLATED, s.state());
    assertEquals(Content.parse("{1}Belediye{/1} yardım ediyor.", CODES), s.target());
  }

  @Test
  void aSourceReflowedByACatToolIsTheSameSource() {
    Segment s = Importing.apply(SEG, unit("Die  {1}Kommune{/1}\n   hilft. ", "{1}Belediye{/1} yardım ediyor.", "translated"));
    assertEquals(State.TRANSLATED, s.state());
  }

  @Test
  void omegatsLeftoverNewOnARealTranslationMeansTranslated() {
    assertEquals(State.TRANSLATED,
        Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "{1}Belediye{/1} yardım ediyor.", "new")).state());
  }

  @Test
  void aCopyOfTheSourceMarkedNewIsNotATranslation() {
    assertSame(SEG, Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "Die {1}Kommune{/1} hilft.", "new")));
  }

  @Test
  void theSameTranslationWithALowerStateDoesNotUndoAReview() {
    Segment reviewed = SEG.withTarget(Content.parse("{1}Belediye{/1} yardım ediyor.", CODES), State.REVIEWED);
    assertSame(reviewed, Importing.apply(reviewed,
        unit("Die {1}Kommune{/1} hilft.", "{1}Belediye{/1} yardım ediyor.", "translated")));
  }

  @Test
  void aChangedSourceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(SEG, unit("Die {1}Stadt{/1} hilft.", "{1}Kent{/1} yardım ediyor.", "translated")));
    assertTrue(e.getMessage().startsWith("the source text differs from the workspace's"), e.getMessage());
  }

  @Test
  void aLostCodeIsRefusedAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "Belediye{/1} yardım ediyor.", "translated")));
    assertEquals("the target's inline codes do not match the source's: missing {1} (**)"
        + " (keep every tag of the source once in the translation)", e.getMessage());
  }
}
