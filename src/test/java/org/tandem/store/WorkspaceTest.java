package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

class WorkspaceTest {
  @TempDir Path dir;

  @Test
  void initCreatesTheLayoutAndIsFoundFromBelow() throws Exception {
    Workspace ws = Workspace.init(dir, "Test");
    for (String path : List.of("tandem.json", "chapters/de", "chapters/tr", "segments", "glossary/terms.csv",
        "rules/segmentation.srx", ".gitignore")) {
      assertTrue(Files.exists(dir.resolve(path)), path);
    }
    assertEquals("id,de,tr,note\n", Files.readString(dir.resolve("glossary/terms.csv")));
    assertEquals(ws.root(), Workspace.find(dir.resolve("chapters/de")).root());
    assertThrows(TandemException.class, () -> Workspace.init(dir, "again"));
  }

  @Test
  void configSurvivesARoundTripAndUnknownChaptersAreNamed() {
    Workspace ws = Workspace.init(dir, "Test");
    ws.saveConfig(ws.config().withChapter(new Chapter("a", "chapters/de/a.md", Lang.DE)));
    Workspace again = Workspace.open(dir);
    assertEquals(ws.config(), again.config());
    TandemException e = assertThrows(TandemException.class, () -> again.chapters(List.of("b")));
    assertEquals("no chapter 'b' in this workspace; chapters: a", e.getMessage());
  }

  @Test
  void aChaptersFormatIsKeptAndAnOldChapterWithoutOneHasNone() throws Exception {
    Workspace ws = Workspace.init(dir, "Test");
    ws.saveConfig(ws.config().withChapter(new Chapter("a", "chapters/de/a.htm", Lang.DE, "markdown")));
    assertTrue(Files.readString(dir.resolve("tandem.json")).contains("\"format\" : \"markdown\""));
    assertEquals("markdown", Workspace.open(dir).config().chapters().get(0).format());
    Files.writeString(dir.resolve("tandem.json"),
        "{\"chapters\":[{\"id\":\"b\",\"file\":\"chapters/de/b.md\",\"sourceLang\":\"de\"}]}");
    assertEquals(new Chapter("b", "chapters/de/b.md", Lang.DE, ""), Workspace.open(dir).config().chapters().get(0));
  }

  @Test
  void abbreviationsAndSeveritiesAreKept() {
    Workspace ws = Workspace.init(dir, "Test");
    ws.saveConfig(new WorkspaceConfig("Test", List.of(), "", "rules/segmentation.srx",
        java.util.Map.of(Lang.TR, List.of("Bşk.", "Md.")),
        java.util.Map.of("term-inconsistent", org.tandem.model.Severity.WARNING)));
    assertEquals(ws.config(), Workspace.open(dir).config());
  }

  @Test
  void aBadSeverityNamesTheSetting() throws Exception {
    Workspace.init(dir, "Test");
    Files.writeString(dir.resolve("tandem.json"), "{\"settings\":{\"severities\":{\"untranslated\":\"fatal\"}}}");
    TandemException e = assertThrows(TandemException.class, () -> Workspace.open(dir));
    assertEquals("settings.severities.untranslated must be error, warning or info, not 'fatal'", e.getMessage());
  }

  @Test
  void noWorkspaceIsAClearError() {
    TandemException e = assertThrows(TandemException.class, () -> Workspace.find(dir));
    assertTrue(e.getMessage().startsWith("no tandem workspace here"), e.getMessage());
  }

  @Test
  void aSecondWriterIsRefusedWhileTheLockIsHeld() throws Exception {
    Workspace ws = Workspace.init(dir, "Test");
    try (AutoCloseable lock = ws.lock()) {
      TandemException e = assertThrows(TandemException.class, ws::lock);
      assertTrue(e.getMessage().startsWith("another tandem command is changing this workspace"));
    }
    ws.lock().close();
  }
}
