package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Waiver;

class SegmentMergeTest {
  static Segment fresh(String key, int para, String source) {
    return Segment.untranslated(key, para, Content.text(source));
  }

  static Segment translated(Segment s, String target, State state) {
    return s.withTarget(Content.text(target), state);
  }

  static ChapterSegments store(int nextKey, List<Segment> segments, List<Segment> retired) {
    return new ChapterSegments("ch", nextKey, segments, retired);
  }

  static final Segment S1 = fresh("s1", 1, "Altena liegt im Sauerland.");
  static final Segment S2 = fresh("s2", 1, "Die Stadt ist klein.");
  static final Segment S3 = fresh("s3", 2, "Viele Wohnungen standen leer.");
  static final ChapterSegments BASE = store(4, List.of(S1, S2, S3), List.of());

  @Test
  void translationsOfDifferentSegmentsAreAllKept() {
    ChapterSegments ours = store(4, List.of(translated(S1, "Altena Sauerland'dadır.", State.TRANSLATED), S2, S3), List.of());
    ChapterSegments theirs = store(4, List.of(S1, S2, translated(S3, "Pek çok konut boştu.", State.REVIEWED)), List.of());
    SegmentMerge.Result r = SegmentMerge.merge(BASE, ours, theirs);
    assertTrue(r.clean());
    assertEquals(List.of(ours.segments().get(0), S2, theirs.segments().get(2)), r.store().segments());
  }

  @Test
  void theSameChangeOnBothSidesIsTakenOnceAndAReviewWinsOverTheSameText() {
    Segment a = translated(S2, "Kent küçüktür.", State.TRANSLATED);
    Segment t = translated(S2, "Kent küçüktür.", State.REVIEWED);
    SegmentMerge.Result r = SegmentMerge.merge(BASE, store(4, List.of(S1, a, S3), List.of()),
        store(4, List.of(S1, t, S3), List.of()));
    assertTrue(r.clean());
    assertEquals(t, r.store().segments().get(1));
  }

  @Test
  void theSameSegmentTranslatedDifferentlyIsAConflictInsideThatSegmentOnly() {
    Segment a = translated(S2, "Kent küçüktür.", State.TRANSLATED);
    Segment t = translated(S2, "Şehir küçük.", State.REVIEWED);
    Segment other = translated(S1, "Altena Sauerland'dadır.", State.TRANSLATED);
    SegmentMerge.Result r = SegmentMerge.merge(BASE, store(4, List.of(S1, a, S3), List.of()),
        store(4, List.of(other, t, S3), List.of()));
    assertEquals(List.of("s2"), r.conflicts());
    Segment merged = r.store().segments().get(1);
    assertEquals(State.NEEDS_UPDATE, merged.state());
    assertEquals(MergeConflict.ORIGIN, merged.origin());
    assertEquals("<<<<<<< Kent küçüktür. ======= Şehir küçük. >>>>>>>", merged.target().markup());
    assertEquals(new MergeConflict.Sides(Content.text("Kent küçüktür."), Content.text("Şehir küçük.")),
        MergeConflict.split(merged.target(), merged.source()).get());
    assertEquals(other, r.store().segments().get(0));
    assertEquals(r.store(), SegmentStoreJson.read(SegmentStoreJson.write(r.store()), "ch.json"));
  }

  @Test
  void aConflictKeepsEachCodeOfTheSourceOnceSoItCanBeImportedAndBuilt() {
    List<Code> bold = List.of(new Code(1, CodeKind.OPEN, "bold", "**"), new Code(1, CodeKind.CLOSE, "bold", "**"));
    Segment b = new Segment("s1", 1, Content.parse("Die {1}Kommune{/1} hilft.", bold), null, State.NEW);
    Segment a = b.withTarget(Content.parse("{1}Belediye{/1} yardım ediyor.", bold), State.TRANSLATED);
    Segment t = b.withTarget(Content.parse("{1}Belediye{/1} destek oluyor.", bold), State.TRANSLATED);
    SegmentMerge.Result r = SegmentMerge.merge(store(2, List.of(b), List.of()), store(2, List.of(a), List.of()),
        store(2, List.of(t), List.of()));
    Segment merged = r.store().segments().get(0);
    assertEquals(merged.source().codeTags(), merged.target().codeTags());
    assertEquals("<<<<<<< {1}Belediye{/1} yardım ediyor. ======= {{1}Belediye{{/1} destek oluyor. >>>>>>>",
        merged.target().markup());
    MergeConflict.Sides sides = MergeConflict.split(merged.target(), merged.source()).get();
    assertEquals(t.target(), sides.theirs());
    assertEquals(a.target(), sides.ours());
    assertEquals(r.store(), SegmentStoreJson.read(SegmentStoreJson.write(r.store()), "ch.json"));
  }

