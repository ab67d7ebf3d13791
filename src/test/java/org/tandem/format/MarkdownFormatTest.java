package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;

public class MarkdownFormatTest {
  static final SrxSegmenter RULES = new SrxSegmenter();
  static final MarkdownFormat MARKDOWN = new MarkdownFormat();

  public static Stream<Path> documents() throws IOException {
    Stream<Path> fixtures = Files.list(Path.of("src/test/resources/org/tandem/extract/roundtrip"));
    Stream<Path> chapters = Stream.of("chapters/de", "chapters/tr").map(Path::of).flatMap(dir -> {
      try {
        return Files.list(dir);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return Stream.concat(fixtures, chapters).filter(p -> p.toString().endsWith(".md")).sorted();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void segmentsCoverTheSourceExactly(Path file) throws IOException {
    ExtractedDocument doc = MARKDOWN.read(Files.readAllBytes(file), file.toString(), Lang.DE, RULES);
    assertFalse(doc.segments().isEmpty());
    int previousEnd = 0;
    for (ExtractedSegment s : doc.segments()) {
      assertTrue(s.start() >= previousEnd, "segments are in document order and do not overlap");
      previousEnd = s.end();
      assertEquals(s.source().raw().strip().isEmpty(), false);
    }
  }

  @Test
  void linkUrlsAndEmphasisAreCodesNotText() {
    ExtractedDocument doc = MARKDOWN.read(
        "Die **Stadt** hat [ein Konzept](https://example.org/a_b \"T\") beschlossen.\n", "t.md", Lang.DE, RULES);
    Content source = doc.segments().get(0).source();
    assertEquals("Die {1}Stadt{/1} hat {2}ein Konzept{3/}T{/2} beschlossen.", source.markup());
    assertEquals(new Code(3, CodeKind.PLACEHOLDER, "link", "](https://example.org/a_b \""), source.codes().get(3));
    assertEquals("Die Stadt hat ein KonzeptT beschlossen.", source.plainText());
  }

  @Test
  void characterReferencesAreDecodedForTheTranslator() {
    ExtractedDocument doc = MARKDOWN.read("A &amp; B &#X22;C&#x22; &#42;D&#42; &#0; \\*E\\*\n", "t.md", Lang.DE, RULES);
    assertEquals("A & B \"C\" *D* \uFFFD *E*", doc.segments().get(0).source().plainText());
  }

  @Test
  void blockQuoteMarkersAndIndentationNeverReachTheTranslator() {
    ExtractedDocument doc = MARKDOWN.read("> Erste Zeile\n> zweite Zeile.\n\n- Punkt\n  weiter.\n", "t.md", Lang.DE, RULES);
    List<String> texts = doc.segments().stream().map(s -> s.source().plainText()).toList();
    assertEquals(List.of("Erste Zeile\nzweite Zeile.", "Punkt\nweiter."), texts);
    assertEquals("\n> ", doc.segments().get(0).lineBreak());
    assertEquals("\n  ", doc.segments().get(1).lineBreak());
  }

  @Test
  void linesEndedByACarriageReturnAloneAreMarkdownLinesToo() {
    String text = "# Sprechstunde\r\r> Jeden **Dienstag**\r> im Rathaus.\r\r- Beratung\r- Kurse\r";
    ExtractedDocument doc = MARKDOWN.read(text, "mac.md", Lang.DE, RULES);
    assertEquals(List.of("Sprechstunde", "Jeden {1}Dienstag{/1}\nim Rathaus.", "Beratung", "Kurse"),
        doc.segments().stream().map(s -> s.source().markup()).toList());
    assertEquals("\r> ", doc.segments().get(1).lineBreak());
    List<Content> same = doc.segments().stream().map(ExtractedSegment::source).toList();
    assertEquals(text, new String(MARKDOWN.write(doc, same, Lang.TR, s -> s), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void linkReferenceLabelsAndCodeAreNotTranslatable() {
    ExtractedDocument doc = MARKDOWN.read(
        "Siehe [kurz].\n\n[kurz]: https://example.org \"Titel\"\n\n```\nKein Text\n```\n", "t.md", Lang.DE, RULES);
    List<String> texts = doc.segments().stream().map(s -> s.source().plainText()).toList();
    assertEquals(List.of("Siehe kurz.", "Titel"), texts);
  }

  @Test
  void notUtf8IsAnErrorNotQuestionMarks(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "Stra\u00dfe".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    org.tandem.model.TandemException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.tandem.model.TandemException.class, () -> MARKDOWN.read(Files.readAllBytes(file), "latin1.md", Lang.DE, RULES));
    assertTrue(e.located().startsWith("latin1.md: the file is not valid UTF-8"), e.located());
  }
}
