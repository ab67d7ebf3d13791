package org.tandem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;
import org.tandem.terms.GlossaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary export}: writes the glossary as CSV or TBX. */
@Command(name = "export", mixinStandardHelpOptions = true, header = "Write the glossary as CSV or TBX.",
    description = "Writes the glossary to FILE in a format: csv, tbx2008 (TBX-Basic 2008, martif, read by "
        + "most CAT tools) or tbx3 (TBX v3). Without --format: csv for a .csv file, tbx2008 otherwise.")
final class GlossaryExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to write.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv, tbx2008 or tbx3.")
  String format;

  @Override
  public Integer call() {
    GlossaryFormat chosen;
    try {
      chosen = format == null ? GlossaryFiles.forName(file) : GlossaryFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Glossary g = glossary.read(false);
    GlossaryFiles.write(g, file, chosen);
    spec.commandLine().getOut().println(file + ": " + g.size() + " entries as " + chosen.id());
    return Main.OK;
  }
}
