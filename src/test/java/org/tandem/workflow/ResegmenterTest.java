package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;

class ResegmenterTest {
  static ExtractedSegment fresh(int para, String text) {
    return new ExtractedSegment(para, Content.text(text), 0, 0, " ", false);
  }

  static Segment done(String key, int para, String source, String target) {
    return new Segment(key, para, Content.text(source), Content.text(target), State.REVIEWED);
  }

  @Test
  void unchangedSourcesKeepKeyTranslationAndStateWhereverTheyMoved() {
    ChapterSegments stored = new ChapterSegments("ch", 3,
        List.of(done("s1", 1, "Eins.", "Bir."), done("s2", 2, "Zwei.", "İki.")), List.of());
    Resegmenter.Result r = Resegmenter.apply(stored,
        List.of(fresh(1, "Neu."), fresh(2, "Zwei."), fresh(3, "Eins.")));
    assertEquals(List.of(Segment.untranslated("s3", 1, Content.text("Neu.")), done("s2", 2, "Zwei.", "İki."),
        done("s1", 3, "Eins.", "Bir.")), r.store().segments());
    assertEquals(4, r.store().nextKey());
    assertEquals(List.of(2, 1, 0), List.of(r.kept(), r.added(), r.retired()));
  }

  @Test
  void aRemovedTranslatedSegmentIsRetiredNotLost() {
    ChapterSegments stored = new ChapterSegments("ch", 3,
        List.of(done("s1", 1, "Eins.", "Bir."), Segment.untranslated("s2", 1, Content.text("Zwei."))), List.of());
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(1, "Drei.")));
    assertEquals(List.of(done("s1", 1, "Eins.", "Bir.")), r.store().retired());
    assertEquals(2, r.retired());
    assertEquals("s3", r.store().segments().get(0).key());
  }

  @Test
  void repeatedSourcesAreMatchedInOrder() {
    ChapterSegments stored = new ChapterSegments("ch", 3,
        List.of(done("s1", 1, "Ja.", "Evet."), done("s2", 2, "Ja.", "Evet!")), List.of());
    Resegmenter.Result r = Resegmenter.apply(stored, List.of(fresh(1, "Ja."), fresh(2, "Ja.")));
    assertEquals(List.of("s1", "s2"), r.store().segments().stream().map(Segment::key).toList());
  }
}
