package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.model.Content;

/** Writing and reading back gives the same document: text, codes, states, notes, whitespace. */
class Xliff12RoundTripTest {
  static XliffDocument roundTrip(XliffDocument doc) throws IOException {
    byte[] xml = Xliff12WriterGoldenTest.write(doc);
    return new Xliff12Reader().read(new ByteArrayInputStream(xml), "roundtrip.xlf");
  }

  @ParameterizedTest
  @MethodSource("org.tandem.xliff.Xliff12WriterGoldenTest#names")
  void readsBackWhatItWrote(String name) throws IOException {
    XliffDocument doc = XliffSamples.all().get(name);
    XliffDocument back = roundTrip(doc);
    for (int i = 0; i < doc.units().size(); i++) {
      assertEquals(doc.units().get(i), back.units().get(i), "unit " + doc.units().get(i).id());
    }
    assertEquals(doc, back);
  }

  @Test
  void keepsCharactersXmlCannotHoldAsText() throws IOException {
    XliffUnit unit = roundTrip(XliffSamples.all().get("characters")).units().stream()
        .filter(u -> u.id().equals("controls")).findFirst().orElseThrow();
    assertEquals("NUL\u0000 BEL\u0007 FF\u000c lone\ud800 FFFE\ufffe", unit.source().plainText());
    assertEquals("Ende\u0001{1/}", unit.target().markup());
  }

  @Test
  void keepsCarriageReturnsAndTabsInPreservedUnits() throws IOException {
    XliffUnit unit = roundTrip(XliffSamples.all().get("characters")).units().stream()
        .filter(u -> u.id().equals("spaces")).findFirst().orElseThrow();
    assertEquals(Content.text("  zwei\u00a0Leer\tzeichen\nneue Zeile\r\nCRLF\rCR  "), unit.source());
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws IOException {
    XliffDocument doc = XliffSamples.all().get("codes");
    Path file = dir.resolve("codes.xlf");
    Files.write(file, Xliff12WriterGoldenTest.write(doc));
    assertEquals(doc, new Xliff12Reader().read(file));
  }
}
