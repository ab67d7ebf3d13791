package org.tandem.check;

import java.util.Objects;

/**
 * How a report is written.
 *
 * @param colour whether the text report may use terminal colours
 * @param failOn which findings fail the run (JUnit failures, for instance, are exactly those)
 * @param lines where units stand in their files (SARIF, GitHub, JUnit and JSON locations)
 * @param toolVersion tandem's version, named in SARIF
 */
public record ReportOptions(boolean colour, FailOn failOn, SourceLines lines, String toolVersion) {
  /** Plain text, failing on errors, no lines. */
  public static final ReportOptions DEFAULT = new ReportOptions(false, FailOn.ERROR, SourceLines.NONE, "dev");

  public ReportOptions {
    Objects.requireNonNull(failOn, "failOn");
    lines = Objects.requireNonNullElse(lines, SourceLines.NONE);
    toolVersion = Objects.requireNonNullElse(toolVersion, "dev");
  }
}
