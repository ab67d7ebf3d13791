package org.tandem.cli;

import java.util.List;
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

  @Override
  public Integer call() {
    Project project = ws.project();
    List<Progress> progress = StatusTable.collect(project.workspace(), project.workspace().chapters(chapters));
    if (json) {
      spec.commandLine().getOut().println(StatusTable.json(progress));
    } else {
      StatusTable.print(spec.commandLine().getOut(), progress);
    }
    return Main.OK;
  }
}
