package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;

class ProgressBarTest {
  private static final Chapter CHAPTER = new Chapter("c", "chapters/de/c.md", Lang.DE);
  private long now;
  private final StringWriter err = new StringWriter();

  private ProgressBar bar(boolean enabled) {
    return new ProgressBar(new PrintWriter(err), "Segmenting", 6, () -> now, enabled);
  }

  @Test
  void appearsOnlyAfterAMomentShowsChaptersSegmentsAndTimeLeftAndIsErasedAtTheEnd() {
    ProgressBar bar = bar(true);
    now = 100_000_000L;
    bar.done(CHAPTER, 1000);
    assertEquals("", err.toString(), "quick work shows no bar");
    now = 1_000_000_000L;
    bar.done(CHAPTER, 1500);
    assertEquals("\rSegmenting [########----------------] 2/6 chapters, 2,500 segments\u001b[K", err.toString(),
        "no estimate from the first chapters, which also pay for start-up");
    now = 1_500_000_000L;
    bar.done(CHAPTER, 500);
    assertTrue(err.toString().endsWith("\rSegmenting [############------------] 3/6 chapters, 3,000 segments, 2 s left"
        + "\u001b[K"), err.toString());
    now = 1_550_000_000L;
    bar.done(CHAPTER, 10);
    assertEquals(-1, err.toString().indexOf("4/6"), "redrawn at most ten times a second");
    now = 1_560_000_000L;
    bar.done(CHAPTER, 10);
    bar.done(CHAPTER, 10);
    assertTrue(err.toString().endsWith("\rSegmenting [########################] 6/6 chapters, 3,030 segments"
        + "\u001b[K"), err.toString());
    bar.close();
    assertTrue(err.toString().endsWith("\r\u001b[K"), "erased");
  }

  @Test
  void disabledItOnlyCounts() {
    ProgressBar bar = bar(false);
    now = 5_000_000_000L;
    bar.done(CHAPTER, 10);
    bar.close();
    assertEquals("", err.toString());
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("under a second", ProgressBar.duration(400_000_000L));
    assertEquals("42 s", ProgressBar.duration(42_000_000_000L));
    assertEquals("2 min 5 s", ProgressBar.duration(125_000_000_000L));
  }
}
