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

  static final List<Code> TWO_LINKS = List.of(new Code(1, CodeKind.OPEN, "link", "["),
      new Code(1, CodeKind.CLOSE, "link", "](a)"), new Code(2, CodeKind.OPEN, "link", "["),
      new Code(2, CodeKind.CLOSE, "link", "](b)"));
  static final Segment LINKS = Segment.untranslated("s44", 9,
      Content.parse("Eine {1}Auswertung{/1} und ein {2}Leitfaden{/2} helfen.", TWO_LINKS));

  static XliffUnit linksUnit(String target) {
    Content t = Content.parse(target, TWO_LINKS);
    return new XliffUnit("s44", LINKS.source(), t, State.TRANSLATED, List.of(), "translated", true);
  }

  @Test
  void codesMayMoveButPairsMustStayInOrderAndNested() {
    Segment moved = Importing.apply(LINKS, linksUnit("{2}Rehber{/2} ve {1}değerlendirme{/1} yardımcı olur."));
    assertEquals(State.TRANSLATED, moved.state());
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(LINKS, linksUnit("{/1}Değerlendirme{1} ve {2}rehber{/2} yardımcı olur.")));
    assertTrue(reversed.getMessage().contains("{/1} comes before {1}"), reversed.getMessage());
    IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(LINKS, linksUnit("{1}Değerlendirme ve {2}rehber{/1} yardımcı{/2} olur.")));
    assertTrue(overlap.getMessage().contains("{2}…{/2} and {1}…{/1} overlap"), overlap.getMessage());
  }

  @Test
  void anAddedCodeIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "{1}Belediye{/1} {1}yardım{/1} ediyor.", "translated")));
    assertTrue(e.getMessage().contains("not in the source {/1}, {1}"), e.getMessage());
  }

  @Test
  void thousandsOfStrayCodesGiveAShortMessage() {
    List<Code> many = new java.util.ArrayList<>(CODES);
    StringBuilder target = new StringBuilder("{1}Belediye{/1}");
    for (int i = 2; i < 2_000; i++) {
      many.add(new Code(i, CodeKind.PLACEHOLDER, "", ""));
      target.append("{").append(i).append("/}");
    }
    XliffUnit unit = new XliffUnit("s1", SEG.source(), Content.parse(target.toString(), many), State.TRANSLATED,
        List.of(), "translated", false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Importing.apply(SEG, unit));
    assertTrue(e.getMessage().contains(" and 1988 more"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void noBreakSpacesAndLineBreaksDoNotChangeTheSource() {
    Segment s = Importing.apply(SEG, unit("Die\u00a0{1}Kommune{/1}\r\n  hilft.", "{1}Belediye{/1} yardım ediyor.", "new"));
    assertEquals(State.TRANSLATED, s.state());
  }

  @Test
  void aChangedSourceIsAConflictShowingBothTexts() {
    ImportingUnits.Outcome outcome = ImportingUnits.decide(SEG,
        unit("Die {1}Stadt{/1} hilft.", "{1}Kent{/1} yardım ediyor.", "translated"), false);
    assertEquals(new ImportingUnits.Conflict("Die {1}Stadt{/1} hilft.", "Die {1}Kommune{/1} hilft."), outcome);
  }

  @Test
  void acceptingAChangedSourceKeepsTheStoredSourceAndRemembersTheFilesAsPrevious() {
    ImportingUnits.Outcome outcome = ImportingUnits.decide(SEG,
        unit("Die {1}Stadt{/1} hilft.", "{1}Kent{/1} yardım ediyor.", "final"), true);
    Segment s = ((ImportingUnits.Applied) outcome).segment();
    assertEquals(State.NEEDS_UPDATE, s.state(), "the translation was made for another source: it needs review");
    assertEquals(SEG.source(), s.source());
    assertEquals("Die {1}Stadt{/1} hilft.", s.previousSource().markup());
    assertEquals(Content.parse("{1}Kent{/1} yardım ediyor.", CODES), s.target());
  }

  @Test
  void aUnitWithoutTranslationBringsNothingEvenIfItsSourceChanged() {
    assertSame(SEG, Importing.apply(SEG, unit("Die {1}Stadt{/1} hilft.", null, null)));
    assertSame(SEG, Importing.apply(SEG, unit("Die {1}Stadt{/1} hilft.", "Die {1}Stadt{/1} hilft.", "new")));
  }

  @Test
  void anUntouchedTargetDoesNotLoseItsNeedsUpdate() {
    Segment stale = new Segment("s1", 1, SEG.source(), Content.parse("{1}Belediye{/1} yardım etti.", CODES),
        State.NEEDS_UPDATE, Content.parse("Die {1}Kommune{/1} half.", CODES), "", List.of());
    assertSame(stale, Importing.apply(stale, unit("Die {1}Kommune{/1} hilft.", "{1}Belediye{/1} yardım etti.", "new")));
  }

  @Test
  void aLostCodeIsRefusedAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Importing.apply(SEG, unit("Die {1}Kommune{/1} hilft.", "Belediye{/1} yardım ediyor.", "translated")));
    assertEquals("the target's inline codes do not match the source's: missing {1} (**)"
        + " (keep every tag of the source once in the translation)", e.getMessage());
  }
}
