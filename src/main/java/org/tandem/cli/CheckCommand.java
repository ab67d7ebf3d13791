package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.check.Baseline;
import org.tandem.check.ChapterSegments;
import org.tandem.check.CheckResult;
import org.tandem.check.Checker;
import org.tandem.check.FailOn;
import org.tandem.check.Report;
import org.tandem.check.ReportOptions;
import org.tandem.check.SourceLines;
import org.tandem.model.Chapter;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;
import org.tandem.workflow.Parallel;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem check}: terminology and completeness, for people and CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check terminology and translation quality; exit 1 on errors (for CI).",
    description = {
        "Check translations against the glossary in both directions, knowing German and Turkish "
            + "inflection, compounds and casing. Rules (default severity): term-missing (error), "
            + "term-forbidden (error), dnt-changed (error), term-deprecated-source (warning), "
            + "term-inconsistent (warning; info for admitted variants across chapters), untranslated "
            + "(warning).",
        "",
        "Quality rules, knowing German and Turkish conventions (1.000,5; 2021'de; „…“ and “…”; "
            + "\"10. Mai\" = \"10 Mayıs\"): number-mismatch, date-mismatch, placeholder-mismatch, "
            + "link-changed, target-copied, encoding-damage (errors: Ã¼, ?i?li, U+FFFD); end-punctuation, "
            + "quotes-brackets, whitespace, doubled-word, length, casing (warnings). See docs/checks.md.",
        "",
        "settings.severities in tandem.json changes severities; 'tandem waive' waives a finding for one unit.",
        "",
        "Checks the workspace's chapters (all, or those named), or XLIFF files given as arguments "
            + "(outside a workspace too, with --glossary): XLIFF 1.0 to 2.x from any tool (Trados "
            + ".sdlxliff, memoQ, Okapi, Passolo, translate-toolkit), German–Turkish either way round.",
        "",
        "Exit 0 when no finding fails (see --fail-on), 1 when one does, 2 for usage or input errors "
            + "(a broken glossary included)."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER|FILE.xlf",
      description = "Chapter ids (default: all), or XLIFF files to check.")
  List<String> args = List.of();

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Glossary to check against (CSV, TBX 2008 or TBX v3) instead of the workspace's.")
  Path glossaryFile;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json, junit, sarif or github.")
  String format = "text";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (the summary still goes to standard output).")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Which findings fail the run: error (default), warning or never.")
  String failOn = "error";

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Known findings (from --write-baseline): only findings not listed there fail.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the current findings to FILE as the baseline, and exit 0.")
  Path writeBaseline;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour in text output: auto (default: on a terminal, unless NO_COLOR is set), "
          + "always or never.")
  String color = "auto";

  @Override
  public Integer call() throws IOException {
    Report report = report();
    FailOn failing = failOn();
    Inputs inputs = inputs();
    CheckResult result = inputs.checker.run(inputs.chapters, inputs.glossary);
    if (writeBaseline != null) {
      // every current finding, also those an older --baseline knew
      Baseline written = Baseline.of(result);
      org.tandem.store.AtomicFiles.write(writeBaseline.toAbsolutePath(), written.format());
      result = result.without(written);
    } else if (baseline != null) {
      result = result.without(Baseline.read(baseline, baseline.toString()));
    }
    SourceLines lines = needsLines() ? inputs.lines() : SourceLines.NONE;
    boolean colour = output == null && Terminal.colour(color, System.getenv(), Terminal.isTerminal());
    ReportOptions options = new ReportOptions(colour, failing, lines, version());
    write(report, result, options);
    return failing.fails(result) ? Main.FAILED : Main.OK;
  }

  private void write(Report report, CheckResult result, ReportOptions options) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (output == null) {
      report.write(result, options, stdout);
    } else {
      Writer buffer = new StringWriter();
      report.write(result, options, buffer);
      org.tandem.store.AtomicFiles.write(output.toAbsolutePath(), buffer.toString());
      stdout.println(result.summary() + " (" + report.format() + " report in " + output + ")");
    }
    if (writeBaseline != null) {
      stdout.println("Baseline with " + result.baselined() + " finding" + (result.baselined() == 1 ? "" : "s")
          + " written to " + writeBaseline);
    }
    stdout.flush();
  }

  private Report report() {
    try {
      return Report.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "' (expected "
          + String.join(", ", Report.FORMATS) + ")");
    }
  }

  private FailOn failOn() {
    try {
      return FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private boolean needsLines() {
    return !format.equals("text");
  }

  /** What is checked, against which glossary, by which checker. */
  private final class Inputs {
    List<ChapterSegments> chapters;
    Glossary glossary;
    Checker checker;
    Project project;
    XliffInputs files;

    SourceLines lines() {
      return files != null ? files : new ChapterLines(project, chapters);
    }
  }

  private Inputs inputs() {
    Inputs in = new Inputs();
    boolean fileMode = args.stream().anyMatch(XliffInputs::isFile);
    if (fileMode) {
      List<String> chapterIds = args.stream().filter(a -> !XliffInputs.isFile(a)).toList();
      if (!chapterIds.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "give either chapter ids or XLIFF files, not both ("
            + String.join(", ", chapterIds) + ")");
      }
      in.project = optionalProject();
      in.files = new XliffInputs(args.stream().map(Path::of).toList());
      in.chapters = in.files.chapters();
    } else {
      in.project = ws.project();
      in.chapters = load(in.project, in.project.workspace().chapters(args));
    }
    in.glossary = glossary(in.project);
    Map<String, org.tandem.model.Severity> severities =
        in.project == null ? Map.of() : in.project.workspace().config().severities();
    in.checker = Checker.configured(severities, Workspace.CONFIG);
    return in;
  }

  /** The workspace when one is named or around; XLIFF files can be checked without one. */
  private Project optionalProject() {
    try {
      return ws.project();
    } catch (TandemException e) {
      if (ws.dir != null) {
        throw e;
      }
      return null;
    }
  }

  private Glossary glossary(Project project) {
    if (glossaryFile != null) {
      return GlossaryFiles.read(glossaryFile, glossaryFile.toString());
    }
    if (project == null) {
      throw new ParameterException(spec.commandLine(), "outside a workspace, name the glossary with "
          + "--glossary FILE (CSV, TBX 2008 or TBX v3)");
    }
    return project.glossary();
  }

  private static List<ChapterSegments> load(Project project, List<Chapter> chapters) {
    return Parallel.map(chapters, chapter -> new ChapterSegments(chapter, project.workspace().load(chapter).segments()));
  }

  private static String version() {
    String version = CheckCommand.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** Checks chapters of a workspace with its glossary and severities. */
  static CheckResult run(Project project, List<Chapter> chapters) {
    return Checker.configured(project.workspace().config().severities(), Workspace.CONFIG)
        .run(load(project, chapters), project.glossary());
  }

  /** Prints the check's summary line (for build). */
  static void summary(CheckResult result, PrintWriter out) {
    out.println("Terminology check: " + result.summary()
        + (result.hasErrors() ? " (run 'tandem check' for details)" : ""));
  }
}
