package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Documents written by LibreOffice 7.4 (the test samples saved once as DOCX and ODT by it, with its
 * own styles, revision ids, numbering and settings) and the sample chapter: lossless with every target
 * equal to its source; with every segment translated, each translation is in the rebuilt document.
 */
class WrittenByOthersTest {
  static Stream<Path> documents() throws IOException {
    Stream<Path> written = Files.list(Path.of("src/test/resources/org/tandem/format/office/libreoffice"));
    return Stream.concat(written, Stream.of(Path.of(PressRelease.FILE)))
        .filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".odt")).sorted();
  }

  private static OfficeFormat format(Path file) {
    return file.toString().endsWith(".odt") ? new OdtFormat() : new DocxFormat();
  }

  private static Lang lang(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("brief") || name.startsWith("stadtseite") || name.startsWith("altena") ? Lang.DE : Lang.TR;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTargetEqualToItsSourceGivesTheSameDocument(Path file) throws IOException {
    OfficeAssertions.assertLossless(format(file), Files.readAllBytes(file), lang(file));
    if (file.getParent().endsWith("libreoffice")) {
      ExtractedDocument doc = format(file).read(Files.readAllBytes(file), file.toString(), lang(file), Dump.RULES);
      String golden = OfficeAssertions.golden(doc);
      OfficeAssertions.assertGolden("libreoffice/" + file.getFileName() + ".segments", golden);
      assertFalse(golden.contains("İÇ NOT"), "hidden text (LibreOffice: a span styled text:display=none)");
      assertFalse(golden.matches("(?s).*Seite \\{1}1.*"), "a page number field's result is not text");
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTranslatedSegmentIsInTheRebuiltDocument(Path file) throws IOException {
    OfficeFormat format = format(file);
    ExtractedDocument doc = format.read(Files.readAllBytes(file), file.toString(), lang(file), Dump.RULES);
    assertFalse(doc.segments().isEmpty());
    List<Content> targets = new ArrayList<>();
    for (ExtractedSegment s : doc.segments()) {
      List<Piece> pieces = new ArrayList<>();
      for (Piece p : s.source().pieces()) {
        pieces.add(p instanceof Text t ? new Text(t.value().toUpperCase(Locale.ROOT) + " <&>") : p);
      }
      targets.add(new Content(pieces));
    }
    byte[] written = format.write(doc, targets, lang(file).other(), s -> s);
    OfficeAssertions.assertWellFormed(written);
    ExtractedDocument back = format.read(written, file.toString(), lang(file).other(), Dump.RULES);
    assertEquals(text(targets), text(back.segments().stream().map(ExtractedSegment::source).toList()));
  }

  /** All text of the segments in order, white space squeezed (sentence boundaries may fall elsewhere). */
  private static String text(List<Content> contents) {
    StringBuilder sb = new StringBuilder();
    contents.forEach(c -> sb.append(c.plainText()).append(' '));
    return sb.toString().replaceAll("\\s+", " ").strip();
  }
}
