package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/** Reports segments that have no translation yet (a warning: work in progress is normal). */
public final class UntranslatedRule extends SegmentRule {
  /** The rule's name in reports. */
  public static final String ID = "untranslated";

  public UntranslatedRule() {
    super(ID, Severity.WARNING, "A segment with text has no translation yet.");
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (segment.hasTarget() && !ctx.targetText(segment).isBlank()) {
      return List.of();
    }
    if (ctx.sourceText(segment).isBlank()) {
      return List.of(); // a segment of inline codes only has nothing to translate
    }
    return List.of(new Finding(ctx.chapter().id(), segment.key(), ID, defaultSeverity(), "", "",
        "not translated yet"));
  }
}
