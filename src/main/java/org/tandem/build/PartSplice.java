package org.tandem.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.Content;

/**
 * One part of a document with its segments spliced in. A segment may lie inside an inline code of
 * another (an HTML {@code alt} or {@code title} attribute inside a tag that is a code of the
 * sentence around it): its translation is written into that code's source text, wherever the
 * translation of the sentence around it puts the code.
 */
final class PartSplice {
  private final String src;
  private final List<ExtractedSegment> segments;
  private final List<Content> targets;
  private final UnaryOperator<String> untranslated;
  /** The part's segments by start, a segment before those nested in it. */
  private final List<Integer> order = new ArrayList<>();
  private int next;

  PartSplice(String src, int part, List<ExtractedSegment> segments, List<Content> targets,
      UnaryOperator<String> untranslated) {
    this.src = src;
    this.segments = segments;
    this.targets = targets;
    this.untranslated = untranslated;
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).part() == part) {
        order.add(i);
      }
    }
    order.sort(Comparator.<Integer>comparingInt(i -> segments.get(i).start()).thenComparing(i -> -segments.get(i).end()));
  }

  String render() {
    return range(0, src.length());
  }

  /** The source text from {@code from} to {@code to} with the segments in it spliced in. */
  private String range(int from, int to) {
    StringBuilder out = new StringBuilder(to - from + 16);
    int p = from;
    while (next < order.size() && segments.get(order.get(next)).end() <= to) {
      int index = order.get(next++);
      ExtractedSegment seg = segments.get(index);
      if (seg.start() < p) {
        continue; // overlaps what is written already: never produced by a format, kept out
      }
      out.append(src, p, seg.start()).append(segment(index));
      p = seg.end();
    }
    return out.append(src, p, to).toString();
  }

  private String segment(int index) {
    ExtractedSegment seg = segments.get(index);
    Content target = targets.get(index);
    if (target == null) {
      return untranslated.apply(range(seg.start(), seg.end()));
    }
    if (target.equals(seg.source())) {
      return range(seg.start(), seg.end());
    }
    Map<String, String> codeTexts = codeTexts(seg);
    String text = Reassembler.segment(src, seg, target, c -> codeTexts.getOrDefault(key(c), c.data()));
    while (next < order.size() && segments.get(order.get(next)).end() <= seg.end()) {
      next++; // nested segments outside any code cannot be: they are part of the translated text
    }
    return text;
  }

  /**
   * The source text of every code of a segment with the segments nested in it spliced in, by code;
   * codes hold their exact source text, so they are found in order in the segment's source.
   */
  private Map<String, String> codeTexts(ExtractedSegment seg) {
    Map<String, String> texts = new HashMap<>();
    if (next >= order.size() || segments.get(order.get(next)).end() > seg.end()) {
      return texts; // nothing nested: every code is written as its data
    }
    int at = seg.start();
    for (Code code : seg.source().codes()) {
      int start = src.indexOf(code.data(), at);
      if (start < 0 || start + code.data().length() > seg.end()) {
        break;
      }
      at = start + code.data().length();
      texts.put(key(code), range(start, at));
    }
    return texts;
  }

  private static String key(Code code) {
    return code.kind() + " " + code.id();
  }
}
