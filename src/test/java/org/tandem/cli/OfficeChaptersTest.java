package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.Formats;
import org.tandem.format.office.ZipPackage;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.store.Workspace;

/**
 * DOCX and ODT chapters through the whole workflow as a user runs it: add, status, export, a CAT
 * tool's translation, import, check, build (the document in the target language, its language tags),
 * an edit of the source and segmenting again; a broken document refused with the workspace unchanged.
 */
class OfficeChaptersTest {
  private static final Path DOCS = Path.of("src/test/resources/org/tandem/format/office/libreoffice");

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"brief-lo.docx | de | 1.2 | w:val=\"tr-TR\" | Wir freuen",
      "basin-lo.odt | tr | 2.0 | fo:language=\"de\" fo:country=\"DE\" | Bilgi için"})
  void aDocumentGoesThroughTheWholeWorkflow(String file, String lang, String xliff, String languageTag, String edited)
      throws Exception {
    Path ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    CliRun add = tandem(ws, "add", "--lang", lang, DOCS.resolve(file).toString());
    assertEquals(0, add.exit(), add.toString());
    String id = file.substring(0, file.indexOf('.'));
    Chapter chapter = Workspace.open(ws).config().chapter(id).orElseThrow();
    assertEquals(file.substring(file.indexOf('.') + 1), chapter.format());
    assertTrue(tandem(ws, "status").out().contains(id), "status lists the chapter");

    CliRun export = tandem(ws, "export", id, "-o", ws.resolve("out").toString(), "--copy-source", "--xliff", xliff);
    assertEquals(0, export.exit(), export.toString());
    Path xlf = DocumentChaptersTest.onlyFile(ws.resolve("out"));
    DocumentChaptersTest.translate(xlf);
    CliRun imported = tandem(ws, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    List<Segment> segments = Workspace.open(ws).load(chapter).segments();
    assertTrue(segments.stream().allMatch(s -> s.hasTarget() && s.target().plainText().startsWith("ÇEVİRİ ")));
    assertTrue(tandem(ws, "check", id).exit() <= 1, "check runs");

    CliRun build = tandem(ws, "build", id);
    assertEquals(0, build.exit(), build.toString());
    Lang target = Lang.parse(lang).other();
    Path built = ws.resolve("build/" + target.code() + "/" + file);
    String texts = String.join(" ", Formats.byExtension(built.toString())
        .read(Files.readAllBytes(built), id, target, new SrxSegmenter()).segments().stream()
        .map(s -> DocumentChaptersTest.flat(s.source().plainText())).toList());
    for (Segment s : segments) {
      assertTrue(texts.contains(DocumentChaptersTest.flat(s.target().plainText())), s.target().plainText() + " not in " + texts);
    }
    ZipPackage pkg = ZipPackage.read(Files.readAllBytes(built), file);
    String styles = new String(pkg.bytes(file.endsWith(".docx") ? "word/styles.xml" : "styles.xml"), StandardCharsets.UTF_8);
    assertTrue(styles.contains(languageTag), "the document's language is the target's: " + styles);
    assertTrue(Files.readString(ws.resolve("build/bilingual/" + id + ".html")).contains("ÇEVİRİ "));

    Path source = ws.resolve(chapter.file());
    Files.write(source, edit(Files.readAllBytes(source), ">" + edited, ">Neu: " + edited));
    CliRun resegment = tandem(ws, "segment", id);
    assertEquals(0, resegment.exit(), resegment.toString());
    List<Segment> after = Workspace.open(ws).load(chapter).segments();
    long kept = after.stream().filter(s -> s.hasTarget() && s.target().plainText().startsWith("ÇEVİRİ ")).count();
    assertTrue(kept >= segments.size() - 1, "translations of unchanged sentences are kept: " + kept + " " + resegment);
    assertEquals(0, tandem(ws, "diff", id).exit());
    CliRun explain = tandem(ws, "segment", "--explain", id);
    assertEquals(0, explain.exit(), explain.toString());
    assertFalse(explain.out().contains("</w:t>") || explain.out().contains("<text:"), "sentences, not XML: " + explain);
  }

  @Test
  void nothingTranslatedBuildsTheSameParts() throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    assertEquals(0, tandem(ws, "add", "--lang", "tr", DOCS.resolve("basin-lo.docx").toString()).exit());
    assertEquals(0, tandem(ws, "build").exit());
    ZipPackage before = ZipPackage.read(Files.readAllBytes(DOCS.resolve("basin-lo.docx")), "source");
    ZipPackage after = ZipPackage.read(Files.readAllBytes(ws.resolve("build/de/basin-lo.docx")), "built");
    assertEquals(before.names(), after.names());
    for (String name : before.names()) {
      assertTrue(Arrays.equals(before.bytes(name), after.bytes(name)), name);
    }
  }

  @Test
  void aBrokenDocumentIsRefusedAndNothingIsStored() throws Exception {
    Path ws = tmp.resolve("ws");
    tandem(null, "init", ws.toString());
    byte[] whole = Files.readAllBytes(DOCS.resolve("brief-lo.docx"));
    Path cut = tmp.resolve("kaputt.docx");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    String config = Files.readString(ws.resolve("tandem.json"));
    CliRun add = tandem(ws, "add", "--lang", "de", cut.toString());
    assertEquals(2, add.exit(), add.toString());
    assertTrue(add.err().contains("kaputt.docx") && add.err().contains("cut short"), add.err());
    assertFalse(add.err().contains("Exception") || add.err().contains("\tat "), add.err());
    assertEquals(config, Files.readString(ws.resolve("tandem.json")));
    assertTrue(Files.notExists(ws.resolve("chapters/de/kaputt.docx")));
    try (Stream<Path> stored = Files.list(ws.resolve("segments"))) {
      assertEquals(0, stored.count());
    }
  }

  /** The package with {@code from} replaced by {@code to} once in its main XML part. */
  private static byte[] edit(byte[] zip, String from, String to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean[] done = {false};
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (Map.of("word/document.xml", 1, "content.xml", 1).containsKey(e.getName())) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int i = xml.lastIndexOf(from);
          assertTrue(i >= 0, from);
          bytes = (xml.substring(0, i) + to + xml.substring(i + from.length())).getBytes(StandardCharsets.UTF_8);
          done[0] = true;
        }
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getMethod() == ZipEntry.STORED) {
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(bytes.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(bytes);
          copy.setCrc(crc.getValue());
        }
        z.putNextEntry(copy);
        z.write(bytes);
        z.closeEntry();
      }
    }
    assertTrue(done[0]);
    return out.toByteArray();
  }
}
