package org.tandem.check;

import java.io.PrintWriter;
import java.util.List;
import org.tandem.model.Finding;

/** Writes findings one per line, {@code chapter:unit: severity: [rule] message}, then the summary. */
public final class TextReport {
  private TextReport() {}

  /** Writes the report. */
  public static void write(PrintWriter out, List<Finding> findings, CheckSummary summary) {
    for (Finding f : findings) {
      out.printf("%s:%s: %s: [%s] %s%n", f.chapter(), f.unit(), f.severity().id(), f.rule(), f.message());
    }
    out.println(summary.sentence());
  }
}
