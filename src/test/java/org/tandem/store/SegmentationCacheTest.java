package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;

class SegmentationCacheTest {
  @TempDir Path dir;
  Workspace ws;
  Chapter chapter;

  @BeforeEach
  void workspaceWithOneStoredChapter() {
    ws = Workspace.init(dir, "t");
    chapter = new Chapter("c", "chapters/de/c.md", Lang.DE);
    ws.saveConfig(ws.config().withChapter(chapter));
    ws.save(ChapterSegments.empty("c"));
  }

  @Test
  void aRecordedChapterIsCurrentAfterSavingAndReadingUntilAnyOfItsThreeFactsChanges() throws Exception {
    SegmentationCache cache = SegmentationCache.read(ws);
    assertFalse(cache.current(chapter, "rules", "source"), "nothing recorded yet");
    cache.record(chapter, "rules", "source");
    cache.save();

    SegmentationCache read = SegmentationCache.read(ws);
    assertTrue(read.current(chapter, "rules", "source"));
    assertFalse(read.current(chapter, "other rules", "source"));
    assertFalse(read.current(chapter, "rules", "edited source"));
    Path store = ws.segmentsFile("c");
    Files.setLastModifiedTime(store, FileTime.fromMillis(Files.getLastModifiedTime(store).toMillis() - 60_000));
    assertFalse(read.current(chapter, "rules", "source"), "a segment file written by someone else");
  }

  @Test
  void aDamagedCacheIsAnEmptyOne() throws Exception {
    Files.writeString(ws.resolve(SegmentationCache.FILE), "{\"chapters\": {\"c\": [1, 2");
    assertFalse(SegmentationCache.read(ws).current(chapter, "rules", "source"));
    Files.writeString(ws.resolve(SegmentationCache.FILE), "[\"not\", \"an object\"]");
    assertFalse(SegmentationCache.read(ws).current(chapter, "rules", "source"));
  }

  @Test
  void theCacheFileIsGitIgnoredInANewWorkspace() throws Exception {
    assertTrue(Files.readString(ws.resolve(".gitignore")).contains(SegmentationCache.FILE + "\n"));
  }
}
