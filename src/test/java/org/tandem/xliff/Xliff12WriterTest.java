package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.XliffSamples.close;
import static org.tandem.xliff.XliffSamples.content;
import static org.tandem.xliff.XliffSamples.doc;
import static org.tandem.xliff.XliffSamples.open;
import static org.tandem.xliff.XliffSamples.ph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;
import org.tandem.model.TandemException;

/** What the writer refuses and how it writes codes. */
class Xliff12WriterTest {
  private static String write(XliffUnit unit) throws IOException {
    return new String(Xliff12WriterGoldenTest.write(doc("t", List.of(unit))), StandardCharsets.UTF_8);
  }

  @Test
  void writesPairsIsolatedHalvesAndPlaceholders() throws IOException {
    Content source = content(open(1, "bold", "**"), "a", close(1, "bold", "**"), close(2, "link", "](u)"),
        ph(3, "CODE", "`x`"), open(4, "weird type!", "<"));
    String xml = write(XliffUnit.of("u", source, null, State.NEW, List.of()));
    assertTrue(xml.contains("<source><bpt id=\"1\" ctype=\"bold\">**</bpt>a<ept id=\"1\">**</ept>"
        + "<it id=\"2\" ctype=\"link\" pos=\"close\">](u)</it><ph id=\"3\" ctype=\"x-CODE\">`x`</ph>"
        + "<it id=\"4\" ctype=\"x-weird_type_\" pos=\"open\">&lt;</it></source>"), xml);
  }

  @Test
  void refusesCodeDataXmlCannotHold() {
    Content source = content("a", ph(1, "x", "\u0000"));
    TandemException e = assertThrows(TandemException.class,
        () -> write(XliffUnit.of("p7s2", source, null, State.NEW, List.of())));
    assertEquals("p7s2", e.unit());
    assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
  }

  @Test
  void refusesControlCharactersInIdsAndNotes() {
    assertThrows(TandemException.class,
        () -> write(XliffUnit.of("a\nb", Content.text("x"), null, State.NEW, List.of())));
    TandemException e = assertThrows(TandemException.class,
        () -> write(XliffUnit.of("n", Content.text("x"), null, State.NEW, List.of("bell\u0007"))));
    assertEquals("n", e.unit());
  }

  @Test
  void refusesAbsoluteOriginal() {
    for (String original : List.of("/home/me/a.md", "C:/a.md", "chapters\\a.md")) {
      XliffDocument doc = new XliffDocument(original, "a", Lang.DE, Lang.TR, List.of());
      assertThrows(IllegalArgumentException.class, () -> Xliff12WriterGoldenTest.write(doc), original);
    }
  }

  @Test
  void marksReviewedAndFinalUnitsApproved() throws IOException {
    Content text = Content.text("x");
    assertTrue(write(XliffUnit.of("u", text, text, State.REVIEWED, List.of())).contains("approved=\"yes\""));
    assertTrue(write(XliffUnit.of("u", text, text, State.FINAL, List.of())).contains("approved=\"yes\""));
    assertTrue(!write(XliffUnit.of("u", text, text, State.TRANSLATED, List.of())).contains("approved"));
  }
}
