package org.tandem.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.compare.Contents;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Segment;

/**
 * Segments joined into one unit because a translation renders two source sentences as one
 * ({@code tandem align}, a 2-1 group). The store keeps such a unit as one segment whose source is
 * the two sentences joined ({@link Contents#join}); no extra record is needed: wherever a fresh
 * segmentation has two consecutive sentences of one paragraph whose join is a stored source, they
 * are joined again before anything compares them with the store. So re-segmenting keeps the unit,
 * and build splices its translation over both sentences. When one of the two sentences is edited,
 * the join no longer matches and the unit counts as split: re-segmenting gives its translation to the
 * more similar part, as needs-update.
 */
public final class Joins {
  private Joins() {}

  /** The unit two consecutive segments of one paragraph make. */
  public static ExtractedSegment join(ExtractedSegment a, ExtractedSegment b) {
    return new ExtractedSegment(a.para(), Contents.join(List.of(a.source(), b.source())), a.start(), b.end(),
        a.lineBreak(), a.escaping(), a.part());
  }

  /** The document with the sentence pairs joined that the store holds as one unit. */
  public static ExtractedDocument apply(ExtractedDocument doc, List<Segment> stored) {
    List<ExtractedSegment> joined = apply(doc.segments(), stored);
    return joined == doc.segments() ? doc : new ExtractedDocument(doc.bytes(), doc.parts(), joined);
  }

  /** The segments with the pairs joined that the store holds as one unit; the same list when there are none. */
  public static List<ExtractedSegment> apply(List<ExtractedSegment> fresh, List<Segment> stored) {
    Set<String> freshTexts = new HashSet<>();
    fresh.forEach(x -> freshTexts.add(x.source().plainText()));
    Map<String, Content> candidates = new HashMap<>();
    for (Segment s : stored) {
      String text = s.source().plainText();
      if (!freshTexts.contains(text)) {
        candidates.put(text, s.source()); // only a source no fresh segment has can be a join
      }
    }
    if (candidates.isEmpty()) {
      return fresh;
    }
    List<ExtractedSegment> out = new ArrayList<>(fresh.size());
    boolean any = false;
    for (int i = 0; i < fresh.size(); i++) {
      ExtractedSegment x = fresh.get(i);
      if (i + 1 < fresh.size() && fresh.get(i + 1).para() == x.para() && fresh.get(i + 1).part() == x.part()) {
        Content wanted = candidates.get(x.source().plainText() + " " + fresh.get(i + 1).source().plainText());
        ExtractedSegment unit = wanted == null ? null : join(x, fresh.get(i + 1));
        if (unit != null && unit.source().equals(wanted)) {
          out.add(unit);
          i++;
          any = true;
          continue;
        }
      }
      out.add(x);
    }
    return any ? out : fresh;
  }
}
