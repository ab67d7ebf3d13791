package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Finding;
import org.tandem.model.Severity;
import org.tandem.model.Waiver;

/**
 * The outcome of a check run.
 *
 * @param findings sorted by chapter id, then segment order, then rule; waived and baselined
 *     findings are not among them
 * @param segments how many segments were checked
 * @param chapters how many chapters were checked
 * @param waived findings a reviewer waived for their unit, with the waiver
 * @param baselined how many findings were left out because the baseline lists them
 * @param checked the chapters and segments checked, sorted by chapter id (for reports)
 */
public record CheckResult(List<Finding> findings, int segments, int chapters, List<Waived> waived,
    int baselined, List<ChapterSegments> checked) {
  public CheckResult {
    findings = List.copyOf(findings);
    waived = List.copyOf(waived);
    checked = List.copyOf(checked);
  }

  /** A result without waivers, baseline or checked input. */
  public CheckResult(List<Finding> findings, int segments, int chapters) {
    this(findings, segments, chapters, List.of(), 0, List.of());
  }

  /**
   * A finding that does not count because a reviewer waived it.
   *
   * @param finding the finding
   * @param waiver the segment's waiver that covers it
   */
  public record Waived(Finding finding, Waiver waiver) {}

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

  /** This result without the findings the baseline lists (they are counted in {@link #baselined}). */
  public CheckResult without(Baseline baseline) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      if (!baseline.contains(f)) {
        kept.add(f);
      }
    }
    return new CheckResult(kept, segments, chapters, waived, baselined + findings.size() - kept.size(), checked);
  }

  /**
   * The one-line summary, e.g. {@code 3 errors, 12 warnings in 6 chapters}; infos, waived and
   * baselined findings are named only when there are some.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(plural(errors(), "error")).append(", ")
        .append(plural(warnings(), "warning"));
    if (infos() > 0) {
      sb.append(", ").append(plural(infos(), "info"));
    }
    sb.append(" in ").append(plural(chapters, "chapter"));
    if (!waived.isEmpty()) {
      sb.append("; ").append(waived.size()).append(" waived");
    }
    if (baselined > 0) {
      sb.append("; ").append(baselined).append(" known from the baseline");
    }
    return sb.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** True when the run found an error, which fails {@code tandem check} by default. */
  public boolean hasErrors() {
    return errors() > 0;
  }
}
