package org.tandem.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.compare.Contents;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

class TranslationMemoryTest {
  static TmUnit unit(String source, String target, String origin, State state, boolean reference, String before,
      String after) {
    return new TmUnit(Lang.DE, Content.text(source), Content.text(target), origin, state, reference, before, after);
  }

  static String key(String text) {
    return Contents.matchKey(Content.text(text));
  }

  @Test
  void exactMatchesPreferTheWorkspaceAndBetterStates() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(unit("Die Kommune hilft den Familien.", "Belediye ailelere yardım ediyor.", "tm/ref.tmx#1", State.FINAL, true, "", ""));
    tm.add(unit("Die Kommune hilft den Familien.", "Belediye ailelere destek oluyor.", "a/s2", State.TRANSLATED, false, "", ""));
    tm.add(unit("Die Kommune hilft den Familien.", "Belediye ailelere yardım ediyor.", "b/s9", State.REVIEWED, false, "", ""));
    List<TmUnit> exact = tm.exact(Lang.DE, Content.text("Die  Kommune hilft\nden Familien."));
    assertEquals(List.of("b/s9", "a/s2"), exact.stream().map(TmUnit::origin).toList(), "one per translation, best first");
    assertEquals("Belediye ailelere yardım ediyor.",
        tm.leverage(Lang.DE, Content.text("Die Kommune hilft den Familien."), "", "").get().target().markup());
  }

  @Test
  void everyEntryAlsoServesTheOtherDirection() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(unit("Die Moschee im Viertel ist sehr alt.", "Mahalledeki cami çok eskidir.", "a/s1", State.REVIEWED,
        false, "", ""));
    assertEquals("Die Moschee im Viertel ist sehr alt.", tm.leverage(Lang.TR,
        Content.text("Mahalledeki cami çok eskidir."), "", "").get().target().markup());
    assertTrue(tm.leverage(Lang.TR, Content.text("Die Moschee im Viertel ist sehr alt."), "", "").isEmpty());
  }

  @Test
  void aShortSegmentIsPreFilledOnlyInTheSameContext() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(unit("Einleitung", "Giriş", "a/s1", State.REVIEWED, false, key("Kapitel 1"), key("Im Jahr 2015 kamen viele.")));
    Content heading = Content.text("Einleitung");
    assertTrue(tm.leverage(Lang.DE, heading, "", "").isEmpty(), "no context, no pre-fill");
    assertTrue(tm.leverage(Lang.DE, heading, key("Kapitel 2"), key("Ganz anders.")).isEmpty());
    assertEquals("Giriş", tm.leverage(Lang.DE, heading, key("Kapitel 2"), key("Im Jahr 2015 kamen viele."))
        .get().target().markup());
    assertEquals("Giriş", tm.leverage(Lang.DE, heading, key("Kapitel 1"), "").get().target().markup());
    assertEquals(1, tm.exact(Lang.DE, heading).size(), "still offered as an exact match");
  }

  @Test
  void aTranslationWhoseCodesDoNotFitIsNotUsedForPreFilling() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(new TmUnit(Lang.DE, TmSamples.content("Die ", TmSamples.open(1, "bold", "**"), "Kommune",
        TmSamples.close(1, "bold", "**"), " hilft heute sehr."), Content.text("Belediye bugün çok yardım ediyor."),
        "a/s1", State.REVIEWED, false, "", ""));
    Content source = TmSamples.content("Die ", TmSamples.open(1, "bold", "__"), "Kommune",
        TmSamples.close(1, "bold", "__"), " hilft heute sehr.");
    assertTrue(tm.leverage(Lang.DE, source, "", "").isEmpty());
    tm.add(new TmUnit(Lang.DE, source, TmSamples.content(TmSamples.open(1, "bold", "**"), "Belediye",
        TmSamples.close(1, "bold", "**"), " bugün çok yardım ediyor."), "a/s2", State.TRANSLATED, false, "", ""));
    Content target = tm.leverage(Lang.DE, source, "", "").get().target();
    assertEquals("__Belediye__ bugün çok yardım ediyor.", target.raw(), "the new source's code data");
  }

  @Test
  void fuzzyMatchesAboveTheThresholdMostSimilarFirst() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(unit("Die Stadt mietete leer stehende Wohnungen in der Innenstadt an.", "A", "a/s1", State.REVIEWED, false, "", ""));
    tm.add(unit("Die Stadt mietete leer stehende Wohnungen in den Ortsteilen an.", "B", "a/s2", State.REVIEWED, false, "", ""));
    tm.add(unit("Die Kinder besuchten die Schulen im eigenen Viertel.", "C", "a/s3", State.REVIEWED, false, "", ""));
    Content query = Content.text("Die Stadt mietete leer stehende Wohnungen in der Altstadt an.");
    List<TmMatch> found = tm.fuzzy(Lang.DE, query, 0.7, 3, u -> false);
    assertEquals(List.of("A", "B"), found.stream().map(m -> m.unit().target().markup()).toList());
    assertEquals(0.9, found.get(0).score(), 1e-9);
    assertEquals(0.8, found.get(1).score(), 1e-9);
    assertEquals(List.of("A"), tm.fuzzy(Lang.DE, query, 0.85, 3, u -> false).stream()
        .map(m -> m.unit().target().markup()).toList());
    assertEquals(List.of("B"), tm.fuzzy(Lang.DE, query, 0.7, 3, u -> u.origin().equals("a/s1")).stream()
        .map(m -> m.unit().target().markup()).toList());
    assertEquals(1, tm.fuzzy(Lang.DE, query, 0.7, 1, u -> false).size());
  }

  @Test
  void emptyEntriesAreIgnored() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(unit("  ", "x", "a/s1", State.REVIEWED, false, "", ""));
    tm.add(unit("Satz.", "", "a/s2", State.REVIEWED, false, "", ""));
    assertEquals(0, tm.size());
  }
}
