package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.xliff.StrictSchema;

/** The whole path on a copy of the sample workspace: add, export, translate, import, check, build. */
class EndToEndTest {
  static final String CHAPTER = """
      # Die Kommune hilft

      Die **Kommune** unterstützt Geflüchtete. Mehr dazu gibt es [online](https://example.org/info?a=1&b=2).

      - Sprachkurse für Erwachsene
      """;

  static final String EXPECTED_TR = """
      # Belediye yardım ediyor

      **Belediye** mültecileri destekliyor. Ayrıntılı bilgi [internette](https://example.org/info?a=1&b=2).

      - Yetişkinler için dil kursları
      """;

  /** What the "translator" does to the exported units, as text replacements inside {@code <target>}. */
  static final Map<String, String> TRANSLATION = Map.of(
      "Die Kommune hilft", "Belediye yardım ediyor",
      "Die <bpt", "<bpt",
      ">Kommune<", ">Belediye<",
      " unterstützt Geflüchtete.", " mültecileri destekliyor.",
      "Mehr dazu gibt es ", "Ayrıntılı bilgi ",
      ">online<", ">internette<",
      "Sprachkurse für Erwachsene", "Yetişkinler için dil kursları");

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void copySample() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
  }

  @Test
  void addExportTranslateImportCheckBuild() throws Exception {
    Path md = tmp.resolve("kommune-hilft.md");
    Files.writeString(md, CHAPTER);
    CliRun add = tandem(ws, "add", md.toString(), "--lang", "de");
    assertEquals(0, add.exit(), add.toString());
    assertTrue(add.out().contains("Added chapter kommune-hilft (chapters/de/kommune-hilft.md, de -> tr): 4 segments"),
        add.toString());

    CliRun export = tandem(ws, "export", "kommune-hilft", "-o", tmp.resolve("out").toString());
    assertEquals(0, export.exit(), export.toString());
    Path xlf = tmp.resolve("out/kommune-hilft.de-tr.xlf");
    byte[] exported = Files.readAllBytes(xlf);
    StrictSchema.validate(exported);
    String xml = new String(exported, StandardCharsets.UTF_8);
    assertFalse(xml.contains(tmp.toString()), "no local absolute path in the XLIFF");
    assertTrue(xml.contains("<note>Glossary: Kommune → belediye (not: komün)</note>"), xml);

    Files.writeString(xlf, translate(xml, TRANSLATION));
    CliRun imported = tandem(ws, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    assertTrue(imported.out().contains("kommune-hilft: 4 applied, 0 unchanged, 0 rejected"), imported.toString());

    CliRun check = tandem(ws, "check", "kommune-hilft");
    assertEquals(0, check.exit(), check.toString());
    assertEquals("0 errors, 0 warnings in 1 chapter\n", check.out());

    CliRun build = tandem(ws, "build", "kommune-hilft");
    assertEquals(0, build.exit(), build.toString());
    assertEquals(EXPECTED_TR, Files.readString(ws.resolve("build/tr/kommune-hilft.md")));
    String html = Files.readString(ws.resolve("build/bilingual/kommune-hilft.html"));
    assertTrue(html.contains("<td lang=\"de\"><h1>Die Kommune hilft</h1></td><td lang=\"tr\"><h1>Belediye yardım ediyor</h1></td>"), html);
    assertTrue(html.contains("<a href=\"https://example.org/info?a=1&amp;b=2\">internette</a>"), html);
    assertTrue(Files.readString(ws.resolve("build/index.html")).contains("bilingual/kommune-hilft.html"));
  }

  /** The same check a user makes by hand: xmllint with the OASIS strict schema (CI installs xmllint). */
  @Test
  void everyExportedFileValidatesWithXmllint() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/xmllint")),
        "xmllint is not installed (apt-get install libxml2-utils)");
    assertEquals(0, tandem(ws, "export", "-o", tmp.resolve("out").toString()).exit());
    Path schema = StrictSchema.copyTo(Files.createDirectories(tmp.resolve("schemas")));
    try (var files = Files.list(tmp.resolve("out"))) {
      for (Path xlf : files.toList()) {
        Process p = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema", schema.toString(),
            xlf.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains(" validates"), output);
      }
    }
  }

  @Test
  void checkFailsOnAForbiddenTermAndPassesOnceItIsFixed() throws Exception {
    assertEquals(0, tandem(ws, "check").exit(), "the sample passes the check");
    Path xlf = exportOne("altena-ehrenamt");
    String xml = Files.readString(xlf);
    String planted = replaceFirstTarget(xml, "s6", "Bu büyüklükte bir komün için bu riskli bir adımdı.");
    Files.writeString(xlf, planted);
    assertEquals(0, tandem(ws, "import", xlf.toString()).exit());

    CliRun failing = tandem(ws, "check", "--format", "json");
    assertEquals(1, failing.exit(), failing.toString());
    JsonNode findings = new ObjectMapper().readTree(failing.out()).get("findings");
    JsonNode forbidden = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("term-forbidden")) {
        forbidden = f;
      }
    }
    assertEquals("altena-ehrenamt", forbidden.get("chapter").asText());
    assertEquals("s6", forbidden.get("unit").asText());
    assertEquals("komün", forbidden.get("term").asText());
    assertEquals("kommune", forbidden.get("entry").asText());
    assertEquals("error", forbidden.get("severity").asText());

    Files.writeString(xlf, xml); // the reviewed translation again
    assertEquals(0, tandem(ws, "import", xlf.toString()).exit());
    assertEquals(0, tandem(ws, "check").exit());
  }

  private static final java.util.Set<String> UNREADABLE = java.util.Set.of("xxe.xlf", "truncated.xlf", "not-xml.xlf");

  @Test
  void hostileOrBrokenXliffLeavesTheStoreUntouched() throws Exception {
    Path xlf = exportOne("altena-ehrenamt");
    String xml = Files.readString(xlf);
    Map<String, String> before = Workspaces.fingerprint(ws.resolve("segments"));
    Map<String, String> attacks = Map.of(
        "xxe.xlf", xml.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"),
        "truncated.xlf", xml.substring(0, xml.length() / 2),
        "not-xml.xlf", "Kommune,belediye\n",
        "changed-source.xlf", xml.replaceFirst("Altena ist eine Kleinstadt", "Altena ist eine Großstadt"),
        "lost-code.xlf", replaceFirstTarget(xml, "s42", "Kodları kaybolmuş bir çeviri"),
        "unknown-id.xlf", xml.replace("id=\"s2\"", "id=\"s999\""));
    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      Path file = tmp.resolve(attack.getKey());
      Files.writeString(file, attack.getValue());
      CliRun run = tandem(ws, "import", file.toString());
      int expected = UNREADABLE.contains(attack.getKey()) ? 2 : 1; // not XLIFF at all: 2, as check says
      assertEquals(expected, run.exit(), attack.getKey() + "\n" + run);
      assertTrue(run.err().contains(file.toString()), "the error names the file: " + run);
      assertTrue(run.err().contains("refused: nothing of this file was applied"), run.toString());
      assertEquals(before, Workspaces.fingerprint(ws.resolve("segments")), attack.getKey());
    }
    assertTrue(tandem(ws, "import", tmp.resolve("xxe.xlf").toString()).err().contains("DTD"));
    assertTrue(tandem(ws, "import", tmp.resolve("unknown-id.xlf").toString()).err().contains("unit s999"));
  }

  @Test
  void targetsEqualToSourcesBuildTheSourcesByteForByte() throws Exception {
    Path fixture = Path.of("src/test/resources/org/tandem/extract/roundtrip/commonmark-constructs.md");
    assertEquals(0, tandem(ws, "add", fixture.toString(), "--lang", "de", "--id", "constructs").exit());
    for (String id : new String[] {"constructs", "pandemie-sprachkurse"}) {
      Path xlf = exportOne(id);
      String xml = Files.readString(xlf);
      Matcher m = Pattern.compile("(<source>(.*?)</source>)", Pattern.DOTALL).matcher(xml);
      String copied = m.replaceAll(r -> Matcher.quoteReplacement(
          r.group(1) + "<target state=\"translated\">" + r.group(2) + "</target>"));
      Files.writeString(xlf, copied);
      CliRun run = tandem(ws, "import", xlf.toString());
      assertEquals(0, run.exit(), run.toString());
    }
    assertEquals(0, tandem(ws, "build", "constructs", "pandemie-sprachkurse", "--require-complete").exit());
    assertEquals(Files.readString(fixture), Files.readString(ws.resolve("build/tr/commonmark-constructs.md")));
    assertEquals(Files.readString(ws.resolve("chapters/de/pandemie-sprachkurse.md")),
        Files.readString(ws.resolve("build/tr/pandemie-sprachkurse.md")));
  }

  @Test
  void buildRequireCompleteFailsWhileTextIsUntranslated() {
    CliRun run = tandem(ws, "build", "--require-complete");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.err().contains("pandemie-sprachkurse (44 untranslated or out of date)"), run.toString());
    assertFalse(Files.exists(ws.resolve("build")), "nothing is written");
  }

  private Path exportOne(String chapter) {
    CliRun run = tandem(ws, "export", chapter, "-o", tmp.resolve("out").toString());
    assertEquals(0, run.exit(), run.toString());
    String line = run.out().lines().filter(l -> l.startsWith(chapter + " ")).findFirst().orElseThrow();
    return Path.of(line.substring(line.indexOf("-> ") + 3));
  }

  /** Adds a target after each source, translated by plain replacements. */
  static String translate(String xml, Map<String, String> replacements) {
    Matcher m = Pattern.compile("<source>(.*?)</source>", Pattern.DOTALL).matcher(xml);
    return m.replaceAll(r -> {
      String target = r.group(1);
      for (Map.Entry<String, String> e : replacements.entrySet()) {
        target = target.replace(e.getKey(), e.getValue());
      }
      return Matcher.quoteReplacement(r.group() + "<target state=\"translated\">" + target + "</target>");
    });
  }

  /** Replaces the target of one unit. */
  static String replaceFirstTarget(String xml, String unit, String target) {
    Pattern p = Pattern.compile("(<trans-unit id=\"" + unit + "\"[^>]*>\\s*<source>.*?</source>\\s*<target[^>]*>)(.*?)(</target>)",
        Pattern.DOTALL);
    Matcher m = p.matcher(xml);
    assertTrue(m.find(), "unit " + unit + " has a target");
    return xml.substring(0, m.start(2)) + target + xml.substring(m.end(2));
  }
}
