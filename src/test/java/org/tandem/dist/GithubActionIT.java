package org.tandem.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.cli.Workspaces;

/**
 * The GitHub Action's steps (ci/github-action.sh, which action.yml runs) on a temporary repository whose
 * workspace is the sample publication in a subfolder, with the environment variables GitHub's runner sets,
 * against the unpacked release archive (the cache the action's first step restores).
 */
class GithubActionIT {
  private static final Path SCRIPT = Path.of("ci/github-action.sh").toAbsolutePath();

  @TempDir Path tmp;
  Path repo;
  Map<String, String> env;

  @BeforeEach
  void repository() throws IOException {
    repo = Files.createDirectories(tmp.resolve("repo"));
    Workspaces.sample(repo.resolve("publication"));
    env = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "CI", "true", "GITHUB_WORKSPACE", repo.toString(),
        "GITHUB_OUTPUT", tmp.resolve("output").toString(), "GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString(),
        "RUNNER_TEMP", tmp.toString(), "JAVA_HOME", System.getProperty("java.home"),
        "TANDEM_HOME", Release.home().toString(), "INPUT_WORKSPACE", "publication", "INPUT_FORMAT", "github"));
    env.put("INPUT_FAIL_ON", "error");
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
  }

  private Shell step(String which) throws Exception {
    return Shell.run(repo, env, "bash", SCRIPT.toString(), which);
  }

  @Test
  void theInstallStepUsesTheCachedRelease() throws Exception {
    Shell install = step("install");
    assertEquals(0, install.exit(), install.toString());
    assertTrue(install.out().contains("using the release in " + Release.home() + " (cached)"), install.toString());
  }

  @Test
  void withoutACachedReleaseTheInstallStepBuildsAndUnpacksOne() throws Exception {
    // the build itself is Maven's package phase, which this test runs inside of: a stand-in mvn puts the
    // archive where the package phase does, so that what the step does with it is tested for real
    Path source = Files.createDirectories(tmp.resolve("action"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path tarball = Path.of(Release.archive() + ".tar.gz");
    Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" > mvn-args\nmkdir -p target\ncp '" + tarball
        + "' target/\n");
    bin.resolve("mvn").toFile().setExecutable(true);
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("TANDEM_SOURCE", source.toString());
    env.put("TANDEM_HOME", tmp.resolve("release").toString());
    Shell install = step("install");
    assertEquals(0, install.exit(), install.toString());
    assertEquals("mvn -B -q -DskipTests package\n", Files.readString(source.resolve("mvn-args")));
    assertTrue(install.out().contains("tandem " + Release.version()), "the unpacked launcher runs: " + install);
    assertTrue(Files.isExecutable(tmp.resolve("release/bin/tandem")));
    assertTrue(step("install").out().contains("(cached)"), "the second time, the release is there");
  }

  @Test
  void aForbiddenTermIsAnErrorAnnotationOnTheChapterAndFailsTheStep() throws Exception {
    ForbiddenTerm.plant(repo.resolve("publication"));
    env.put("INPUT_SARIF", "tandem.sarif");
    Shell check = step("check");
    assertEquals(1, check.exit(), check.toString());
    Matcher annotation = Pattern.compile("(?m)^::error file=publication/" + ForbiddenTerm.CHAPTER_FILE
        + ",line=(\\d+),title=tandem term-forbidden \\(altena-ehrenamt%3As6\\)::.*komün.*$").matcher(check.out());
    assertTrue(annotation.find(), check.toString());
    int line = Integer.parseInt(annotation.group(1));
    String source = Files.readAllLines(repo.resolve("publication/" + ForbiddenTerm.CHAPTER_FILE)).get(line - 1);
    assertTrue(source.contains("Für eine Gemeinde dieser Größe war das ein Wagnis."), "line " + line + ": " + source);
    assertTrue(Files.readString(tmp.resolve("output")).contains("exit-code=1\nsarif=tandem.sarif\n"));
    assertTrue(Files.readString(tmp.resolve("summary.md")).contains("2 errors, "), Files.readString(tmp.resolve("summary.md")));

    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("tandem.sarif").toFile());
    List<String> uris = sarif.findValuesAsText("uri");
    assertTrue(uris.contains("publication/" + ForbiddenTerm.CHAPTER_FILE), uris.toString());
  }

  @Test
  void passesOnceFixedAndHonoursFailOnAndTheBaseline() throws Exception {
    Path ws = repo.resolve("publication");
    ForbiddenTerm.plant(ws);
    env.put("INPUT_FAIL_ON", "never");
    assertEquals(0, step("check").exit(), "fail-on never");
    env.put("INPUT_FAIL_ON", "error");
    Shell baseline = Shell.run(repo, env, Release.home().resolve("bin/tandem").toString(), "check", "-w", "publication",
        "--write-baseline", "known.json");
    assertTrue(Files.isRegularFile(repo.resolve("known.json")), baseline.toString());
    env.put("INPUT_BASELINE", "known.json");
    Shell known = step("check");
    assertEquals(0, known.exit(), "the finding is in the baseline\n" + known);
    env.remove("INPUT_BASELINE");
    ForbiddenTerm.fix(ws);
    Shell fixed = step("check");
    assertEquals(0, fixed.exit(), fixed.toString());
    assertTrue(fixed.out().contains("0 errors"), fixed.toString());
    assertTrue(Files.readString(tmp.resolve("output")).endsWith("exit-code=0\n"));
  }

  @Test
  void aFolderWithoutWorkspaceExitsTwoWithAnErrorAnnotation() throws Exception {
    env.put("INPUT_WORKSPACE", "nicht-da");
    Files.createDirectories(repo.resolve("nicht-da"));
    Shell check = step("check");
    assertEquals(2, check.exit(), check.toString());
    assertTrue(check.out().startsWith("::error::tandem: no tandem.json in the workspace folder 'nicht-da'"), check.out());
  }

  @Test
  void theActionPassesEveryInputToTheScript() throws IOException {
    String action = Files.readString(Path.of("action.yml"));
    Matcher inputs = Pattern.compile("(?m)^  ([a-z-]+):\\n    description:").matcher(
        action.substring(action.indexOf("\ninputs:"), action.indexOf("\noutputs:")));
    int count = 0;
    while (inputs.find()) {
      String name = inputs.group(1);
      count++;
      if (!name.equals("java-version")) {
        String variable = "INPUT_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        assertTrue(action.contains(variable + ": ${{ inputs." + name + " }}"), variable);
      }
    }
    assertEquals(6, count, "inputs read");
    assertTrue(action.contains("run: '\"$GITHUB_ACTION_PATH/ci/github-action.sh\" check'"));
    assertTrue(action.contains("run: '\"$GITHUB_ACTION_PATH/ci/github-action.sh\" install'"));
  }
}
