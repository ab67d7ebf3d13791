package org.tandem.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.compare.Contents;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentationCache;
import org.tandem.store.Workspace;
import org.tandem.tm.TranslationMemory;

/**
 * Pre-fills untranslated segments from exact translation-memory matches (state
 * {@code translated}, origin {@code tm}); a segment that has a translation is never touched.
 */
public final class Leveraging {
  private Leveraging() {}

  /**
   * What pre-filling did in one chapter.
   *
   * @param chapter the chapter
   * @param filled segments pre-filled
   * @param untranslated segments still without a translation
   */
  public record Filled(Chapter chapter, int filled, int untranslated) {}

  /** Pre-fills the untranslated segments of {@code chapters} from {@code memory}; writes changed stores. */
  public static List<Filled> prefill(Workspace ws, List<Chapter> chapters, TranslationMemory memory) {
    List<Filled> result = new ArrayList<>();
    for (Chapter chapter : chapters) {
      ChapterSegments store = ws.load(chapter);
      List<Segment> segments = new ArrayList<>(store.segments());
      int filled = 0;
      int untranslated = 0;
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        if (s.hasTarget() || s.state() != State.NEW) {
          continue;
        }
        Optional<Segment> leveraged = leverage(memory, chapter, segments, i);
        if (leveraged.isPresent()) {
          segments.set(i, leveraged.get());
          filled++;
        } else {
          untranslated++;
        }
      }
      if (filled > 0) {
        SegmentationCache.saveSameSources(ws, chapter, store.withSegments(segments));
      }
      result.add(new Filled(chapter, filled, untranslated));
    }
    return result;
  }

  private static Optional<Segment> leverage(TranslationMemory memory, Chapter chapter, List<Segment> segments,
      int i) {
    Segment s = segments.get(i);
    String before = i > 0 ? Contents.matchKey(segments.get(i - 1).source()) : "";
    String after = i + 1 < segments.size() ? Contents.matchKey(segments.get(i + 1).source()) : "";
    return memory.leverage(chapter.sourceLang(), s.source(), before, after)
        .map(hit -> new Segment(s.key(), s.para(), s.source(), hit.target(), State.TRANSLATED, null, "tm",
            s.waivers()));
  }
}
