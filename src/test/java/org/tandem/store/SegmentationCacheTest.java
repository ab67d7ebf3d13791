package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    cache.record(chapter, "rules", "source", new int[] {7, 3, 7});
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
  void memoryKeysHoldWhileTheSegmentFileIsUntouchedAndACarryForgetsThem() throws Exception {
    SegmentationCache cache = SegmentationCache.read(ws);
    assertNull(cache.memoryKeys(chapter), "not known yet");
    cache.learn(chapter, cache.stamp(chapter), new int[] {5, -2, 5});
    cache.save();
    SegmentationCache read = SegmentationCache.read(ws);
    assertArrayEquals(new int[] {-2, 5}, read.memoryKeys(chapter));
    assertFalse(read.current(chapter, "", ""), "learning what a file gives the memory says nothing of its source");

    read.record(chapter, "rules", "source", new int[0]);
    String before = read.stamp(chapter);
    Thread.sleep(10);
    ws.save(ChapterSegments.empty("c").withSegments(java.util.List.of()));
    Files.setLastModifiedTime(ws.segmentsFile("c"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertNull(read.memoryKeys(chapter), "the file changed");
    read.carry(chapter, before);
    assertTrue(read.current(chapter, "rules", "source"), "an import keeps the chapter current");
    assertNull(read.memoryKeys(chapter), "but what it gives the memory must be read again");
  }

  @Test
  void aRefusedImportOrASkippedRunWritesNoCache() {
    SegmentationCache cache = SegmentationCache.read(ws);
    cache.carry(chapter, cache.stamp(chapter)); // nothing recorded: nothing to carry
    cache.save();
    assertFalse(Files.exists(ws.resolve(SegmentationCache.FILE)));
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
