package org.tandem.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.workflow.Project;
import org.tandem.workflow.Resegmenter;
import org.tandem.workflow.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem segment}: re-reads sources and updates the segment store. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    header = "Re-read chapter sources and update their segments.",
    description = "Re-read chapter sources and update their segments. A segment whose source is unchanged "
        + "keeps its key, translation and state, even if it moved; segments whose source is gone "
        + "are retired with their translations (kept in the segment file).")
final class SegmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Override
  public Integer call() throws Exception {
    Project project = ws.project();
    PrintWriter out = spec.commandLine().getOut();
    try (AutoCloseable lock = project.workspace().lock()) {
      for (Chapter chapter : project.workspace().chapters(chapters)) {
        Resegmenter.Result r = Segmentation.segment(project, chapter);
        out.printf("%-32s %4d segments: %d kept, %d added, %d dropped%s%n", chapter.id(),
            r.store().segments().size(), r.kept(), r.added(), r.retired(),
            r.retired() > 0 ? " (translations of dropped segments kept as retired)" : "");
      }
    }
    return Main.OK;
  }
}
