package org.tandem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.store.Workspace;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;
import org.tandem.terms.GlossaryFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which glossary a {@code glossary} subcommand acts on: the workspace's ({@code settings.glossary}),
 * or any glossary file named with {@code --glossary}, no workspace needed.
 */
final class GlossaryOptions {
  @Mixin WorkspaceOptions ws;

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "A glossary file (CSV, TBX 2008 or TBX v3) instead of the workspace's.")
  Path file;

  private Workspace workspace;

  /** The workspace, or null when a glossary file was named. */
  Workspace workspace() {
    if (file == null && workspace == null) {
      workspace = ws.project().workspace();
    }
    return workspace;
  }

  /** The glossary file acted on. */
  Path path() {
    return file != null ? file : workspace().resolve(workspace().config().glossary());
  }

  /** The glossary file as messages name it. */
  String name() {
    return file != null ? file.toString() : workspace().config().glossary();
  }

  /** Reads the glossary; a file that does not exist yet is an empty glossary when {@code mayBeNew}. */
  Glossary read(boolean mayBeNew) {
    if (mayBeNew && !Files.exists(path())) {
      return Glossary.EMPTY;
    }
    return GlossaryFiles.read(path(), name());
  }

  /** Writes the glossary back in the format the file has (CSV for a new .csv file, else TBX). */
  void write(Glossary glossary) {
    GlossaryFormat format = Files.exists(path()) ? GlossaryFiles.detect(path()) : GlossaryFiles.forName(path());
    GlossaryFiles.write(glossary, path(), format);
  }

  /** Takes the workspace lock for a change (nothing to lock for a separate file). */
  AutoCloseable lock() {
    return file == null ? workspace().lock() : () -> { };
  }
}
