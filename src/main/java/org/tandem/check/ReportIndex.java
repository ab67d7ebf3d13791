package org.tandem.check;

import java.util.HashMap;
import java.util.Map;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/** The chapters and segments of a result, looked up by the ids findings carry. */
final class ReportIndex {
  private final Map<String, Chapter> chapters = new HashMap<>();
  private final Map<String, Map<String, Segment>> segments = new HashMap<>();

  ReportIndex(CheckResult result) {
    for (ChapterSegments c : result.checked()) {
      chapters.put(c.chapter().id(), c.chapter());
      Map<String, Segment> byKey = new HashMap<>();
      c.segments().forEach(s -> byKey.putIfAbsent(s.key(), s));
      segments.put(c.chapter().id(), byKey);
    }
  }

  /** The finding's chapter, or null when the result carries no input. */
  Chapter chapter(Finding f) {
    return chapters.get(f.chapter());
  }

  /** The finding's segment, or null. */
  Segment segment(Finding f) {
    return segments.getOrDefault(f.chapter(), Map.of()).get(f.unit());
  }

  /** The file the chapter's findings point at, or the chapter id when unknown. */
  String file(String chapter) {
    Chapter c = chapters.get(chapter);
    return c == null ? chapter : c.file();
  }

  /** The segment's source text without codes, or empty. */
  String sourceText(Finding f) {
    Segment s = segment(f);
    return s == null ? "" : CheckContext.nfc(s.source().plainText()); // as the rules read it: spans fit
  }

  /** The segment's target text without codes, or empty. */
  String targetText(Finding f) {
    Segment s = segment(f);
    return s == null || !s.hasTarget() ? "" : CheckContext.nfc(s.target().plainText());
  }
}
