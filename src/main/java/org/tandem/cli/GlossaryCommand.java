package org.tandem.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tandem glossary}: view and edit the glossary, and convert it between CSV and TBX. */
@Command(
    name = "glossary",
    mixinStandardHelpOptions = true,
    header = "List, edit, look up, import and export glossary entries.",
    description = "Acts on the workspace's glossary (settings.glossary in tandem.json), or on any "
        + "glossary file given with --glossary. Formats: the workspace CSV, TBX-Basic 2008 (martif) "
        + "and TBX v3; a file's format is recognised by its content.",
    subcommands = {
      GlossaryListCommand.class,
      GlossaryAddCommand.class,
      GlossaryRemoveCommand.class,
      GlossaryLookupCommand.class,
      GlossaryImportCommand.class,
      GlossaryExportCommand.class
    })
final class GlossaryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
