package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.model.State;
import org.tandem.workflow.Exporting;
import org.tandem.workflow.Project;
import org.tandem.xliff.XliffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem export}: XLIFF 1.2 or 2.0 for translators. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Write XLIFF files for translators (1.2, or 2.0).",
    description = "Write one XLIFF file per chapter (CHAPTER.de-tr.xlf or CHAPTER.tr-de.xlf) for "
        + "translators' CAT tools: XLIFF 1.2 by default, which most tools read best, or XLIFF 2.0. Each "
        + "unit carries the segment key as id, the source, the target when there is one, the state, "
        + "inline codes (1.2: bpt/ept/ph/it; 2.0: pc/ph/sc/ec with originalData), and the glossary "
        + "terms its source contains as notes (Kommune -> belediye (not: komün)).")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Mixin ProgressOptions progress;

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

  @Option(names = "--xliff", paramLabel = "VERSION", description = "XLIFF version: 1.2 (default) or 2.0.")
  String version = "1.2";

  @Override
  public Integer call() {
    Set<State> wanted = EnumSet.noneOf(State.class);
    XliffVersion xliff;
    try {
      states.forEach(s -> wanted.add(State.parse(s)));
      xliff = XliffVersion.parse(version);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Project project = ws.project();
    List<Chapter> list = project.workspace().chapters(chapters);
    List<Exporting.Written> written;
    try (ProgressBar bar = progress.bar(spec, "Exporting", list.size())) {
      written = Exporting.export(project, list, out, new Exporting.Options(wanted, copySource, xliff), bar);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (progress.quiet) {
      stdout.printf("%d file%s with %d units written to %s%n", written.size(), written.size() == 1 ? "" : "s",
          written.stream().mapToInt(Exporting.Written::units).sum(), out);
    } else {
      for (Exporting.Written w : written) {
        stdout.printf("%-32s %4d units -> %s%n", w.chapter().id(), w.units(), w.file());
      }
    }
    return Main.OK;
  }
}
