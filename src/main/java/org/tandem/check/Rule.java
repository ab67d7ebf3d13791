package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/** One check applied to each segment. */
public interface Rule {
  /** The findings for one segment (none when it is fine). */
  List<Finding> check(CheckContext ctx, Segment segment);
}
