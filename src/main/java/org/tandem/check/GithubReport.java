package org.tandem.check;

import java.io.IOException;
import java.io.Writer;
import org.tandem.model.Finding;

/**
 * Check results as GitHub Actions workflow commands: {@code ::error file=…,line=…,title=…::message}
 * (warnings as {@code ::warning}, infos as {@code ::notice}), which GitHub shows as annotations on
 * the chapter's source file in a pull request; the summary follows as a plain line.
 */
public final class GithubReport implements Report {
  @Override
  public String format() {
    return "github";
  }

  @Override
  public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(result);
    for (Finding f : result.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      StringBuilder sb = new StringBuilder("::").append(command).append(" file=")
          .append(property(index.file(f.chapter())));
      int line = options.lines().line(f.chapter(), f.unit());
      if (line > 0) {
        sb.append(",line=").append(line);
      }
      sb.append(",title=").append(property("tandem " + f.rule() + " (" + f.chapter() + ":" + f.unit() + ")"))
          .append("::").append(data(f.message()));
      out.write(sb.append('\n').toString());
    }
    out.write(result.summary());
    out.write('\n');
    out.flush();
  }

  /** The escaping GitHub's runner undoes in a command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping GitHub's runner undoes in a command's properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
