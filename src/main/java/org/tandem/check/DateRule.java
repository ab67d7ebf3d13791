package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Dates and times must say the same: "10. Mai 2021" = "10 Mayıs 2021" = 10.05.2021, "14:30 Uhr" =
 * "saat 14.30", "14 Uhr" = "saat 14.00", Montag = Pazartesi; the order of day, month and year is free.
 */
public final class DateRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "date-mismatch";

  public DateRule() {
    super(ID, Severity.ERROR, "A date, time or weekday of the translation differs from the source.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    NumberComparison c = NumberComparison.of(ctx, segment);
    if (!c.dateProblem()) {
      return null;
    }
    String numbers = c.describe();
    return "a date or time differs" + (numbers.isEmpty() ? " (the weekday)" : ": " + numbers);
  }
}
