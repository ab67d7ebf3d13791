package org.tandem.check;

import java.io.IOException;
import java.io.Writer;
import org.tandem.model.Finding;

/**
 * Check results for people and editors: one line per finding,
 * {@code chapter:unit: severity: [rule] message}, then the summary line.
 */
public final class TextReport implements Report {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(CheckResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write(line(f));
      out.write('\n');
    }
    out.write(result.summary());
    out.write('\n');
    out.flush();
  }

  /** One finding's line, without the line break. */
  public static String line(Finding f) {
    return f.chapter() + ":" + f.unit() + ": " + f.severity().id() + ": [" + f.rule() + "] " + f.message();
  }
}
