package org.tandem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.workflow.Project;
import org.tandem.workflow.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem add}: registers a chapter and segments it. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    header = "Register a Markdown chapter and segment it.",
    description = "Register a Markdown chapter and segment it. A file outside the workspace is copied to "
        + "chapters/LANG/ first.")
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(paramLabel = "FILE", description = "The chapter's Markdown file (UTF-8).")
  Path file;

  @Option(names = "--lang", required = true, paramLabel = "de|tr", description = "The language it is written in.")
  String lang;

  @Option(names = "--id", paramLabel = "ID", description = "Short chapter id (default: from the file name).")
  String id;

  @Override
  public Integer call() throws Exception {
    Project project = ws.project();
    try (AutoCloseable lock = project.workspace().lock()) {
      Chapter chapter = Segmentation.add(project, file, Lang.parse(lang), id);
      int segments = project.workspace().load(chapter).segments().size();
      spec.commandLine().getOut().printf("Added chapter %s (%s, %s -> %s): %d segments%n", chapter.id(),
          chapter.file(), chapter.sourceLang(), chapter.targetLang(), segments);
    }
    return Main.OK;
  }
}
