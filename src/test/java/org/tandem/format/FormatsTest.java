package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class FormatsTest {
  @Test
  void formatsAreFoundByNameAndByExtensionInAnyCase() {
    assertEquals("markdown", Formats.byName("Markdown").name());
    assertEquals("markdown", Formats.byExtension("chapters/de/Kapitel.MD").name());
    assertEquals("markdown", Formats.byExtension("notes.markdown").name());
    assertTrue(Formats.forFile("no-extension").isEmpty());
  }

  @Test
  void anUnknownExtensionIsRefusedWithTheFormatsTandemReads() {
    TandemException e = assertThrows(TandemException.class, () -> Formats.byExtension("chapters/de/brief.rtf"));
    assertEquals("chapters/de/brief.rtf: tandem does not know this kind of file; it reads " + Formats.names()
        + " (or say which with --format)", e.located());
    assertTrue(Formats.names().startsWith("markdown (.md, .markdown)"), Formats.names());
  }

  @Test
  void aChapterIsReadInItsRecordedFormatElseByItsExtension() {
    assertEquals("markdown", Formats.of(new Chapter("a", "chapters/de/a.md", Lang.DE)).name());
    assertEquals("markdown", Formats.of(new Chapter("a", "chapters/de/a.txt", Lang.DE, "markdown")).name());
    TandemException e = assertThrows(TandemException.class,
        () -> Formats.of(new Chapter("a", "chapters/de/a.md", Lang.DE, "wordperfect")));
    assertTrue(e.located().startsWith("chapters/de/a.md: chapter 'a': unknown format 'wordperfect'; tandem reads "),
        e.located());
  }

  @Test
  void namesAndExtensionsAreUniqueAndLowerCase() {
    Set<String> names = new HashSet<>();
    Set<String> extensions = new HashSet<>();
    for (DocumentFormat f : Formats.all()) {
      assertTrue(names.add(f.name()), f.name());
      assertEquals(f.name().toLowerCase(java.util.Locale.ROOT), f.name());
      for (String ext : f.extensions()) {
        assertTrue(extensions.add(ext), ext);
        assertEquals(ext.toLowerCase(java.util.Locale.ROOT), ext);
        assertTrue(!ext.startsWith("."), ext);
      }
    }
  }
}
