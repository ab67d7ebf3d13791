package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Severity;

/**
 * Counts of a check run.
 *
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param infos findings of severity info
 * @param segments segments checked
 * @param chapters chapters checked
 */
public record CheckSummary(int errors, int warnings, int infos, int segments, int chapters) {
  /** Counts the findings of a run over {@code segments} segments in {@code chapters} chapters. */
  public static CheckSummary of(List<Finding> findings, int segments, int chapters) {
    return new CheckSummary(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
        count(findings, Severity.INFO), segments, chapters);
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The summary as a sentence: "2 errors, 92 warnings in 276 segments of 6 chapters". */
  public String sentence() {
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning" : " warnings") + " in " + segments + " segments of " + chapters + " chapters";
  }
}
