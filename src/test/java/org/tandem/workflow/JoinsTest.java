package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.tandem.workflow.ResegmenterTest.done;
import static org.tandem.workflow.ResegmenterTest.fresh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;

/** Units joined by {@code tandem align} stay joined when the chapter is segmented again. */
class JoinsTest {
  private static final String A = "Altena nahm freiwillig mehr Menschen auf.";
  private static final String B = "Für eine Gemeinde dieser Größe war das ein Wagnis.";
  private static final String C = "Der Stadtrat stimmte zu.";
  private static final Segment JOINED = done("s5", 2, A + " " + B, "Altena daha fazla insan kabul etti; bu bir riskti.");

  @Test
  void joinsTheSentencesOfAStoredUnit() {
    List<ExtractedSegment> fresh = List.of(fresh(2, A), fresh(2, B), fresh(2, C));
    List<ExtractedSegment> joined = Joins.apply(fresh, List.of(JOINED, done("s7", 2, C, "Meclis onayladı.")));
    assertEquals(2, joined.size());
    assertEquals(A + " " + B, joined.get(0).source().plainText());
  }

  @Test
  void leavesEverythingElseAsItIs() {
    List<ExtractedSegment> fresh = List.of(fresh(2, A), fresh(3, B));
    assertSame(fresh, Joins.apply(fresh, List.of(JOINED)), "sentences of two paragraphs are never joined");
    List<ExtractedSegment> plain = List.of(fresh(2, A), fresh(2, B));
    assertSame(plain, Joins.apply(plain, List.of(done("s1", 2, A, "x"), done("s2", 2, B, "y"))));
  }

  @Test
  void resegmentingKeepsTheUnitAndItsTranslation() {
    ChapterSegments stored = new ChapterSegments("c", 8, List.of(JOINED, done("s7", 2, C, "Meclis onayladı.")),
        List.of());
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(2, A), fresh(2, B), fresh(2, C)));
    assertEquals(List.of(JOINED, stored.segments().get(1)), r.store().segments());
    assertEquals(2, r.kept());
  }

  @Test
  void anEditedSentenceSplitsTheUnitAndItsTranslationNeedsAnUpdate() {
    ChapterSegments stored = new ChapterSegments("c", 8, List.of(JOINED), List.of());
    String edited = "Altena nahm damals freiwillig mehr Menschen auf.";
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(2, edited), fresh(2, B)), Lang.DE,
        org.tandem.tm.TranslationMemory::new);
    List<Segment> segments = r.store().segments();
    assertEquals(2, segments.size());
    Segment kept = segments.stream().filter(s -> s.key().equals("s5")).findFirst().orElseThrow();
    assertEquals(State.NEEDS_UPDATE, kept.state());
    assertEquals(JOINED.target(), kept.target());
    assertNull(segments.stream().filter(s -> !s.key().equals("s5")).findFirst().orElseThrow().target());
  }
}
