package org.tandem.check;

import java.util.Locale;
import org.tandem.model.Finding;
import org.tandem.model.Severity;

/** Which findings fail a check run (exit code 1): errors, warnings and errors, or none. */
public enum FailOn {
  ERROR,
  WARNING,
  NEVER;

  /** True when a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return switch (this) {
      case ERROR -> severity == Severity.ERROR;
      case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
      case NEVER -> false;
    };
  }

  /** True when the finding fails the run. */
  public boolean fails(Finding finding) {
    return fails(finding.severity());
  }

  /** True when some finding of the result fails the run (waived and baselined ones never do). */
  public boolean fails(CheckResult result) {
    return result.findings().stream().anyMatch(this::fails);
  }

  /** Parses {@code error}, {@code warning} or {@code never}. */
  public static FailOn parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown --fail-on '" + text + "' (expected error, warning or never)");
    }
  }
}
