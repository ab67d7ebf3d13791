package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Every number of the source must appear in the translation, and no other: 1.000,5 = 1000,5 =
 * 1 000,5, "10." = "10'uncu", 2021'de = 2021, 50 % = %50, small numbers may be written as words
 * (drei = üç = 3). Numbers inside dates and times are the date rule's.
 */
public final class NumberRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "number-mismatch";

  public NumberRule() {
    super(ID, Severity.ERROR, "A number of the source is missing from the translation, or the translation has another.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    NumberComparison c = NumberComparison.of(ctx, segment);
    return c.agrees() || c.dateProblem() ? null : "the numbers differ: " + c.describe();
  }
}
