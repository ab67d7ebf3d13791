package org.tandem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.check.CheckContext;
import org.tandem.check.CheckSummary;
import org.tandem.check.Checker;
import org.tandem.check.JsonReport;
import org.tandem.check.TextReport;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem check}: terminology and completeness. */
@Command(name = "check", description = {
  "Check translations against the glossary in both directions: every concept whose",
  "term occurs in a source needs one of its allowed target terms in the translation",
  "(term-missing, error); a forbidden term in a translation is an error",
  "(term-forbidden); untranslated segments are warnings. Matching folds case by",
  "language (Turkish İ/ı) and knows German and Turkish inflection.",
  "Exit 0 when there is no error, 1 when there is, 2 for usage or input errors",
  "(a broken glossary included), so CI can guard the glossary."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (expected text or json)");
    }
    Project project = ws.project();
    List<Finding> findings = new ArrayList<>();
    CheckSummary summary = run(project, project.workspace().chapters(chapters), findings);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      JsonReport.write(out, findings, summary);
    } else {
      TextReport.write(out, findings, summary);
    }
    return summary.errors() > 0 ? Main.FAILED : Main.OK;
  }

  static CheckSummary run(Project project, List<Chapter> chapters, List<Finding> findings) {
    Checker checker = new Checker(new CheckContext(project.glossary()));
    int segments = 0;
    for (Chapter chapter : chapters) {
      List<Segment> list = project.workspace().load(chapter).segments();
      segments += list.size();
      findings.addAll(checker.check(chapter, list));
    }
    return CheckSummary.of(findings, segments, chapters.size());
  }

  /** Prints the check's summary line (for build). */
  static void summary(Project project, List<Chapter> chapters, PrintWriter out) {
    CheckSummary summary = run(project, chapters, new ArrayList<>());
    out.println("Terminology check: " + summary.sentence()
        + (summary.errors() > 0 ? " (run 'tandem check' for details)" : ""));
  }
}
