package org.tandem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.check.ChapterSegments;
import org.tandem.check.CheckResult;
import org.tandem.check.Checker;
import org.tandem.check.JsonReport;
import org.tandem.check.Report;
import org.tandem.check.TextReport;
import org.tandem.model.Chapter;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem check}: terminology and completeness. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check terminology; exit 1 on errors (for CI).",
    description = "Check translations against the glossary in both directions: every concept whose term "
        + "occurs in a source needs one of its allowed target terms in the translation "
        + "(term-missing, error); a forbidden term in a translation is an error (term-forbidden); "
        + "untranslated segments are warnings. Matching folds case by language (Turkish İ/ı) and "
        + "knows German and Turkish inflection. Exit 0 when there is no error, 1 when there is, 2 "
        + "for usage or input errors (a broken glossary included), so CI can guard the glossary.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Override
  public Integer call() throws java.io.IOException {
    Report report = switch (format) {
      case "text" -> new TextReport();
      case "json" -> new JsonReport();
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (expected text or json)");
    };
    Project project = ws.project();
    CheckResult result = run(project, project.workspace().chapters(chapters));
    report.write(result, spec.commandLine().getOut());
    return result.hasErrors() ? Main.FAILED : Main.OK;
  }

  static CheckResult run(Project project, List<Chapter> chapters) {
    List<ChapterSegments> list = new ArrayList<>();
    for (Chapter chapter : chapters) {
      list.add(new ChapterSegments(chapter, project.workspace().load(chapter).segments()));
    }
    return new Checker().run(list, project.glossary());
  }

  /** Prints the check's summary line (for build). */
  static void summary(Project project, List<Chapter> chapters, PrintWriter out) {
    CheckResult result = run(project, chapters);
    out.println("Terminology check: " + result.summary()
        + (result.hasErrors() ? " (run 'tandem check' for details)" : ""));
  }
}
