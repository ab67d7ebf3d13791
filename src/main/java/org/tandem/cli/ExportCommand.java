package org.tandem.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tandem.model.State;
import org.tandem.workflow.Exporting;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem export}: XLIFF 1.2 for translators. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Write XLIFF 1.2 files for translators.",
    description = "Write one XLIFF 1.2 file per chapter (CHAPTER.de-tr.xlf or CHAPTER.tr-de.xlf) for "
        + "translators' CAT tools. Each unit carries the segment key as id, the source, the target "
        + "when there is one, the state, inline codes as bpt/ept/ph, and the glossary terms its "
        + "source contains as notes (Kommune -> belediye (not: komün)).")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "Chapter ids (default: all).")
  List<String> chapters = List.of();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the files.")
  Path out;

  @Option(names = "--state", split = ",", paramLabel = "STATE",
      description = "Only segments in these states: new, needs-update, translated, reviewed, final"
          + " (default: all, so translators see the context).")
  List<String> states = List.of();

  @Option(names = "--copy-source", description = "Pre-fill missing targets with the source text"
      + " (for OmegaT, which translates inside <target>).")
  boolean copySource;

  @Override
  public Integer call() {
    Set<State> wanted = EnumSet.noneOf(State.class);
    states.forEach(s -> wanted.add(State.parse(s)));
    Project project = ws.project();
    List<Exporting.Written> written = Exporting.export(project, project.workspace().chapters(chapters), out,
        new Exporting.Options(wanted, copySource));
    for (Exporting.Written w : written) {
      spec.commandLine().getOut().printf("%-32s %4d units -> %s%n", w.chapter().id(), w.units(), w.file());
    }
    return Main.OK;
  }
}