  @Test
  void aSourceEditOnOneSideAndATranslationOnTheOtherGiveANeedsUpdateOfTheNewTranslation() {
    Segment done = translated(S2, "Kent küçüktür.", State.REVIEWED);
    ChapterSegments base = store(4, List.of(S1, done, S3), List.of());
    Segment edited = new Segment("s2", 1, Content.text("Die Stadt ist sehr klein."), done.target(),
        State.NEEDS_UPDATE, done.source(), "", List.of());
    Segment retranslated = translated(done, "Şehir küçüktür.", State.TRANSLATED);
    SegmentMerge.Result r = SegmentMerge.merge(base, store(4, List.of(S1, edited, S3), List.of()),
        store(4, List.of(S1, retranslated, S3), List.of()));
    assertTrue(r.clean());
    Segment merged = r.store().segments().get(1);
    assertEquals(new Segment("s2", 1, Content.text("Die Stadt ist sehr klein."), Content.text("Şehir küçüktür."),
        State.NEEDS_UPDATE, done.source(), "", List.of()), merged);
  }

  @Test
  void newSegmentsOfBothSidesAreKeptInPlaceAndACollidingKeyIsRenamed() {
    Segment oursNew = translated(fresh("s4", 2, "Ein neuer Satz von uns."), "Bizden yeni bir cümle.", State.TRANSLATED);
    Segment theirsNew = fresh("s4", 1, "Ein neuer Satz von ihnen.");
    SegmentMerge.Result r = SegmentMerge.merge(BASE, store(5, List.of(S1, S2, S3, oursNew), List.of()),
        store(5, List.of(S1, theirsNew, S2, S3), List.of()));
    assertTrue(r.clean());
    assertEquals(Map.of("s4", "s5"), r.renamed());
    assertEquals(List.of("s1", "s5", "s2", "s3", "s4"), r.store().segments().stream().map(Segment::key).toList());
    assertEquals(6, r.store().nextKey());
    assertEquals("Ein neuer Satz von ihnen.", r.store().segments().get(1).source().markup());
  }

  @Test
  void aSegmentRetiredOnOneSideStaysRetiredButAChangeFromTheOtherSideIsKept() {
    Segment translatedByThem = translated(S3, "Pek çok konut boştu.", State.TRANSLATED);
    SegmentMerge.Result r = SegmentMerge.merge(BASE, store(4, List.of(S1, S2), List.of()),
        store(4, List.of(S1, S2, translatedByThem), List.of()));
    assertEquals(List.of("s1", "s2"), r.store().segments().stream().map(Segment::key).toList());
    assertEquals(List.of(translatedByThem), r.store().retired());
    SegmentMerge.Result untouched = SegmentMerge.merge(BASE, store(4, List.of(S1, S2), List.of()), BASE);
    assertEquals(List.of("s1", "s2"), untouched.store().segments().stream().map(Segment::key).toList());
  }

  @Test
  void retiredListsAreUnitedAndParagraphNumbersAndWaiversMerged() {
    Segment retiredA = translated(fresh("s9", 1, "Alt A."), "Eski A.", State.REVIEWED);
    Segment retiredT = translated(fresh("s8", 1, "Alt T."), "Eski T.", State.REVIEWED);
    Waiver w = new Waiver("term-missing", "kommune", "Eigenname");
    Segment movedByUs = S3.withPara(5);
    Segment waivedByThem = S3.withWaivers(List.of(w));
    SegmentMerge.Result r = SegmentMerge.merge(BASE, store(4, List.of(S1, S2, movedByUs), List.of(retiredA)),
        store(4, List.of(S1, S2, waivedByThem), List.of(retiredT, retiredA)));
    assertEquals(List.of(retiredA, retiredT), r.store().retired());
    Segment merged = r.store().segments().get(2);
    assertEquals(5, merged.para());
    assertEquals(List.of(w), merged.waivers());
    assertNull(merged.target());
  }

  @Test
  void aFileNewOnBothSidesMergesAgainstAnEmptyBase() {
    Segment a = translated(S1, "Altena Sauerland'dadır.", State.TRANSLATED);
    SegmentMerge.Result r = SegmentMerge.merge(ChapterSegments.empty("ch"), store(2, List.of(a), List.of()),
        store(2, List.of(S1), List.of()));
    assertTrue(r.clean());
    assertEquals(List.of(a), r.store().segments());
  }
}
