package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class TextFormatTest {
  static final TextFormat TEXT = new TextFormat();

  @Test
  void aTranslatedLineBreakContinuesTheParagraphsIndentationAndLineEnds() {
    String text = "Titel\r\n\r\n  Erste Zeile\r\n  zweite Zeile.\r\n";
    ExtractedDocument doc = TEXT.read(text.getBytes(StandardCharsets.UTF_8), "t.txt", Lang.DE, FormatGoldenTest.RULES);
    assertEquals(List.of("Titel", "Erste Zeile\nzweite Zeile."),
        doc.segments().stream().map(s -> s.source().plainText()).toList());
    byte[] out = TEXT.write(doc, List.of(Content.text("Başlık"), Content.text("Birinci satır\nikinci satır.")),
        Lang.TR, s -> s);
    assertEquals("Başlık\r\n\r\n  Birinci satır\r\n  ikinci satır.\r\n", new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void linesEndedByACarriageReturnAloneAreReadAndKept() {
    String text = "Aus dem Rathaus\r\r  Die Sprechstunde ist\r  dienstags geöffnet.\r";
    ExtractedDocument doc = TEXT.read(text.getBytes(StandardCharsets.UTF_8), "mac.txt", Lang.DE, FormatGoldenTest.RULES);
    assertEquals(List.of("Aus dem Rathaus", "Die Sprechstunde ist\ndienstags geöffnet."),
        doc.segments().stream().map(s -> s.source().plainText()).toList());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
        TEXT.write(doc, doc.segments().stream().map(s -> s.source()).toList(), Lang.TR, s -> s));
    byte[] out = TEXT.write(doc, List.of(Content.text("Belediyeden"), Content.text("Danışma saatleri\nsalı günleri.")),
        Lang.TR, s -> s);
    assertEquals("Belediyeden\r\r  Danışma saatleri\r  salı günleri.\r", new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAndWrittenInUtf16() {
    byte[] bytes = "\uFEFFGrüße aus Lindenau.\n".getBytes(StandardCharsets.UTF_16LE);
    ExtractedDocument doc = TEXT.read(bytes, "t.txt", Lang.DE, FormatGoldenTest.RULES);
    assertEquals("Grüße aus Lindenau.", doc.segments().get(0).source().plainText());
    assertArrayEquals("\uFEFFLindenau'dan selamlar.\n".getBytes(StandardCharsets.UTF_16LE),
        TEXT.write(doc, List.of(Content.text("Lindenau'dan selamlar.")), Lang.TR, s -> s));
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
    TandemException e = assertThrows(TandemException.class,
        () -> TEXT.read(latin1, "alt.txt", Lang.DE, FormatGoldenTest.RULES));
    assertTrue(e.located().startsWith("alt.txt: the file is not valid UTF-8"), e.located());
  }
}
