package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.workflow.Building;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem build}: translated chapters and the bilingual edition. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    header = "Build translated chapters and the bilingual edition.",
    description = "Reassemble each chapter in its target language (build/tr/*.md, build/de/*.md), write the "
        + "bilingual edition (build/bilingual/CHAPTER.html, source and translation side by side; "
        + "untranslated text is shown in the original language and marked) and build/index.html; "
        + "then print the status and the terminology check summary. Everything outside translated "
        + "text is copied from the source unchanged.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Mixin ProgressOptions progress;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: build/ in the workspace).")
  Path out;

  @Option(names = "--require-complete", description = "Fail (exit 1, nothing written) if any segment is untranslated.")
  boolean requireComplete;

  @Override
  public Integer call() {
    Project project = ws.project();
    PrintWriter stdout = spec.commandLine().getOut();
    List<Chapter> selected = project.workspace().chapters(chapters);
    Path dir = out != null ? out : project.workspace().resolve("build");
    List<Building.Built> built;
    try (ProgressBar bar = progress.bar(spec, "Building", selected.size())) {
      built = Building.build(project, selected, dir, requireComplete, bar);
    } catch (Building.IncompleteException e) {
      spec.commandLine().getErr().println("tandem: " + e.getMessage());
      return Main.FAILED;
    }
    for (Building.Built b : progress.quiet ? List.<Building.Built>of() : built) {
      stdout.printf("%-32s -> %s, %s%s%n", b.chapter().id(), project.workspace().relative(b.translated()),
          project.workspace().relative(b.html()), b.untranslated() == 0 ? ""
              : " (" + b.untranslated() + " of " + b.segments() + " segments untranslated, kept in "
                  + b.chapter().sourceLang() + ")");
    }
    stdout.println("Index: " + project.workspace().relative(dir.resolve("index.html")));
    stdout.println();
    StatusTable.print(stdout, built.stream().map(Building.Built::progress).toList());
    stdout.println();
    CheckCommand.summary(project, selected, stdout);
    return Main.OK;
  }
}
