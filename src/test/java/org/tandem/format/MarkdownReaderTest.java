package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.extract.Block;
import org.tandem.extract.GeneratedCorpus;
import org.tandem.extract.GeneratedCorpus.Chapter;

/** The reader keeps one Markdown filter per thread; a filter that has read other documents reads as a new one. */
class MarkdownReaderTest {
  @Test
  void aFilterReusedForManyDocumentsReadsEachAsANewFilterDoes(@TempDir Path dir) throws Exception {
    List<Chapter> chapters = GeneratedCorpus.generate(dir, 5, 30, 9);
    List<List<Block>> reused = chapters.stream().map(MarkdownReaderTest::blocks).toList(); // one filter, in a row
    ExecutorService fresh = Executors.newSingleThreadExecutor();
    try {
      for (int i = chapters.size() - 1; i >= 0; i--) {
        Chapter chapter = chapters.get(i);
        List<Block> alone = onNewThread(chapter);
        assertEquals(alone, reused.get(i), chapter.file().toString());
        assertEquals(alone, fresh.submit(() -> blocks(chapter)).get(), chapter.file().toString()); // in reverse order
      }
    } finally {
      fresh.shutdownNow();
    }
    assertTrue(reused.stream().mapToInt(List::size).sum() > 30);
  }

  /** The blocks as a thread that has read nothing before (so with a new filter) reads them. */
  private static List<Block> onNewThread(Chapter chapter) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(() -> blocks(chapter)).get();
    } finally {
      thread.shutdownNow();
    }
  }

  private static List<Block> blocks(Chapter chapter) {
    return new MarkdownFormat().align(chapter.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.md",
        chapter.lang()).blocks();
  }
}
