package org.tandem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Publication;
import org.tandem.model.TandemException;

class EditionTest {
  @TempDir Path tmp;

  @Test
  void fileNamesAreLowerCaseAscii() {
    assertEquals("integration-vor-ort-yerinde-uyum", edition("Integration vor Ort – Yerinde Uyum").fileName());
    assertEquals("strasse-istanbul-isci", edition("Straße İstanbul İşçi").fileName());
    assertEquals("publication", edition("– –").fileName());
  }

  @Test
  void formatsParse() {
    assertEquals(EnumSet.allOf(EditionFormat.class), EditionFormat.parse("all"));
    assertEquals(EnumSet.of(EditionFormat.PDF), EditionFormat.parse(" PDF "));
    assertThrows(IllegalArgumentException.class, () -> EditionFormat.parse("odt"));
  }

  @Test
  void aFontsBoldAndItalicFacesAreFoundBesideIt() throws Exception {
    for (String face : List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf")) {
      Files.writeString(tmp.resolve(face), "");
    }
    EditionFonts fonts = EditionFonts.siblings(tmp.resolve("NotoSerif-Regular.ttf"));
    assertEquals(tmp.resolve("NotoSerif-Bold.ttf"), fonts.bold());
    assertEquals(tmp.resolve("NotoSerif-Italic.ttf"), fonts.italic());
    assertEquals(tmp.resolve("NotoSerif-Regular.ttf"), fonts.boldItalic(), "missing: the regular face");
  }

  @Test
  void aFileThatIsNoFontIsAClearError() throws Exception {
    Files.writeString(tmp.resolve("x.ttf"), "not a font");
    TandemException e = assertThrows(TandemException.class, () -> EditionFonts.find(tmp.resolve("x.ttf")));
    assertTrue(e.getMessage().contains("not a TrueType font"), e.getMessage());
  }

  private static Edition edition(String name) {
    return new Edition(name, Publication.NONE, List.of(), List.of());
  }
}
