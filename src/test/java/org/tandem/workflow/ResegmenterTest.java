package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentStoreJson;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TranslationMemory;

class ResegmenterTest {
  static ExtractedSegment fresh(int para, String text) {
    return fresh(para, Content.text(text));
  }

  static ExtractedSegment fresh(int para, Content source) {
    return new ExtractedSegment(para, source, 0, 0, " ", Escaping.MARKDOWN);
  }

  static Segment done(String key, int para, String source, String target) {
    return new Segment(key, para, Content.text(source), Content.text(target), State.REVIEWED);
  }

  static ChapterSegments store(int nextKey, Segment... segments) {
    return new ChapterSegments("ch", nextKey, List.of(segments), List.of());
  }

  static Resegmenter.Result apply(ChapterSegments stored, ExtractedSegment... fresh) {
    return Resegmenter.apply(stored, List.of(fresh), Lang.DE, TranslationMemory::new);
  }

  static List<Integer> counts(Resegmenter.Result r) {
    return List.of(r.kept(), r.moved(), r.edited(), r.added(), r.leveraged(), r.retired());
  }

  @Test
  void unchangedSourcesKeepKeyTranslationAndStateWhereverTheyMoved() {
    ChapterSegments stored = store(3, done("s1", 1, "Eins.", "Bir."), done("s2", 2, "Zwei.", "İki."));
    Resegmenter.Result r = Resegmenter.apply(stored,
        List.of(fresh(1, "Neu."), fresh(2, "Zwei."), fresh(3, "Eins.")));
    assertEquals(List.of(Segment.untranslated("s3", 1, Content.text("Neu.")), done("s2", 2, "Zwei.", "İki."),
        done("s1", 3, "Eins.", "Bir.")), r.store().segments());
    assertEquals(4, r.store().nextKey());
    assertEquals(List.of(1, 1, 0, 1, 0, 0), counts(r));
  }

  @Test
  void insertingParagraphsBeforeMovesNothing() {
    ChapterSegments stored = store(3, done("s1", 1, "Eins.", "Bir."), done("s2", 2, "Zwei.", "İki."));
    Resegmenter.Result r = apply(stored, fresh(1, "Ganz neu am Anfang."), fresh(2, "Noch etwas."),
        fresh(3, "Eins."), fresh(4, "Zwei."));
    assertEquals(List.of(2, 0, 0, 2, 0, 0), counts(r));
    assertEquals(List.of("s3", "s4", "s1", "s2"), r.store().segments().stream().map(Segment::key).toList());
  }

