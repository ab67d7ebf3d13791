package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.tandem.align.Report;
import org.tandem.align.ReportHtml;
import org.tandem.align.ReportJson;
import org.tandem.align.Row;
import org.tandem.model.Chapter;
import org.tandem.store.AtomicFiles;
import org.tandem.workflow.Aligning;
import org.tandem.workflow.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of aligning an existing translation, shared by {@code align} and {@code add --translation}. */
final class AlignOptions {
  @Option(names = "--dry-run", description = "Align and report what would change, but change nothing.")
  boolean dryRun;

  @Option(names = "--overwrite", description = "Replace translations the chapter's segments already have"
      + " (without it, tandem refuses to touch a chapter that has any).")
  boolean overwrite;

  @Option(names = "--threshold", paramLabel = "0..1", defaultValue = "0.5", description = "The confidence from"
      + " which an aligned pair becomes a translation (default: ${DEFAULT-VALUE}); pairs below it are only"
      + " offered as suggestions in exported XLIFF.")
  double threshold;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write the alignment side by side as a"
      + " self-contained HTML page, each pair coloured by its confidence, for a person to check.")
  Path report;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default), or"
      + " json: the whole alignment on standard output, for scripts.")
  String format;

  /** The defaults, for aligning without the options on the command line ({@code add --translation}). */
  static AlignOptions defaults() {
    AlignOptions options = new AlignOptions();
    options.threshold = org.tandem.workflow.Aligning.THRESHOLD;
    options.format = "text";
    return options;
  }

  /** Aligns, writes the report, prints; returns the exit code. Call under the workspace lock. */
  int run(Project project, Chapter chapter, Path file, CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Aligning.Outcome outcome;
    try {
      outcome = Aligning.align(project, chapter, file, new Aligning.Options(dryRun, overwrite, threshold));
    } catch (Aligning.NotConfidentException e) {
      write(e.report(), out);
      err.println("tandem: " + e.located());
      return Main.FAILED;
    }
    write(outcome.report(), out);
    if (!format.equals("json")) {
      print(outcome, out);
    }
    return Main.OK;
  }

  /** Refuses an unknown --format before anything is done. */
  void validate(CommandSpec spec) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not "
          + format);
    }
    if (threshold < 0 || threshold > 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threshold must be between 0 and 1");
    }
  }

  private void write(Report report, PrintWriter out) {
    if (this.report != null) {
      AtomicFiles.write(this.report, ReportHtml.of(report));
    }
    if (format.equals("json")) {
      out.print(ReportJson.of(report));
      out.flush();
    }
  }

  private void print(Aligning.Outcome o, PrintWriter out) {
    Report r = o.report();
    if (dryRun) {
      for (Row row : r.rows()) {
        if (row.action() == Row.Action.TRANSLATED || row.action() == Row.Action.SUGGESTED) {
          out.printf(Locale.ROOT, "%s (%s, %.2f) would be %s: %s%n", String.join("+", row.keys()), row.shape(),
              row.confidence(), row.action().id(), String.join(" ", row.targets()));
        }
      }
    }
    out.printf("%s: %s%s: %d segments translated (aligned)%s, %d suggested, %d kept, %d left out, %d added%n",
        r.file(), o.chapter().id(), dryRun ? " (dry run, nothing changed)" : "", o.translated(),
        o.joined() == 0 ? "" : " (" + o.joined() + " joined with the segment before)", o.suggested(),
        r.count(Row.Action.KEPT), r.count(Row.Action.LEFT_OUT), r.count(Row.Action.ADDED));
    if (o.kept() > 0) {
      out.printf("%d segments already have a translation; --overwrite would replace them%n", o.kept());
    }
    if (report != null) {
      out.println("Report: " + report);
    }
  }
}
