package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/**
 * A check that compares segments across the whole run (consistency). It sees every segment while
 * the segment rules run, sharing their term hits, and reports at the end.
 */
public interface ProjectRule extends CheckRule {
  /** A fresh collector for one run. */
  Collector start();

  /** The state of one run of a project rule. */
  interface Collector {
    /** Looks at one segment (chapters in id order, segments in document order). */
    void see(CheckContext ctx, Segment segment);

    /** The findings, once every segment was seen; the checker puts them in order. */
    List<Finding> finish();
  }
}
