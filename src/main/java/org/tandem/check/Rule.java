package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/** One check applied to each segment of a chapter. */
public interface Rule {
  /** The rule's name in reports, e.g. {@code term-missing}. */
  String id();

  /** The findings for one segment, in the order they occur; empty when all is well. */
  List<Finding> check(CheckContext ctx, Segment segment);
}
