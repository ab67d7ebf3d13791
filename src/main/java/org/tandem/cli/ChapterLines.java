package org.tandem.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.check.ChapterSegments;
import org.tandem.check.SourceLines;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;
import org.tandem.workflow.Project;

/**
 * The line of each stored segment in its chapter's source file, found by segmenting the source
 * again and pairing stored and extracted segments with equal content, in order. A segment whose
 * source was edited since it was stored has no line (0); reports then name only the file. A
 * chapter's source is read when a line of it is first asked for, so chapters without findings cost
 * nothing.
 */
final class ChapterLines implements SourceLines {
  private final Project project;
  private final Map<String, ChapterSegments> chapters = new HashMap<>();
  private final Map<String, Map<String, Integer>> lines = new HashMap<>();

  /** Lines of the chapters' segments; a chapter whose source cannot be read gets none. */
  ChapterLines(Project project, List<ChapterSegments> chapters) {
    this.project = project;
    chapters.forEach(c -> this.chapters.put(c.chapter().id(), c));
  }

  @Override
  public int line(String chapter, String unit) {
    return lines.computeIfAbsent(chapter, this::read).getOrDefault(unit, 0);
  }

  private Map<String, Integer> read(String id) {
    ChapterSegments chapter = chapters.get(id);
    if (chapter == null) {
      return Map.of();
    }
    try {
      return of(org.tandem.workflow.Joins.apply(project.extract(chapter.chapter()), chapter.segments()),
          chapter.segments());
    } catch (TandemException e) {
      return Map.of();
    }
  }

  /** Pairs stored segments with extracted ones of equal source, both in document order. */
  static Map<String, Integer> of(ExtractedDocument doc, List<Segment> stored) {
    // in a document of several parts (DOCX, ODT) a line is counted within the segment's part
    List<int[]> starts = doc.parts().stream().map(p -> lineStarts(p.text())).toList();
    Map<String, Integer> result = new HashMap<>();
    List<ExtractedSegment> extracted = new ArrayList<>(doc.segments());
    int from = 0;
    for (Segment segment : stored) {
      for (int i = from; i < extracted.size(); i++) {
        if (extracted.get(i).source().equals(segment.source())) {
          ExtractedSegment x = extracted.get(i);
          result.put(segment.key(), line(starts.get(x.part()), x.start()));
          from = i + 1;
          break;
        }
      }
    }
    return result;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int line(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
