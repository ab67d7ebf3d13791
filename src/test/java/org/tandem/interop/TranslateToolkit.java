package org.tandem.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs translate-toolkit's XLIFF storage ({@code translate.storage.xliff}) through the driver script
 * {@code translate_toolkit.py} in the test resources. Debian's {@code /usr/bin/python3} is used on
 * purpose: the {@code translate-toolkit} package installs the module for it, not for a pyenv or venv
 * python that may come first on PATH.
 */
final class TranslateToolkit {
  static final Path PYTHON = Path.of("/usr/bin/python3");

  private TranslateToolkit() {}

  /** True when Debian's python3 can import translate-toolkit's XLIFF storage. */
  static boolean available() throws IOException, InterruptedException {
    return Files.isExecutable(PYTHON)
        && ChildProcess.run(Path.of("."), List.of(PYTHON.toString(), "-c", "import translate.storage.xliff")).exit() == 0;
  }

  /** translate-toolkit's version, e.g. 3.8.4. */
  static String version() throws IOException, InterruptedException {
    return ChildProcess.run(Path.of("."), List.of(PYTHON.toString(), "-c",
        "from translate import __version__ as v; print(v.sver)")).ok().output().strip();
  }

  /**
   * Loads {@code in}, sets every unit's {@code rich_target} to its {@code rich_source} with each text
   * run translated as {@link TestChapter#leaves()} says, sets the XLIFF state ({@code states} by unit
   * id, else {@code defaultState}) and saves to {@code out}.
   */
  static ChildProcess translate(Path in, Path out, TestChapter chapter, String defaultState,
      Map<String, String> states) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("translate", in.toString(), out.toString(),
        TestChapter.translations().toString(), chapter.id(), defaultState));
    states.forEach((unit, state) -> args.add(unit + "=" + state));
    return script(args);
  }

  /** Loads {@code in}, re-sets each existing target from its own parsed form keeping its state, saves to {@code out}. */
  static ChildProcess resave(Path in, Path out) throws IOException, InterruptedException {
    return script(List.of("resave", in.toString(), out.toString()));
  }

  private static ChildProcess script(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(),
        TestChapter.resource("translate_toolkit.py").toString()));
    command.addAll(args);
    return ChildProcess.run(Path.of("."), command).ok();
  }
}
