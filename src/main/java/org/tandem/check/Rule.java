package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/** A check applied to each segment of a chapter on its own. */
public interface Rule extends CheckRule {
  /** The findings for one segment, in the order they occur; empty when all is well. */
  List<Finding> check(CheckContext ctx, Segment segment);
}
