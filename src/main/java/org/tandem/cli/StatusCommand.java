package org.tandem.cli;

import java.nio.file.Path;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.store.AtomicFiles;
import org.tandem.workflow.StatusReport;
import java.util.concurrent.Callable;
import org.tandem.workflow.Progress;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem status}: progress per chapter. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    header = "Show the progress of each chapter.",
    description = "Show per chapter the segments in each state (new, needs-update, translated, reviewed, "
        + "final), the source words, and the share of words done (translated, reviewed or final) as "
        + "a bar; then the totals.")
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a page to look at: per chapter a bar of "
      + "its words by state, the terminology findings per chapter and rule, and, in a git repository, a burn-up "
      + "chart of translated and reviewed words over the commits that changed segments/ (build writes it too, "
      + "as build/status.html).")
  Path html;

  @Override
  public Integer call() {
    Project project = ws.project();
    List<Chapter> selected = project.workspace().chapters(chapters);
    List<Progress> progress = StatusTable.collect(project.workspace(), selected);
    if (html != null) {
      AtomicFiles.write(html, StatusReport.page(project, progress, CheckCommand.run(project, selected).findings()));
    }
    if (json) {
      spec.commandLine().getOut().println(StatusTable.json(progress));
    } else {
      StatusTable.print(spec.commandLine().getOut(), progress);
    }
    if (html != null && !json) {
      spec.commandLine().getOut().println("Status page: " + html);
    }
    return Main.OK;
  }
}
