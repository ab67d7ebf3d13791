package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/** {@code untranslated}: a segment without a translation (a warning: work in progress is normal). */
public final class UntranslatedRule implements Rule {
  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (segment.hasTarget()) {
      return List.of();
    }
    return List.of(new Finding(ctx.chapter().id(), segment.key(), "untranslated", Severity.WARNING, "", "",
        "not translated yet"));
  }
}
