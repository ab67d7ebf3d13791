package org.tandem.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the release archive's generated documents from the command tree: the bash completion script
 * (picocli's AutoComplete) and one AsciiDoc man page per command (picocli's ManPageGenerator), which the
 * build turns into troff with Asciidoctor. Run by Maven in the package phase (pom.xml), from the test
 * classpath because picocli-codegen is needed only here: {@code ReleaseDocs OUTDIR VERSION}.
 */
public final class ReleaseDocs {
  private ReleaseDocs() {}

  /** Writes {@code OUTDIR/completion/tandem.bash} and {@code OUTDIR/adoc/tandem*.adoc}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    String version = args[1];
    CommandLine cli = Main.fullCommandLine();
    stamp(cli.getCommandSpec(), version);
    Path completion = Files.createDirectories(out.resolve("completion")).resolve("tandem.bash");
    Files.writeString(completion, AutoComplete.bash("tandem", cli), StandardCharsets.UTF_8);
    int code = ManPageGenerator.generateManPage(out.resolve("adoc").toFile(), null, new boolean[0], true,
        cli.getCommandSpec());
    if (code != CommandLine.ExitCode.OK) {
      throw new IllegalStateException("the man page generator failed with exit code " + code);
    }
  }

  /** The version the pages name: the build's, not "dev" (the classes are not in a jar here). */
  private static void stamp(CommandSpec spec, String version) {
    spec.versionProvider(() -> new String[] {"tandem " + version});
    spec.subcommands().values().forEach(sub -> stamp(sub.getCommandSpec(), version));
  }
}