  @Test
  void aRemovedTranslatedSegmentIsRetiredNotLost() {
    ChapterSegments stored = store(3, done("s1", 1, "Eins.", "Bir."),
        Segment.untranslated("s2", 1, Content.text("Zwei.")));
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(1, "Drei.")));
    assertEquals(List.of(done("s1", 1, "Eins.", "Bir.")), r.store().retired());
    assertEquals(2, r.retired());
    assertEquals("s3", r.store().segments().get(0).key());
  }

  @Test
  void repeatedSourcesAreMatchedInOrder() {
    ChapterSegments stored = store(3, done("s1", 1, "Ja.", "Evet."), done("s2", 2, "Ja.", "Evet!"));
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(1, "Ja."), fresh(2, "Ja.")));
    assertEquals(List.of("s1", "s2"), r.store().segments().stream().map(Segment::key).toList());
  }

  @Test
  void anEditedSegmentKeepsKeyAndTranslationAndNeedsAnUpdate() {
    ChapterSegments stored = store(3, done("s1", 1, "Für eine Gemeinde dieser Größe war das ein Wagnis.",
        "Bu ölçekte bir belediye için bu, riskli bir adımdı."), done("s2", 2, "Zwei Sätze.", "İki cümle."));
    Resegmenter.Result r = apply(stored, fresh(1, "Für eine Gemeinde dieser Größe war das ein großes Wagnis."),
        fresh(2, "Zwei Sätze."));
    Segment s = r.store().segments().get(0);
    assertEquals("s1", s.key());
    assertEquals(State.NEEDS_UPDATE, s.state());
    assertEquals("Bu ölçekte bir belediye için bu, riskli bir adımdı.", s.target().markup());
    assertEquals("Für eine Gemeinde dieser Größe war das ein Wagnis.", s.previousSource().markup());
    assertEquals(List.of(1, 0, 1, 0, 0, 0), counts(r));
    assertEquals(List.of(), r.store().retired());
  }

  @Test
  void aSecondEditKeepsTheSourceTheTranslationWasMadeForAndUndoingItRestoresTheTranslation() {
    ChapterSegments stored = store(2, done("s1", 1, "Die Stadt mietete leer stehende Wohnungen an.",
        "Kent boş konutları kiraladı."));
    ChapterSegments once = apply(stored, fresh(1, "Die Stadt mietete viele leer stehende Wohnungen an.")).store();
    ChapterSegments twice = apply(once, fresh(1, "Die Stadt mietete sehr viele leer stehende Wohnungen an.")).store();
    assertEquals("Die Stadt mietete leer stehende Wohnungen an.", twice.segments().get(0).previousSource().markup());
    Segment undone = apply(twice, fresh(1, "Die Stadt mietete leer stehende Wohnungen an.")).store().segments().get(0);
    assertEquals(State.TRANSLATED, undone.state());
    assertNull(undone.previousSource());
    assertEquals("Kent boş konutları kiraladı.", undone.target().markup());
  }

  @Test
  void unrelatedSentencesAreNotTakenForEdits() {
    ChapterSegments stored = store(2, done("s1", 1, "Die Stadt wächst.", "Kent büyüyor."));
    Resegmenter.Result r = apply(stored, fresh(1, "Die Kinder lernen."));
    assertEquals(List.of(0, 0, 0, 1, 0, 1), counts(r));
    assertEquals("Kent büyüyor.", r.store().retired().get(0).target().markup());
  }

  @Test
  void amongEqualCandidatesTheEditInPlaceWins() {
    ChapterSegments stored = store(5, done("s1", 1, "Kapitel eins beginnt hier heute.", "A"),
        done("s2", 2, "Anker eins.", "X"), done("s3", 3, "Kapitel eins beginnt hier heute.", "B"),
        done("s4", 4, "Anker zwei.", "Y"));
    Resegmenter.Result r = apply(stored, fresh(1, "Anker eins."), fresh(2, "Kapitel eins beginnt dort heute."),
        fresh(3, "Anker zwei."));
    assertEquals("s3", r.store().segments().get(1).key(), "the stored segment between the same anchors");
  }

  @Test
  void aSplitSentenceKeepsItsTranslationInTheMostSimilarPart() {
    ChapterSegments stored = store(2, done("s1", 1,
        "Die Stadt mietete Wohnungen an, und die Familien lebten Tür an Tür mit den Nachbarn.",
        "Kent konut kiraladı ve aileler komşularıyla kapı kapıya yaşadı."));
    Resegmenter.Result r = apply(stored, fresh(1, "Die Stadt mietete Wohnungen an."),
        fresh(1, "Die Familien lebten Tür an Tür mit den Nachbarn."));
    List<Segment> segments = r.store().segments();
    assertEquals("s2", segments.get(0).key());
    assertEquals("s1", segments.get(1).key(), "the longer part inherits");
    assertEquals(State.NEEDS_UPDATE, segments.get(1).state());
    assertEquals("Kent konut kiraladı ve aileler komşularıyla kapı kapıya yaşadı.", segments.get(1).target().markup());
    assertEquals(List.of(0, 0, 1, 1, 0, 0), counts(r));
  }

  @Test
  void mergedSentencesJoinTheirTranslationsUnderTheFirstKey() {
    ChapterSegments stored = store(3, done("s1", 1, "Die Stadt mietete Wohnungen.", "Kent konut kiraladı."),
        done("s2", 1, "Die Familien lebten dort.", "Aileler orada yaşadı."));
    Resegmenter.Result r = apply(stored, fresh(1, "Die Stadt mietete Wohnungen, und die Familien lebten dort."));
    Segment s = r.store().segments().get(0);
    assertEquals("s1", s.key());
    assertEquals(State.NEEDS_UPDATE, s.state());
    assertEquals("Kent konut kiraladı. Aileler orada yaşadı.", s.target().markup());
    assertEquals("Die Stadt mietete Wohnungen. Die Familien lebten dort.", s.previousSource().markup());
    assertEquals(List.of(0, 0, 1, 0, 0, 0), counts(r));
    assertEquals(List.of("s2"), r.store().retired().stream().map(Segment::key).toList(), "kept for reuse");
  }

  @Test
  void anOutdatedTranslationLosesTheCodesItsSourceLostSoTheStoreStaysReadable() {
    List<Code> bold = List.of(new Code(1, CodeKind.OPEN, "bold", "**"), new Code(1, CodeKind.CLOSE, "bold", "**"));
    Segment old = new Segment("s1", 1, Content.parse("Die {1}Kommune{/1} hilft den Familien.", bold),
        Content.parse("{1}Belediye{/1} ailelere yardım ediyor.", bold), State.REVIEWED);
    Resegmenter.Result r = apply(store(2, old), fresh(1, "Die Kommune hilft allen Familien."));
    Segment s = r.store().segments().get(0);
    assertEquals("Belediye ailelere yardım ediyor.", s.target().markup());
    assertEquals("Die {1}Kommune{/1} hilft den Familien.", s.previousSource().markup());
    ChapterSegments back = SegmentStoreJson.read(SegmentStoreJson.write(r.store()), "ch.json");
    assertEquals(r.store(), back);
  }

  @Test
  void addingBoldToASentenceIsAnEdit() {
    List<Code> bold = List.of(new Code(1, CodeKind.OPEN, "bold", "**"), new Code(1, CodeKind.CLOSE, "bold", "**"));
    Resegmenter.Result r = apply(store(2, done("s1", 1, "Die Kommune hilft.", "Belediye yardım ediyor.")),
        fresh(1, Content.parse("Die {1}Kommune{/1} hilft.", bold)));
    assertEquals(State.NEEDS_UPDATE, r.store().segments().get(0).state());
  }

  @Test
  void newSegmentsArePreFilledFromExactMemoryMatchesButNeverReviewed() {
    TranslationMemory tm = new TranslationMemory();
    tm.add(new TmUnit(Lang.DE, Content.text("Die Kinder besuchten die Schulen im Viertel."),
        Content.text("Çocuklar mahalledeki okullara gitti."), "other/s4", State.FINAL, false, "", ""));
    Resegmenter.Result r = Resegmenter.apply(store(2, done("s1", 1, "Eins zwei drei vier.", "Bir.")),
        List.of(fresh(1, "Eins zwei drei vier."), fresh(2, "Die Kinder besuchten die Schulen im Viertel.")),
        Lang.DE, () -> tm);
    Segment s = r.store().segments().get(1);
    assertEquals(new Segment("s2", 2, Content.text("Die Kinder besuchten die Schulen im Viertel."),
        Content.text("Çocuklar mahalledeki okullara gitti."), State.TRANSLATED, null, "tm", List.of()), s);
    assertEquals(1, r.leveraged());
  }

  @Test
  void theMemoryIsOnlyBuiltWhenThereIsSomethingNew() {
    Resegmenter.Result r = Resegmenter.apply(store(2, done("s1", 1, "Eins.", "Bir.")), List.of(fresh(1, "Eins.")),
        Lang.DE, () -> {
          throw new AssertionError("no new segment, so no memory");
        });
    assertEquals(1, r.kept());
  }

  @Test
  void aRetiredTranslationIsRetiredOnceAndKeysAreNeverReused() {
    ChapterSegments stored = store(2, done("s1", 1, "Eins zwei drei.", "Bir iki üç."));
    ChapterSegments gone = apply(stored, fresh(1, "Etwas völlig anderes.")).store();
    ChapterSegments back = apply(gone, fresh(1, "Eins zwei drei.")).store();
    ChapterSegments goneAgain = apply(back, fresh(1, "Etwas völlig anderes.")).store();
    assertTrue(goneAgain.segments().stream().noneMatch(s -> s.key().equals("s1")));
    assertEquals(1, goneAgain.retired().stream().filter(s -> s.target().markup().equals("Bir iki üç.")).count());
    assertEquals(List.of("s4"), goneAgain.segments().stream().map(Segment::key).toList());
  }

  @Test
  void twoSegmentsWithOneKeyAreToldApartAndADamagedNextKeyNeverReusesAKey() {
    ChapterSegments merged = new ChapterSegments("ch", 3, List.of(done("s1", 1, "Eins.", "Bir."),
        Segment.untranslated("s3", 1, Content.text("Neu von Anna.")), Segment.untranslated("s3", 2,
            Content.text("Neu von Berk."))), List.of(done("s4", 1, "Alt.", "Eski.")));
    Resegmenter.Result r = apply(merged, fresh(1, "Eins."), fresh(1, "Neu von Anna."), fresh(2, "Neu von Berk."),
        fresh(3, "Ganz neu."));
    assertEquals(List.of("s1", "s3", "s5", "s6"), r.store().segments().stream().map(Segment::key).toList());
    assertEquals(7, r.store().nextKey());
  }

  @Test
  void deletingOneCopyOfARepeatedSentenceRetiresThatCopyAndMovesNothing() {
    ChapterSegments stored = store(6, done("s1", 1, "Ja.", "Evet (1)."), done("s2", 2, "Erstens.", "Birincisi."),
        done("s3", 3, "Ja.", "Evet (2)."), done("s4", 4, "Zweitens.", "İkincisi."), done("s5", 5, "Ja.", "Evet (3)."));
    Resegmenter.Result r = apply(stored, fresh(1, "Erstens."), fresh(2, "Ja."), fresh(3, "Zweitens."), fresh(4, "Ja."));
    assertEquals(List.of("s2", "s3", "s4", "s5"), r.store().segments().stream().map(Segment::key).toList());
    assertEquals(List.of(4, 0, 0, 0, 0, 1), counts(r));
    assertEquals(List.of("s1"), r.store().retired().stream().map(Segment::key).toList());
  }
}
