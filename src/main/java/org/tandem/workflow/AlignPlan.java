package org.tandem.workflow;

import java.util.ArrayList;
import java.util.List;
import org.tandem.align.Link;
import org.tandem.align.Row;
import org.tandem.compare.Contents;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Text;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Suggestions;

/**
 * What an alignment changes in a chapter's store: confident pairs become translations, two segments
 * translated by one sentence become one unit ({@link Joins}), the others get suggestions.
 */
final class AlignPlan {
  private final ChapterSegments stored;
  private final ExtractedDocument current;
  private final List<ExtractedSegment> targets;
  private final Aligning.Options options;
  private final List<Segment> segments = new ArrayList<>();
  private final List<Segment> retired;
  private final List<Row> rows = new ArrayList<>();
  private final List<Suggestions.Item> suggestions = new ArrayList<>();
  private final List<Segment> overwritten = new ArrayList<>();
  private int translated;
  private int joined;
  private int confident;
  private boolean changes;

  private AlignPlan(ChapterSegments stored, ExtractedDocument current, List<ExtractedSegment> targets,
      Aligning.Options options) {
    this.stored = stored;
    this.current = current;
    this.targets = targets;
    this.options = options;
    this.retired = new ArrayList<>(stored.retired());
  }

  /** The plan for {@code links} between the stored segments and the translation's sentences. */
  static AlignPlan make(ChapterSegments stored, ExtractedDocument current, AlignInputs.Translation translation,
      List<Link> links, Aligning.Options options) {
    AlignPlan plan = new AlignPlan(stored, current, translation.doc().segments(), options);
    links.forEach(plan::add);
    return plan;
  }

  private void add(Link link) {
    List<Segment> group = stored.segments().subList(link.srcFrom(), link.srcTo());
    List<ExtractedSegment> sentences = targets.subList(link.tgtFrom(), link.tgtTo());
    List<String> texts = sentences.stream().map(x -> x.source().plainText()).toList();
    Row.Action action;
    if (!link.paired()) {
      action = group.isEmpty() ? Row.Action.ADDED : Row.Action.LEFT_OUT;
      segments.addAll(group);
    } else if (link.confidence() >= options.threshold() && joinable(link)) {
      confident += group.size();
      action = translate(group, sentences);
    } else {
      segments.addAll(group);
      action = suggest(group.get(0), texts, link.confidence());
    }
    rows.add(new Row(group.stream().map(Segment::key).toList(), group.stream().map(s -> s.source().plainText())
        .toList(), texts, link.confidence(), action));
  }

  /** True for one segment, or two of one paragraph with only spaces between them in the source. */
  private boolean joinable(Link link) {
    if (link.sources() == 1) {
      return true;
    }
    if (current == null || link.sources() > 2) {
      return false;
    }
    ExtractedSegment a = current.segments().get(link.srcFrom());
    ExtractedSegment b = current.segments().get(link.srcFrom() + 1);
    return a.para() == b.para() && a.part() == b.part()
        && current.parts().get(a.part()).text().substring(a.end(), b.start()).isBlank();
  }

  private Row.Action translate(List<Segment> group, List<ExtractedSegment> sentences) {
    Segment first = group.get(0);
    List<Segment> replaced = group.stream().filter(s -> s.hasTarget() && !"tm".equals(s.origin())).toList();
    if (!replaced.isEmpty() && !options.overwrite()) {
      overwritten.addAll(replaced);
      segments.addAll(group);
      return Row.Action.KEPT;
    }
    Content source = group.size() == 1 ? first.source() : Contents.join(group.stream().map(Segment::source).toList());
    Content target = TargetCodes.fit(join(sentences), source);
    segments.add(new Segment(first.key(), first.para(), source, target, State.TRANSLATED, null, Progress.ALIGNED,
        first.waivers()));
    group.subList(1, group.size()).stream().filter(Segment::hasTarget).forEach(retired::add);
    translated++;
    joined += group.size() - 1;
    changes = true;
    return Row.Action.TRANSLATED;
  }

  private static Content join(List<ExtractedSegment> sentences) {
    if (sentences.size() == 1) {
      return sentences.get(0).source();
    }
    List<Piece> pieces = new ArrayList<>();
    for (ExtractedSegment x : sentences) {
      if (!pieces.isEmpty()) {
        pieces.add(new Text(" "));
      }
      pieces.addAll(x.source().pieces());
    }
    return new Content(pieces);
  }

  private Row.Action suggest(Segment first, List<String> texts, double confidence) {
    if (first.hasTarget()) {
      return Row.Action.KEPT;
    }
    suggestions.add(new Suggestions.Item(first.key(), first.sourceHash(), String.join(" ", texts), confidence));
    changes = true;
    return Row.Action.SUGGESTED;
  }

  ChapterSegments store() {
    return new ChapterSegments(stored.chapter(), stored.nextKey(), segments, retired);
  }

  List<Row> rows() {
    return rows;
  }

  List<Suggestions.Item> suggestions() {
    return suggestions;
  }

  List<Segment> overwritten() {
    return overwritten;
  }

  int translated() {
    return translated;
  }

  int joined() {
    return joined;
  }

  /** Segments in pairs at or above the threshold. */
  int confidentSegments() {
    return confident;
  }

  int targetSentences() {
    return targets.size();
  }

  boolean changes() {
    return changes;
  }
}
