package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem check} on a copy of the sample workspace: exit codes, formats, baselines, XLIFF files. */
class CheckCommandTest {
  static final String GOOD = "Bu ölçekte bir belediye için bu, riskli bir adımdı.";
  static final String BAD = "Bu ölçekte bir komün için bu, riskli bir adımdı.";

  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void copySample() throws IOException {
    ws = Workspaces.sample(dir.resolve("ws"));
  }

  void plant(String from, String to) throws IOException {
    Path store = ws.resolve("segments/altena-ehrenamt.json");
    String json = Files.readString(store);
    assertTrue(json.contains(from));
    Files.writeString(store, json.replace(from, to));
  }

  @Test
  void theSampleWorkspaceHasNoErrors() {
    CliRun run = tandem(ws, "check");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().strip().endsWith("in 7 chapters"), run.out());
    assertTrue(run.out().contains("0 errors"), run.out());
  }

  @Test
  void aPlantedFalseFriendFailsWithTheWordsMarked() throws IOException {
    plant(GOOD, BAD);
    CliRun run = tandem(ws, "check", "altena-ehrenamt");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.out().contains("altena-ehrenamt:s6: error: [term-forbidden] \"komün\" is forbidden here; use "
        + "\"belediye\""), run.out());
    assertTrue(run.out().contains("tr  Bu ölçekte bir [komün] için bu, riskli bir adımdı."), run.out());
    assertFalse(run.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void failOnDecidesWhichFindingsFail() throws IOException {
    assertEquals(1, tandem(ws, "check", "--fail-on", "warning").exit(), "the sample has untranslated segments");
    plant(GOOD, BAD);
    assertEquals(0, tandem(ws, "check", "--fail-on", "never").exit());
    assertEquals(2, tandem(ws, "check", "--fail-on", "sometimes").exit());
  }

  @Test
  void aBaselineAcceptsKnownFindingsAndFailsOnNewOnes() throws IOException {
    plant(GOOD, BAD);
    Path baseline = dir.resolve("baseline.json");
    CliRun write = tandem(ws, "check", "--write-baseline", baseline.toString());
    assertEquals(0, write.exit(), write.toString());
    assertTrue(Files.readString(baseline).contains("\"unit\": \"s6\", \"rule\": \"term-forbidden\""));
    assertEquals(0, tandem(ws, "check", "--baseline", baseline.toString()).exit());
    plant("Belediye, toplu barınma merkezi açmak yerine", "Komün, toplu barınma merkezi açmak yerine");
    CliRun again = tandem(ws, "check", "--baseline", baseline.toString(), "--format", "json");
    assertEquals(1, again.exit(), again.toString());
    JsonNode root = json(again.out());
    assertTrue(root.get("summary").get("baselined").asInt() > 2);
    assertTrue(root.get("summary").get("errors").asInt() > 0);
    for (JsonNode f : root.get("findings")) {
      assertEquals("s8", f.get("unit").asText(), "only the new unit's findings: " + f);
    }
    assertEquals(2, tandem(ws, "check", "--baseline", dir.resolve("none.json").toString()).exit());
  }

  @Test
  void sarifGoesToAFileWithLinesInTheChapterSource() throws IOException {
    plant(GOOD, BAD);
    Path sarif = dir.resolve("out/check.sarif");
    CliRun run = tandem(ws, "check", "--format", "sarif", "--output", sarif.toString());
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.out().startsWith("2 errors,"), run.out());
    JsonNode results = json(Files.readString(sarif)).get("runs").get(0).get("results");
    JsonNode forbidden = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("term-forbidden")) {
        forbidden = r;
      }
    }
    JsonNode location = forbidden.get("locations").get(0).get("physicalLocation");
    assertEquals("chapters/de/altena-ehrenamt.md", location.get("artifactLocation").get("uri").asText());
    int line = location.get("region").get("startLine").asInt();
    String sourceLine = Files.readAllLines(ws.resolve("chapters/de/altena-ehrenamt.md")).get(line - 1);
    assertTrue(sourceLine.contains("Für eine Gemeinde dieser Größe"), sourceLine);
  }

  @Test
  void githubAndJunitFormatsNameFilesAndUnits() throws IOException {
    plant(GOOD, BAD);
    CliRun github = tandem(ws, "check", "--format", "github", "altena-ehrenamt");
    assertTrue(github.out().lines().anyMatch(l -> l.startsWith("::error file=chapters/de/altena-ehrenamt.md,line=")
        && l.contains("term-forbidden")), github.out());
    CliRun junit = tandem(ws, "check", "--format", "junit", "altena-ehrenamt");
    assertTrue(junit.out().contains("<testcase name=\"s6\" classname=\"altena-ehrenamt\""), junit.out());
    assertTrue(junit.out().contains("<failure message=\""), junit.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = tandem(ws, "check", "--format", "html");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("unknown --format 'html' (expected text, json, junit, sarif, github)"), run.err());
  }

  @Test
  void severitiesComeFromTandemJson() throws IOException {
    Path config = ws.resolve("tandem.json");
    String json = Files.readString(config);
    Files.writeString(config, json.replace("\"settings\" : {", "\"settings\" : {\n    \"severities\" : { \"untranslated\" : \"error\" },"));
    CliRun run = tandem(ws, "check", "pandemie-sprachkurse");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.out().contains("error: [untranslated]"), run.out());
    Files.writeString(config, json.replace("\"settings\" : {", "\"settings\" : {\n    \"severities\" : { \"untranslatd\" : \"error\" },"));
    CliRun typo = tandem(ws, "check");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().contains("settings.severities names the rule 'untranslatd'"), typo.err());
  }

  @Test
  void checksXliffFilesWithAGlossaryFile() throws IOException {
    Path out = dir.resolve("xliff");
    assertEquals(0, tandem(ws, "export", "altena-ehrenamt", "-o", out.toString()).exit());
    Path xlf = out.resolve("altena-ehrenamt.de-tr.xlf");
    Files.writeString(xlf, Files.readString(xlf).replace(GOOD, BAD));
    Path glossary = dir.resolve("glossary.tbx");
    assertEquals(0, tandem(null, "glossary", "export", "-w", ws.toString(), glossary.toString()).exit());
    CliRun run = tandem(null, "check", xlf.toString(), "--glossary", glossary.toString(), "--format", "github");
    assertEquals(1, run.exit(), run.toString());
    String line = run.out().lines().filter(l -> l.contains("term-forbidden")).findFirst().orElseThrow();
    assertTrue(line.startsWith("::error file=" + xlf.toString().replace('\\', '/').replace(":", "%3A") + ",line="),
        line);
    int at = Integer.parseInt(line.replaceAll(".*,line=(\\d+),.*", "$1"));
    assertTrue(Files.readAllLines(xlf).get(at - 1).contains("id=\"s6\""), "the line of the unit in the file");
    CliRun mixed = tandem(ws, "check", xlf.toString(), "altena-ehrenamt");
    assertEquals(2, mixed.exit(), mixed.toString());
  }

  @Test
  void colourFollowsTheTerminalAndNoColor() {
    assertTrue(Terminal.colour("auto", Map.of("TERM", "xterm"), true));
    assertFalse(Terminal.colour("auto", Map.of("TERM", "xterm", "NO_COLOR", "1"), true));
    assertTrue(Terminal.colour("auto", Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
    assertFalse(Terminal.colour("auto", Map.of(), false), "not on a terminal");
    assertFalse(Terminal.colour("auto", Map.of("TERM", "dumb"), true));
    assertTrue(Terminal.colour("always", Map.of("NO_COLOR", "1"), false), "an explicit option wins");
    assertFalse(Terminal.colour("never", Map.of(), true));
  }

  static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }
}
