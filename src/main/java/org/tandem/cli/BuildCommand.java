package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tandem.build.EditionFormat;
import org.tandem.check.CheckResult;
import org.tandem.store.AtomicFiles;
import org.tandem.workflow.Progress;
import org.tandem.workflow.StatusReport;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.workflow.Building;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem build}: translated chapters and the bilingual edition. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    header = "Build translated chapters and the bilingual edition.",
    description = {"Reassemble each chapter in its target language (build/tr/*.md, build/de/*.md), write the "
        + "bilingual pages (build/bilingual/CHAPTER.html, source and translation side by side; "
        + "untranslated or out-of-date text is shown in the original language and marked), build/index.html "
        + "and build/status.html (see 'tandem status --html'); then print the status and the terminology check "
        + "summary. Everything outside translated "
        + "text is copied from the source unchanged.",
        "",
        "Editions of the whole publication (build/edition/NAME.html, .pdf, .docx; NAME from tandem.json's "
        + "name): title page, table of contents, every chapter with German on the left and Turkish on the right, "
        + "the glossary as an appendix. The PDF needs a font covering German and Turkish: DejaVu, Noto or "
        + "Liberation Sans from the system (Debian: fonts-dejavu-core), or --font FILE."})
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Mixin ProgressOptions progress;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: build/ in the workspace).")
  Path out;

  @Option(names = "--require-complete", description = "Fail (exit 1, nothing written) if any segment is "
      + "untranslated or out of date (needs-update); with --edition, in any chapter of the publication.")
  boolean requireComplete;

  @Option(names = "--edition", paramLabel = "FORMAT", split = ",",
      description = "Whole-publication editions to write: html, pdf, docx, all or none; several with commas "
          + "(default: html when every chapter is built, which is quick, none when chapters are named; "
          + "the PDF takes a few seconds more).")
  List<String> editions;

  @Option(names = "--font", paramLabel = "FILE",
      description = "TrueType font for the PDF (its -Bold, -Italic/-Oblique files beside it are used too).")
  Path font;

  private Set<EditionFormat> formats() {
    Set<EditionFormat> set = EnumSet.noneOf(EditionFormat.class);
    if (editions == null) {
      return chapters.isEmpty() ? EnumSet.of(EditionFormat.HTML) : set;
    }
    for (String name : editions) {
      try {
        set.addAll(EditionFormat.parse(name));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return set;
  }

  @Override
  public Integer call() {
    Project project = ws.project();
    PrintWriter stdout = spec.commandLine().getOut();
    List<Chapter> selected = project.workspace().chapters(chapters);
    Path dir = out != null ? out : project.workspace().resolve("build");
    Building.Result result;
    try (ProgressBar bar = progress.bar(spec, "Building", selected.size())) {
      result = Building.build(project, selected, dir, new Building.Options(requireComplete, formats(), font), bar);
    } catch (Building.IncompleteException e) {
      spec.commandLine().getErr().println("tandem: " + e.getMessage());
      return Main.FAILED;
    }
    List<Building.Built> built = result.chapters();
    for (Building.Built b : progress.quiet ? List.<Building.Built>of() : built) {
      stdout.printf("%-32s -> %s, %s%s%n", b.chapter().id(), project.workspace().relative(b.translated()),
          project.workspace().relative(b.html()), b.untranslated() == 0 ? ""
              : " (" + b.untranslated() + " of " + b.segments() + " segments untranslated or out of date, shown in "
                  + b.chapter().sourceLang() + ")");
    }
    stdout.println("Index: " + project.workspace().relative(dir.resolve("index.html")));
    for (Path edition : result.editions()) {
      stdout.println("Edition: " + project.workspace().relative(edition));
    }
    List<Progress> states = built.stream().map(Building.Built::progress).toList();
    CheckResult check = CheckCommand.run(project, selected);
    Path status = dir.resolve("status.html");
    AtomicFiles.write(status, StatusReport.page(project, states, check.findings()));
    stdout.println("Status: " + project.workspace().relative(status));
    stdout.println();
    StatusTable.print(stdout, states);
    stdout.println();
    CheckCommand.summary(check, stdout);
    return Main.OK;
  }
}
