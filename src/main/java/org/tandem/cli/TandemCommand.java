package org.tandem.cli;

import java.util.List;

import picocli.CommandLine.Command;

/** The top-level {@code tandem} command; it only dispatches to its subcommands. */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Translation workflow for parallel German-Turkish publications: segment chapters"
        + " (Markdown, HTML, plain text and the other formats 'tandem add --help' lists), exchange XLIFF with translators, track progress, check terminology, and build"
        + " translated and bilingual editions.",
    commandListHeading = "%nCommands (in the order of a typical workflow):%n",
    footerHeading = "%n",
    footer = {
      "A workspace is a folder with tandem.json; commands find it from the current folder upwards,"
          + " or take -w DIR. Commands that take CHAPTER... act on every chapter when none is named.",
      "",
      "Exit codes: 0 ok; 1 a check found errors, an import was refused or a build is incomplete;"
          + " 2 bad usage or unreadable input.",
      "",
      "Run 'tandem COMMAND --help' for the options of a command."
    },
    subcommands = {})
final class TandemCommand implements Runnable {
  /**
   * The subcommands, in the order of a typical workflow. Main registers only the one being run
   * (building picocli's model of every command costs a noticeable part of start-up).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      InitCommand.class,
      AddCommand.class,
      SegmentCommand.class,
      DiffCommand.class,
      StatusCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      AlignCommand.class,
      TmCommand.class,
      MergeDriverCommand.class,
      CheckCommand.class,
      GlossaryCommand.class,
      WaiveCommand.class,
      BuildCommand.class,
      picocli.CommandLine.HelpCommand.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(names = "--verbose", description = "Show stack traces of errors and what the"
      + " libraries that read documents (Okapi, Jericho) note about them; also accepted after the command.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
