package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.store.Workspace;

/**
 * The whole workflow for chapters that are not Markdown, as a user runs it: add, status, export,
 * a CAT tool's translation, import, check, build, an edit of the source and segmenting again.
 */
class DocumentChaptersTest {
  private static final Path DOCS = Path.of("src/test/resources/org/tandem/format");
  private static final Pattern TARGET = Pattern.compile("(<target[^>]*>)(.*?)(</target>)", Pattern.DOTALL);

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"html/stadtseite.html, stadtseite, html, 1.2", "text/aushang.txt, aushang, text, 2.0",
      "html/seite.xhtml, seite, html, 2.0"})
  void aDocumentGoesThroughTheWholeWorkflow(String file, String id, String format, String xliff) throws Exception {
    Path ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    CliRun add = tandem(ws, "add", "--lang", "de", DOCS.resolve(file).toString());
    assertEquals(0, add.exit(), add.toString());
    Chapter chapter = Workspace.open(ws).config().chapter(id).orElseThrow();
    assertEquals(format, chapter.format());
    assertTrue(tandem(ws, "status").out().contains(id), "status lists the chapter");

    CliRun export = tandem(ws, "export", id, "-o", ws.resolve("out").toString(), "--copy-source", "--xliff", xliff);
    assertEquals(0, export.exit(), export.toString());
    Path xlf = onlyFile(ws.resolve("out"));
    translate(xlf);
    CliRun imported = tandem(ws, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    List<Segment> segments = Workspace.open(ws).load(chapter).segments();
    assertTrue(segments.stream().allMatch(s -> s.hasTarget() && s.target().plainText().startsWith("ÇEVİRİ ")),
        segments.toString());
    assertTrue(tandem(ws, "check", id).exit() <= 1, "check runs");

    CliRun build = tandem(ws, "build", id);
    assertEquals(0, build.exit(), build.toString());
    String ext = file.substring(file.lastIndexOf('.'));
    Path builtFile = ws.resolve("build/tr/" + id + ext);
    String built = Files.readString(builtFile);
    // read back as a translator's tool would: every translation is there, as text
    String texts = String.join(" ", Formats.byExtension(builtFile.toString())
        .read(Files.readAllBytes(builtFile), id, Lang.TR, new SrxSegmenter()).segments().stream()
        .map(s -> flat(s.source().plainText())).toList());
    for (Segment s : segments) {
      assertTrue(texts.contains(flat(s.target().plainText())), s.target().plainText() + " not in " + texts);
    }
    String page = Files.readString(ws.resolve("build/bilingual/" + id + ".html"));
    assertTrue(page.contains("ÇEVİRİ "), page);
    if (format.equals("html")) {
      assertTrue(built.contains("lang=\"tr\""), built);
      assertTrue(page.contains("<tr class=\"heading\">"), "headings are rows of their own: " + page);
    }

    Path source = ws.resolve(chapter.file());
    String original = Files.readString(source);
    String first = segments.get(segments.size() - 1).source().plainText();
    String edited = original.replace(first.substring(0, Math.min(8, first.length())), "Neu: "
        + first.substring(0, Math.min(8, first.length())));
    assertFalse(edited.equals(original));
    Files.writeString(source, edited);
    CliRun resegment = tandem(ws, "segment", id);
    assertEquals(0, resegment.exit(), resegment.toString());
    List<Segment> after = Workspace.open(ws).load(chapter).segments();
    long kept = after.stream().filter(s -> s.hasTarget() && s.target().plainText().startsWith("ÇEVİRİ ")).count();
    assertTrue(kept >= segments.size() - 1, "translations of unchanged sentences are kept: " + kept);
    assertEquals(0, tandem(ws, "diff", id).exit());
    assertEquals(0, tandem(ws, "segment", "--explain", id).exit());
  }

  @ParameterizedTest
  @CsvSource({"html/bom-crlf.html", "html/legacy-latin1.htm", "text/duyuru-tr.txt"})
  void nothingTranslatedBuildsTheSourceByteForByte(String file) throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    String lang = file.contains("-tr.") ? "tr" : "de";
    assertEquals(0, tandem(ws, "add", "--lang", lang, DOCS.resolve(file).toString()).exit());
    assertEquals(0, tandem(ws, "build").exit());
    String name = Path.of(file).getFileName().toString();
    String other = lang.equals("de") ? "tr" : "de";
    assertArrayEquals(Files.readAllBytes(DOCS.resolve(file)), Files.readAllBytes(ws.resolve("build/" + other + "/" + name)));
  }

  /** What a translator does in a CAT tool: every target filled and marked translated. */
  private static void translate(Path xlf) throws IOException {
    String xml = Files.readString(xlf, StandardCharsets.UTF_8);
    Matcher m = TARGET.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String open = m.group(1).replace("state=\"new\"", "state=\"translated\"");
      m.appendReplacement(out, Matcher.quoteReplacement(open + "ÇEVİRİ " + m.group(2) + m.group(3)));
    }
    m.appendTail(out);
    Files.writeString(xlf, out.toString().replace("state=\"initial\"", "state=\"translated\""));
  }

  private static Path onlyFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findFirst().orElseThrow();
    }
  }

  private static String flat(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ");
  }
}
