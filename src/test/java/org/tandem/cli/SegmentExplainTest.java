package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem segment --explain}: sentences with the rule behind each break, read-only, text or JSON. */
class SegmentExplainTest {
  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void copySample() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
  }

  @Test
  void explainsAMarkdownFileSentenceBySentenceAndWritesNothing() throws Exception {
    Path md = Files.writeString(tmp.resolve("hinweis.md"), """
        # Hinweis: Sprechzeiten

        Das Bürgerbüro in der Hauptstr. 5 ist am 3. Oktober geschlossen. Die Zahl der Anträge beträgt 25.
        **Neue** Anträge nehmen wir ab Montag an.
        """);
    Map<String, String> before = Workspaces.fingerprint(ws);
    CliRun run = tandem(ws, "segment", "--explain", md.toString(), "--lang", "de");
    assertEquals(0, run.exit(), run.toString());
    assertEquals(before, Workspaces.fingerprint(ws), "--explain writes nothing");
    String expected = """
        Sentences of %s (de), rules: rules/segmentation.srx

        ¶1, line 1
          1  Hinweis: Sprechzeiten

        ¶2, line 3
          1  Das Bürgerbüro in der Hauptstr. 5 ist am 3. Oktober geschlossen.
               no break: German #1 (stops Tail #3)  "…Bürgerbüro in der Hauptstr. | 5 ist am 3. Okt…"
               no break: German #9 (stops Tail #2)  "…in der Hauptstr. 5 ist am 3. | Oktober geschlo…"
               break:    Tail #2  "…t am 3. Oktober geschlossen. | Die Zahl der An…"
          2  Die Zahl der Anträge beträgt 25.
               break:    German #8  "…Zahl der Anträge beträgt 25. | Neue Anträge ne…"
          3  **Neue** Anträge nehmen wir ab Montag an.

        2 paragraphs, 4 sentences, 2 breaks, 2 prevented breaks.

        Rules cited (SRX rules are numbered from 1 within their languagerule):
        """.formatted(md);
    String out = run.out();
    assertTrue(out.startsWith(expected), out);
    String rulesFile = Files.readString(ws.resolve("rules/segmentation.srx"));
    String upToRule = rulesFile.substring(0, rulesFile.indexOf("<rule", rulesFile.indexOf("\"German\"")));
    int line = upToRule.split("\n", -1).length;
    assertTrue(out.contains("\n  German #1 (line " + line + ")  no break: abbreviations that do not end a sentence"),
        out);
    assertTrue(out.contains("\n      before  \\b(?=[\\p{L}.]{1,40}\\.)(?:Dr|Prof|"), out);
  }

  @Test
  void explainsAChapterByIdInItsOwnLanguageAsJson() throws Exception {
    CliRun run = tandem(ws, "segment", "--explain", "sultanbeyli-mesleki-egitim", "--json");
    assertEquals(0, run.exit(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("chapters/tr/sultanbeyli-mesleki-egitim.md", root.get("source").asText());
    assertEquals("tr", root.get("lang").asText());
    List<String> sentences = new ArrayList<>();
    int breaks = 0;
    for (JsonNode para : root.get("paragraphs")) {
      for (JsonNode s : para.get("sentences")) {
        sentences.add(s.get("text").asText());
        JsonNode end = s.get("break");
        if (!end.isNull()) {
          breaks++;
          assertTrue(end.get("break").asBoolean() && end.get("rule").get("break").asBoolean(), end.toString());
          assertTrue(end.get("rule").get("line").asInt() > 0, end.toString());
        }
        for (JsonNode kept : s.get("prevented")) {
          assertEquals("srx", kept.get("rule").get("kind").asText());
          assertTrue(kept.get("stops").get("break").asBoolean(), kept.toString());
        }
      }
    }
    JsonNode store = new ObjectMapper().readTree(ws.resolve("segments/sultanbeyli-mesleki-egitim.json").toFile());
    assertEquals(store.get("segments").size(), sentences.size(), "one sentence per stored segment");
    assertEquals(sentences.size() - root.get("paragraphs").size(), breaks);
  }

  @Test
  void explainsStandardInputAsPlainTextParagraphs() {
    CliRun run = withStdin("Prof. Dr. Ayşe Kaya 3. Ekim'de geldi. Şişli Bld. Başkanı konuştu.\n\nİkinci paragraf.\n",
        () -> tandem(ws, "segment", "--explain", "--lang", "tr"));
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().startsWith("Sentences of - (tr), rules: rules/segmentation.srx\n"), run.out());
    assertTrue(run.out().contains("""
          1  Prof. Dr. Ayşe Kaya 3. Ekim'de geldi.
               no break: Turkish #1 (stops Tail #2)  "Prof. | Dr. Ayşe Kaya 3…"
               no break: Turkish #1 (stops Tail #2)  "Prof. Dr. | Ayşe Kaya 3. Ek…"
               no break: Turkish #8 (stops Tail #2)  "Prof. Dr. Ayşe Kaya 3. | Ekim'de geldi.…"
               break:    Tail #2  "…Ayşe Kaya 3. Ekim'de geldi. | Şişli Bld. Başk…"
          2  Şişli Bld.
        """), run.out());
    assertTrue(run.out().contains("  3  Başkanı konuştu.\n\n¶2, line 3\n  1  İkinci paragraf.\n"), run.out());

    CliRun dash = withStdin("Şişli Bld. Başkanı konuştu.",
        () -> tandem(ws, "segment", "--explain", "-", "--lang", "tr"));
    assertTrue(dash.out().contains("  2  Başkanı konuştu.\n"), dash.out());
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path txt = Files.writeString(tmp.resolve("notiz.txt"), "Ein Satz. Noch einer.");
    Map<String, List<String>> cases = Map.of(
        "say which language the text is in", List.of("segment", "--explain", txt.toString()),
        "--lang: unknown language 'fr'", List.of("segment", "--explain", txt.toString(), "--lang", "fr"),
        "--lang and --json go with --explain", List.of("segment", "--json"),
        "no such file or chapter", List.of("segment", "--explain", "fehlt.md", "--lang", "de"),
        "--explain takes one FILE",
        List.of("segment", "--explain", txt.toString(), "altena-ehrenamt"));
    cases.forEach((message, args) -> {
      CliRun run = tandem(ws, args.toArray(String[]::new));
      assertEquals(2, run.exit(), run.toString());
      assertTrue(run.err().contains(message), message + " in " + run.err());
    });
    CliRun plain = tandem(ws, "segment", "--explain", txt.toString(), "--lang", "de");
    assertEquals(0, plain.exit(), plain.toString());
    assertTrue(plain.out().contains("  1  Ein Satz.\n") && plain.out().contains("  2  Noch einer.\n"), plain.out());
  }

  private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return run.get();
    } finally {
      System.setIn(original);
    }
  }
}
