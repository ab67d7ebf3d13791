package org.tandem.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/**
 * TMX writer and reader: golden bytes, validity against the TMX 1.4 DTD, and write-read round trips.
 * Regenerate the golden file after an intended change with
 * {@code -Dtandem.regenerateGoldens=true} and review the diff.
 */
class TmxRoundTripTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/tandem/tm/sample.tmx");

  static byte[] write(List<TmUnit> units) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TmxWriter().write(units, out);
    return out.toByteArray();
  }

  static List<TmUnit> read(byte[] tmx) {
    return new TmxReader().read(new ByteArrayInputStream(tmx), "memory.tmx").units();
  }

  @Test
  void writesTheGoldenBytesTheSameEveryTime() throws Exception {
    byte[] actual = write(TmSamples.all());
    if (Boolean.getBoolean("tandem.regenerateGoldens")) {
      Files.write(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
    assertArrayEquals(actual, write(TmSamples.all()));
  }

  @Test
  void isValidAgainstTheTmx14Dtd() throws Exception {
    assertEquals(List.of(), TmxDtd.errors(write(TmSamples.all())));
    assertEquals(List.of(), TmxDtd.errors(write(List.of())));
  }

  @Test
  void readingBackGivesTheSameEntries() throws Exception {
    List<TmUnit> back = read(write(TmSamples.all()));
    assertEquals(TmSamples.all().size(), back.size());
    for (int i = 0; i < back.size(); i++) {
      TmUnit expected = TmSamples.all().get(i);
      TmUnit actual = back.get(i);
      assertEquals(expected.sourceLang(), actual.sourceLang());
      assertEquals(expected.source(), actual.source(), "source of " + expected.origin());
      assertEquals(expected.target(), actual.target(), "target of " + expected.origin());
      assertEquals(expected.state(), actual.state());
      assertEquals(expected.before(), actual.before());
      assertEquals(expected.after(), actual.after());
    }
  }

  @Test
  void repeatedOriginsGetDistinctUnitIds() throws Exception {
    String xml = new String(write(TmSamples.all()), StandardCharsets.UTF_8);
    assertTrue(xml.contains("tuid=\"x/s2\""), xml);
    assertTrue(xml.contains("tuid=\"x/s2#2\""), xml);
    assertEquals("memory.tmx#x/s2#2", read(write(TmSamples.all())).get(5).origin());
  }

  @Test
  void headerNamesTheOneSourceLanguageOrAll() throws Exception {
    String one = new String(write(List.of(TmSamples.de("Ja.", "Evet.", "a/s1"))), StandardCharsets.UTF_8);
    assertTrue(one.contains("srclang=\"de\" datatype=\"plaintext\""), one);
    String both = new String(write(TmSamples.all()), StandardCharsets.UTF_8);
    assertTrue(both.contains("srclang=\"*all*\""), both);
  }

  @Test
  void entriesWithCharactersXmlCannotHoldAreLeftOutAndCounted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TmxWriter.Written written = new TmxWriter().write(List.of(TmSamples.de("Ja.", "Evet.", "a/s1"),
        new TmUnit(Lang.DE, Content.text("Steuer\u0001zeichen"), Content.text("kontrol"), "a/s2", State.TRANSLATED,
            false, "", "")), out);
    assertEquals(new TmxWriter.Written(1, 1), written);
    assertEquals(1, read(out.toByteArray()).size());
  }
}
