package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/** Reports segments that have no translation yet (a warning: work in progress is normal). */
public final class UntranslatedRule implements Rule {
  /** The rule's name in reports. */
  public static final String ID = "untranslated";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(CheckContext ctx, Segment segment) {
    if (segment.hasTarget() && !segment.target().plainText().isBlank()) {
      return List.of();
    }
    if (segment.source().plainText().isBlank()) {
      return List.of(); // a segment of inline codes only has nothing to translate
    }
    return List.of(new Finding(ctx.chapter().id(), segment.key(), ID, Severity.WARNING, "", "",
        "not translated yet"));
  }
}
