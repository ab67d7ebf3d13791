package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/** A segment rule's declaration, given once: id, default severity, description. */
abstract class SegmentRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String description;

  SegmentRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  /** True for a segment whose target counts as a translation: it has one, translated, reviewed or final. */
  static boolean isTranslation(Segment segment) {
    return segment.hasTarget() && segment.state().isDone();
  }
}
