package org.tandem.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OmegaT from Debian's {@code omegat} package (3.6), run headless in console mode with the JVM that
 * runs the tests. Each run gets a fresh configuration folder beside the project, so nothing from the
 * user's own OmegaT settings leaks in, and runs without project locking or team features.
 */
final class OmegaT {
  private final Path jar;

  private OmegaT(Path jar) {
    this.jar = jar;
  }

  /** OmegaT as installed by Debian's package ({@code dpkg -L omegat}), if it is. */
  static Optional<OmegaT> installed() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/dpkg"))) {
      return Optional.empty();
    }
    ChildProcess files = ChildProcess.run(Path.of("."), List.of("/usr/bin/dpkg", "-L", "omegat"));
    return files.exit() != 0 ? Optional.empty() : files.output().lines()
        .filter(line -> line.endsWith("/OmegaT.jar")).map(Path::of).filter(Files::isRegularFile)
        .findFirst().map(OmegaT::new);
  }

  /**
   * Writes a TMX of every segment of the project as OmegaT sees it, each "translated" as itself
   * ({@code --mode=console-createpseudotranslatetmx}, the name {@code omegat --help} gets wrong).
   * Its sources show OmegaT's tag shortcuts ({@code <f0>}, {@code </f0>}, {@code <d0/>}).
   */
  void pseudoTranslateTmx(OmegaTProject project, Path tmx) throws IOException, InterruptedException {
    run(project, "--mode=console-createpseudotranslatetmx", "--pseudotranslatetmx=" + tmx,
        "--pseudotranslatetype=equal");
  }

  /** Translates the project with the exact matches from {@code tm/auto} and writes {@code target/}. */
  void translate(OmegaTProject project) throws IOException, InterruptedException {
    run(project, "--mode=console-translate");
  }

  private void run(OmegaTProject project, String... mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path config = project.dir().resolveSibling(project.dir().getFileName() + "-config");
    Files.createDirectories(config);
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
        "-jar", jar.toString(), "--config-dir=" + config, "--disable-project-locking", "--no-team"));
    command.addAll(List.of(mode));
    command.add(project.dir().toString());
    ChildProcess run = ChildProcess.run(project.dir(), command).ok();
    if (run.output().contains("Exception") || !run.output().contains("Finished")) {
      throw new AssertionError("OmegaT reported a problem:\n" + run);
    }
  }
}
