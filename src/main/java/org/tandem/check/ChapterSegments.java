package org.tandem.check;

import java.util.List;
import java.util.Objects;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;

/**
 * A chapter and its segments, in document order: the input of a check run.
 *
 * @param chapter the chapter
 * @param segments its segments in document order
 */
public record ChapterSegments(Chapter chapter, List<Segment> segments) {
  public ChapterSegments {
    Objects.requireNonNull(chapter, "chapter");
    segments = List.copyOf(segments);
  }
}
