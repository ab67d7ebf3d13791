package org.tandem.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --quiet} for commands that work through many chapters, and their progress bar. */
final class ProgressOptions {
  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no line per chapter: totals,"
      + " warnings and errors only. (The progress bar is shown only on a terminal.)")
  boolean quiet;

  /** The progress bar for work over {@code chapters} chapters: on a terminal, unless --quiet. */
  ProgressBar bar(CommandSpec spec, String verb, int chapters) {
    boolean show = !quiet && chapters > 1 && Terminal.isTerminal();
    return new ProgressBar(spec.commandLine().getErr(), verb, chapters, System::nanoTime, show);
  }
}
