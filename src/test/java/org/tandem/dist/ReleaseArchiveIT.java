package org.tandem.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.cli.Workspaces;

/**
 * The release archive as a user gets it: unpacked into a temporary folder, run from another folder with
 * only a Java runtime (no Maven, no source tree), with its man pages, completion, licence and notice.
 */
class ReleaseArchiveIT {
  @TempDir Path tmp;

  /** Java from JAVA_HOME, and no locale at all (as in many CI containers): the launcher must cope. */
  private Map<String, String> env() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME", tmp.resolve("cache").toString(),
        "LANG", "", "LC_ALL", "", "LC_CTYPE", "");
  }

  private Shell tandem(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Release.home().resolve("bin/tandem").toString()));
    command.addAll(List.of(args));
    return Shell.run(dir, env(), command.toArray(String[]::new));
  }

  @Test
  void holdsTheLauncherJarsDocumentsAndLicence() throws IOException {
    Path home = Release.home();
    assertTrue(Files.isExecutable(home.resolve("bin/tandem")), "bin/tandem is executable");
    for (String file : List.of("lib/tandem.jar", "completion/tandem.bash", "man/man1/tandem.1",
        "man/man1/tandem-check.1", "man/man1/tandem-glossary-import.1", "README.md", "NOTICE")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License\n                           Version 2.0"));
    assertEquals(Release.version(), Files.readString(home.resolve("VERSION")).strip());
  }

  @Test
  void theZipAndTheTarballHoldTheSameFiles() throws Exception {
    Path tar = Path.of(Release.archive() + ".tar.gz");
    Shell listed = Shell.run(tmp, Map.of(), "tar", "-tzvf", tar.toString());
    assertEquals(0, listed.exit(), listed.toString());
    TreeSet<String> inTar = new TreeSet<>();
    for (String line : listed.out().split("\n")) {
      if (!line.startsWith("d")) {
        inTar.add(line.substring(line.indexOf("tandem-")));
      }
      if (line.endsWith("/bin/tandem")) {
        assertTrue(line.startsWith("-rwxr-xr-x"), "the launcher is executable in the tarball: " + line);
      }
    }
    TreeSet<String> inZip = new TreeSet<>();
    Path parent = Release.home().getParent();
    try (Stream<Path> files = Files.walk(Release.home())) {
      files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".jsa"))
          .forEach(p -> inZip.add(parent.relativize(p).toString()));
    }
    assertEquals(inTar, inZip);
  }

  @Test
  void noticeNamesEveryShippedJar() throws IOException {
    String notice = Files.readString(Release.home().resolve("NOTICE"));
    List<String> missing = new ArrayList<>();
    try (Stream<Path> jars = Files.list(Release.home().resolve("lib"))) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        String name = jar.getFileName().toString();
        Matcher m = Pattern.compile("(.+?)-\\d[^-]*\\.jar").matcher(name);
        if (name.equals("tandem.jar")) {
          continue;
        }
        String artifact = m.matches() ? m.group(1) : name;
        if (!Pattern.compile("(?m)^\\s+" + Pattern.quote(artifact) + "\\s").matcher(notice).find()) {
          missing.add(name + " (add a line '  " + artifact + "  PROJECT  LICENCE')");
        }
      }
    }
    assertTrue(missing.isEmpty(), "NOTICE does not name these jars of the release's lib/: " + missing);
  }

  @Test
  void runsEveryCommandFromAnotherFolderWithOnlyJava() throws Exception {
    Shell version = tandem(tmp, "--version");
    assertEquals(0, version.exit(), version.toString());
    assertTrue(version.out().startsWith("tandem " + Release.version() + "\n"), version.toString());

    Shell init = tandem(tmp, "init", "neu", "--name", "Probe");
    assertEquals(0, init.exit(), init.toString());
    Path fresh = tmp.resolve("neu");
    Files.writeString(fresh.resolve("şişli-belediyesi.md"), "# Şişli\n\nBelediye herkese yardım eder. Kurslar ücretsizdir.\n");
    Shell add = tandem(fresh, "add", "şişli-belediyesi.md", "--lang", "tr");
    assertEquals(0, add.exit(), "a file name beyond ASCII without a locale\n" + add);
    try (Stream<Path> stores = Files.list(fresh.resolve("segments"))) {
      Path store = stores.findFirst().orElseThrow();
      assertTrue(Files.readString(store).contains("\"source\" : \"Belediye herkese yardım eder.\""), store.toString());
    }

    Path ws = Workspaces.sample(tmp.resolve("ws"));
    Shell export = tandem(ws, "export", "altena-ehrenamt", "-o", "out");
    assertEquals(0, export.exit(), export.toString());
    Path xlf = ws.resolve("out/altena-ehrenamt.de-tr.xlf");
    String xml = Files.readString(xlf);
    Matcher target = Pattern.compile("(<trans-unit id=\"s6\".*?<target[^>]*>)(.*?)(</target>)", Pattern.DOTALL)
        .matcher(xml);
    assertTrue(target.find(), "unit s6 has a target");
    Files.writeString(xlf, xml.substring(0, target.start(2)) + "Bu büyüklükte bir komün için bu riskli bir adımdı."
        + xml.substring(target.end(2)));
    Shell imported = tandem(ws, "import", "out/altena-ehrenamt.de-tr.xlf");
    assertEquals(0, imported.exit(), imported.toString());
    assertTrue(imported.out().contains("1 applied"), imported.toString());

    Shell check = tandem(ws, "check", "altena-ehrenamt");
    assertEquals(1, check.exit(), check.toString());
    assertTrue(check.out().contains("altena-ehrenamt:s6: error: [term-forbidden]"), check.toString());
    assertTrue(check.out().contains("komün"), "UTF-8 survives the launcher: " + check.out());

    Shell build = tandem(ws, "build");
    assertEquals(0, build.exit(), build.toString());
    assertTrue(Files.readString(ws.resolve("build/tr/altena-ehrenamt.md")).contains("komün"));
    assertTrue(Files.isRegularFile(ws.resolve("build/index.html")));
    try (Stream<Path> archives = Stream.of(Release.home().resolve("lib/tandem.jsa"),
        tmp.resolve("cache/tandem/" + Release.version() + "/tandem.jsa"))) {
      assertTrue(archives.anyMatch(Files::isRegularFile), "the first run made a class-data-sharing archive");
    }
  }

  @Test
  void theCompletionScriptCompletesCommandsAndOptions() throws Exception {
    Path script = Release.home().resolve("completion/tandem.bash");
    String complete = "source '" + script + "' 2>/dev/null; COMP_WORDS=(%s); COMP_CWORD=%d;"
        + " COMP_LINE='%s'; COMP_POINT=${#COMP_LINE}; _complete_tandem 2>/dev/null; printf '%%s\\n' \"${COMPREPLY[@]}\"";
    Shell commands = Shell.run(tmp, Map.of(), "bash", "-c", String.format(complete, "tandem ''", 1, "tandem "));
    assertEquals(List.of("init", "add", "segment", "diff", "status", "export", "import", "tm", "merge-driver",
        "check", "glossary", "waive", "build", "help").stream().filter(c -> !commands.out().contains(c + "\n")).toList(),
        List.of(), commands.toString());
    Shell glossary = Shell.run(tmp, Map.of(), "bash", "-c",
        String.format(complete, "tandem glossary im", 2, "tandem glossary im"));
    assertEquals("import\n", glossary.out(), glossary.toString());
    Shell options = Shell.run(tmp, Map.of(), "bash", "-c",
        String.format(complete, "tandem check --f", 2, "tandem check --f"));
    assertEquals("--format\n--fail-on\n", options.out(), options.toString());
  }

  @Test
  void manShowsThePages() throws Exception {
    Assumptions.assumeTrue(Shell.onPath("man"), "man is not installed (apt-get install man-db)");
    Map<String, String> env = Map.of("MANPAGER", "cat", "PAGER", "cat", "MANWIDTH", "80");
    Shell man = Shell.run(tmp, env, "man", "-l", Release.home().resolve("man/man1/tandem.1").toString());
    assertEquals(0, man.exit(), man.toString());
    assertTrue(man.out().contains("tandem - Translation workflow for parallel German-Turkish publications"), man.out());
    assertTrue(man.out().contains("SYNOPSIS") && man.out().contains("glossary"), man.out());
    Shell check = Shell.run(tmp, env, "man", "-l", Release.home().resolve("man/man1/tandem-check.1").toString());
    assertTrue(check.out().contains("--fail-on=LEVEL"), check.out());
  }
}
