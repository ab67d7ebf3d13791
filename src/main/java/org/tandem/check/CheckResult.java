package org.tandem.check;

import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Severity;

/**
 * The outcome of a check run.
 *
 * @param findings sorted by chapter id, then segment order, then rule
 * @param segments how many segments were checked
 * @param chapters how many chapters were checked
 */
public record CheckResult(List<Finding> findings, int segments, int chapters) {
  public CheckResult {
    findings = List.copyOf(findings);
  }

  /** The number of findings of a severity. */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The number of errors. */
  public int errors() {
    return count(Severity.ERROR);
  }

  /** The number of warnings. */
  public int warnings() {
    return count(Severity.WARNING);
  }

  /** The number of infos. */
  public int infos() {
    return count(Severity.INFO);
  }

  /**
   * The one-line summary, e.g. {@code 3 errors, 12 warnings in 6 chapters}; infos are named only
   * when there are some.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(plural(errors(), "error")).append(", ")
        .append(plural(warnings(), "warning"));
    if (infos() > 0) {
      sb.append(", ").append(plural(infos(), "info"));
    }
    return sb.append(" in ").append(plural(chapters, "chapter")).toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** True when the run found an error, which fails {@code tandem check}. */
  public boolean hasErrors() {
    return errors() > 0;
  }
}
