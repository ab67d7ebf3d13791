package org.tandem.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Segment;
import org.tandem.store.ChapterSegments;

/**
 * Carries stored segments over to a fresh segmentation of their chapter: a segment whose source is
 * unchanged keeps its key, translation and state wherever it moved; new sources get new keys; stored
 * segments that no longer occur are retired with their translations, never deleted.
 */
public final class Resegmenter {
  private Resegmenter() {}

  /**
   * What re-segmenting did.
   *
   * @param store the chapter's new segments
   * @param kept segments whose source was found again
   * @param added new segments
   * @param retired stored segments whose source is gone (kept in the store's retired list)
   */
  public record Result(ChapterSegments store, int kept, int added, int retired) {}

  /** Aligns {@code fresh} with {@code stored} by source hash, in document order. */
  public static Result apply(ChapterSegments stored, List<ExtractedSegment> fresh) {
    Map<String, Deque<Segment>> byHash = new HashMap<>();
    for (Segment s : stored.segments()) {
      byHash.computeIfAbsent(s.sourceHash(), h -> new ArrayDeque<>()).add(s);
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    int nextKey = stored.nextKey();
    int added = 0;
    for (ExtractedSegment x : fresh) {
      Deque<Segment> same = byHash.get(x.source().hash());
      if (same != null && !same.isEmpty()) {
        Segment old = same.poll();
        used.add(old.key());
        segments.add(old.withPara(x.para()));
      } else {
        segments.add(Segment.untranslated("s" + nextKey++, x.para(), x.source()));
        added++;
      }
    }
    List<Segment> retired = new ArrayList<>(stored.retired());
    int newlyRetired = 0;
    for (Segment s : stored.segments()) {
      if (!used.contains(s.key())) {
        newlyRetired++;
        if (s.hasTarget()) {
          retired.add(s);
        }
      }
    }
    ChapterSegments store = new ChapterSegments(stored.chapter(), nextKey, segments, retired);
    return new Result(store, segments.size() - added, added, newlyRetired);
  }
}
