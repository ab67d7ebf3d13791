package org.tandem.check;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Span;

/**
 * Check results for people: one line per finding, {@code chapter:unit: severity: [rule] message},
 * followed for term findings by the source and target with the matched words highlighted (in
 * brackets, or bold and underlined where colour is allowed), then waived findings and the summary.
 */
public final class TextReport implements Report {
  private static final String RESET = "\u001b[0m";
  private static final String MARK = "\u001b[1;4m";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(result);
    boolean colour = options.colour();
    for (Finding f : result.findings()) {
      out.write(colour ? coloured(f) : line(f));
      out.write('\n');
      texts(f, index, colour, out);
    }
    for (CheckResult.Waived w : result.waived()) {
      out.write(w.finding().chapter() + ":" + w.finding().unit() + ": waived: [" + w.finding().rule() + "] "
          + w.finding().message() + " (" + w.waiver().reason() + ")\n");
    }
    out.write(result.summary());
    out.write('\n');
    out.flush();
  }

  /** One finding's line, without the line break. */
  public static String line(Finding f) {
    return f.chapter() + ":" + f.unit() + ": " + f.severity().id() + ": [" + f.rule() + "] " + f.message();
  }

  private static String coloured(Finding f) {
    String colour = switch (f.severity()) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return f.chapter() + ":" + f.unit() + ": " + colour + f.severity().id() + RESET + ": \u001b[2m["
        + f.rule() + "]" + RESET + " " + f.message();
  }

  /** The source and target of a term finding, each with its spans marked. */
  private static void texts(Finding f, ReportIndex index, boolean colour, Writer out) throws IOException {
    Chapter chapter = index.chapter(f);
    if (chapter == null || (f.sourceSpans().isEmpty() && f.targetSpans().isEmpty())) {
      return;
    }
    out.write("    " + chapter.sourceLang() + "  " + marked(index.sourceText(f), f.sourceSpans(), colour) + "\n");
    out.write("    " + chapter.targetLang() + "  " + marked(index.targetText(f), f.targetSpans(), colour) + "\n");
  }

  /** The text on one line with the spans marked. */
  static String marked(String text, List<Span> spans, boolean colour) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span span : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
      if (span.start() < at || span.end() > text.length()) {
        continue; // overlapping or stale spans are not marked twice
      }
      sb.append(text, at, span.start()).append(colour ? MARK : "[").append(text, span.start(), span.end())
          .append(colour ? RESET : "]");
      at = span.end();
    }
    sb.append(text.substring(at));
    return sb.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
