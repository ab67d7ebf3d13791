package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * A check of a translation's form rather than its terms (numbers, links, punctuation, encoding): it
 * looks only at translated, reviewed or final segments and reports at most one finding per segment.
 */
abstract class QualityRule extends SegmentRule {
  QualityRule(String id, Severity severity, String description) {
    super(id, severity, description);
  }

  @Override
  public final List<Finding> check(CheckContext ctx, Segment segment) {
    if (!isTranslation(segment) || ctx.targetText(segment).isBlank() && segment.target().codes().isEmpty()) {
      return List.of(); // a blank translation is the untranslated rule's
    }
    String problem = problem(ctx, segment, ctx.sourceText(segment), ctx.targetText(segment));
    if (problem == null) {
      return List.of();
    }
    return List.of(new Finding(ctx.chapter().id(), segment.key(), id(), defaultSeverity(), "", "", problem));
  }

  /** What is wrong with the translation, in a translator's words, or null when nothing is. */
  abstract String problem(CheckContext ctx, Segment segment, String source, String target);
}
