package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.Workspace;

/**
 * {@code tandem align} end to end: the German sample chapter altena-ehrenamt with a Turkish
 * translation written for this test, which leaves out s11, adds a sentence after s17 and renders s5
 * and s6 as one sentence.
 */
class AlignCommandTest {
  static final Path TRANSLATION = Path.of("src/test/resources/org/tandem/align/altena-ehrenamt.tr.md");

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void workspace() throws Exception {
    ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    assertEquals(0, tandem(ws, "add", "--lang", "de", "chapters/de/altena-ehrenamt.md").exit());
  }

  private Map<String, Segment> segments() {
    Workspace w = Workspace.open(ws);
    Chapter chapter = w.config().chapter("altena-ehrenamt").orElseThrow();
    Map<String, Segment> byKey = new java.util.LinkedHashMap<>();
    w.load(chapter).segments().forEach(s -> byKey.put(s.key(), s));
    return byKey;
  }

  @Test
  void alignsTheTranslationIntoUnits() {
    CliRun run = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString());
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("42 segments translated (aligned) (1 joined with the segment before), 0 suggested,"
        + " 0 kept, 1 left out, 1 added"), run.out());
    Map<String, Segment> segments = segments();
    assertEquals(43, segments.size());
    Segment joined = segments.get("s5");
    assertTrue(joined.source().plainText().startsWith("Altena nahm freiwillig mehr Menschen auf")
        && joined.source().plainText().endsWith("Für eine Gemeinde dieser Größe war das ein Wagnis."));
    assertTrue(joined.target().plainText().endsWith("bu büyüklükte bir belediye için bu bir riskti."));
    assertFalse(segments.containsKey("s6"), "s6 is part of the unit s5");
    assertNull(segments.get("s11").target(), "the left-out sentence has no translation");
    assertEquals("Çocuklar en başından itibaren kendi mahallelerindeki kreşlere ve okullara gitti.",
        segments.get("s10").target().plainText());
    assertEquals("Özellikle rehberlik ilişkileri başarılı oldu; bunlar çoğunlukla belirli bir sırayla başlıyor.",
        segments.get("s18").target().plainText(), "the added sentence before it is not part of s18");
    for (Segment s : segments.values()) {
      if (!s.key().equals("s11")) {
        assertEquals(State.TRANSLATED, s.state(), s.key());
        assertEquals("aligned", s.origin(), s.key());
      }
    }
    Segment link = segments.get("s43");
    assertEquals("{1}Altena Gönüllüler Bürosu{/1}", link.target().markup(), "the link's codes are the source's");
  }

  @Test
  void alignedUnitsShowInStatusExportBuildAndSurviveResegmenting() throws Exception {
    assertEquals(0, tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString()).exit());
    CliRun status = tandem(ws, "status");
    assertTrue(status.out().contains("42 of the translated segments are translated (aligned)"), status.out());
    assertTrue(tandem(ws, "status", "--json").out().contains("\"aligned\" : 42"));
    CliRun segment = tandem(ws, "segment", "--force");
    assertEquals(0, segment.exit(), segment.toString());
    assertTrue(segment.out().contains("43 segments: 43 kept"), segment.out());
    assertTrue(segments().get("s5").hasTarget());
    CliRun export = tandem(ws, "export", "-o", tmp.resolve("out").toString());
    assertEquals(0, export.exit(), export.toString());
    String xlf = Files.readString(tmp.resolve("out/altena-ehrenamt.de-tr.xlf"));
    assertTrue(xlf.contains("Aligned: this translation was taken from an existing translation"), xlf);
    CliRun build = tandem(ws, "build", "-o", tmp.resolve("build").toString());
    assertEquals(0, build.exit(), build.toString());
    String built = Files.readString(tmp.resolve("build/tr/altena-ehrenamt.md"));
    assertTrue(built.contains("kabul etti; bu büyüklükte bir belediye için bu bir riskti.\n"), built);
    assertTrue(built.contains("Auch die Vermieter profitierten"), "the left-out sentence stays German");
    CliRun tm = tandem(ws, "tm", "export", tmp.resolve("m.tmx").toString());
    assertEquals(0, tm.exit(), tm.toString());
    assertTrue(Files.readString(tmp.resolve("m.tmx")).contains("bu bir riskti."));
  }

  @Test
  void dryRunChangesNothingAndSaysWhatWouldChange() {
    Map<String, String> before = Workspaces.fingerprint(ws);
    CliRun run = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString(), "--dry-run");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("s5+s6 (2-1, "), run.out());
    assertTrue(run.out().contains("would be translated: Altena, yasal dağılım"), run.out());
    assertTrue(run.out().contains("(dry run, nothing changed)"), run.out());
    assertEquals(before, Workspaces.fingerprint(ws));
  }

  @Test
  void writesAReviewPageAndJson() throws Exception {
    Path page = tmp.resolve("review.html");
    CliRun run = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString(), "--dry-run", "--report",
        page.toString(), "--format", "json");
    assertEquals(0, run.exit(), run.toString());
    String html = Files.readString(page);
    assertTrue(html.contains("<td class=\"c\"><p>Auch die Vermieter profitierten"), html);
    assertTrue(html.contains("<tr class=\"lone\">"), html);
    assertTrue(html.contains("<tr class=\"sure\">"), html);
    assertFalse(html.contains("<script"), html);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(42, json.get("summary").get("translated").asInt());
    JsonNode joined = json.get("pairs").get(4);
    assertEquals("2-1", joined.get("shape").asText());
    assertEquals("s5", joined.get("keys").get(0).asText());
    assertEquals("s6", joined.get("keys").get(1).asText());
  }

  @Test
  void suggestionsBelowTheThresholdAreOfferedInXliff() throws Exception {
    CliRun run = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString(), "--threshold", "0.97", "--format",
        "json");
    assertEquals(0, run.exit(), run.toString());
    JsonNode suggested = null;
    for (JsonNode pair : new ObjectMapper().readTree(run.out()).get("pairs")) {
      if (pair.get("action").asText().equals("suggested") && pair.get("keys").size() == 1) {
        suggested = pair;
      }
    }
    assertTrue(suggested != null, run.out());
    String key = suggested.get("keys").get(0).asText();
    String target = suggested.get("target").get(0).asText();
    assertEquals(State.NEW, segments().get(key).state(), key + " is below the threshold");
    assertTrue(Files.readString(ws.resolve("align/altena-ehrenamt.json")).contains(target));
    assertEquals(0, tandem(ws, "export", "-o", tmp.resolve("out").toString()).exit());
    String xlf = Files.readString(tmp.resolve("out/altena-ehrenamt.de-tr.xlf"));
    assertTrue(xlf.contains(target + "</target>"), xlf);
    assertTrue(xlf.contains("origin=\"tandem align: "), xlf);
    assertEquals(0, tandem(ws, "export", "-o", tmp.resolve("out2").toString(), "--xliff", "2.0").exit());
    String xlf2 = Files.readString(tmp.resolve("out2/altena-ehrenamt.de-tr.xlf"));
    assertTrue(xlf2.contains("<mtc:match") && xlf2.contains(target), xlf2);
  }

  @Test
  void refusesAnUnknownFormatBeforeDoingAnything() {
    CliRun run = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString(), "--format", "xml");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("--format must be text or json"), run.err());
  }

  @Test
  void anExistingTranslationIsOnlyReplacedWithOverwrite() {
    assertEquals(0, tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString()).exit());
    Map<String, String> before = Workspaces.fingerprint(ws);
    CliRun again = tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString());
    assertEquals(2, again.exit(), again.toString());
    assertTrue(again.err().contains("altena-ehrenamt.tr.md: chapter 'altena-ehrenamt' already has 42 translated"
        + " segments (s1, s2, s3, s4, s5, ...)"), again.err());
    assertTrue(again.err().contains("--overwrite"), again.err());
    assertEquals(before, Workspaces.fingerprint(ws));
    assertEquals(0, tandem(ws, "align", "altena-ehrenamt", TRANSLATION.toString(), "--overwrite").exit());
  }

  @Test
  void refusesATranslationInTheChaptersOwnLanguage() {
    refused(2, "chapters/de/osnabrueck-integrationskonzept.md", "is written in German, the language chapter"
        + " 'altena-ehrenamt' is written in; give its Turkish translation");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Files.writeString(tmp.resolve("empty.md"), "\n");
    refused(2, tmp.resolve("empty.md").toString(), "the file has no text to align");
  }

  @Test
  void refusesAnotherFormat() throws Exception {
    Files.writeString(tmp.resolve("altena.txt"), "Altena küçük bir şehirdir.\n");
    refused(2, tmp.resolve("altena.txt").toString(), "the translation is a .txt file but chapter"
        + " 'altena-ehrenamt' is a .md file");
  }

  @Test
  void refusesTheTranslationOfAnotherChapter() {
    CliRun run = refused(1, "chapters/tr/sultanbeyli-mesleki-egitim.md", "could be aligned confidently");
    assertTrue(run.err().contains("is it really the chapter's translation?"), run.err());
  }

  private CliRun refused(int exit, String file, String message) {
    Map<String, String> before = Workspaces.fingerprint(ws);
    CliRun run = tandem(ws, "align", "altena-ehrenamt", file);
    assertEquals(exit, run.exit(), run.toString());
    assertTrue(run.err().contains(message), run.err());
    assertTrue(run.err().contains(Path.of(file).getFileName().toString()), "names the file: " + run.err());
    assertEquals(before, Workspaces.fingerprint(ws), "the workspace is unchanged");
    return run;
  }
}
