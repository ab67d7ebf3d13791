package org.tandem.store;

import java.util.List;
import org.tandem.model.Segment;

/**
 * The stored segments of one chapter.
 *
 * @param chapter the chapter id
 * @param nextKey the number the next new segment's key gets; keys are never reused
 * @param segments the current segments in document order
 * @param retired segments whose source no longer exists, kept with their translations so no work is lost
 */
public record ChapterSegments(String chapter, int nextKey, List<Segment> segments, List<Segment> retired) {
  public ChapterSegments {
    segments = List.copyOf(segments);
    retired = List.copyOf(retired);
  }

  /** An empty store for a new chapter. */
  public static ChapterSegments empty(String chapter) {
    return new ChapterSegments(chapter, 1, List.of(), List.of());
  }

  /** The same chapter with other segments. */
  public ChapterSegments withSegments(List<Segment> newSegments) {
    return new ChapterSegments(chapter, nextKey, newSegments, retired);
  }
}
