package org.tandem.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.tandem.model.Chapter;
import org.tandem.workflow.Tracker;

/**
 * A one-line progress bar on the terminal's error stream for work over many chapters: chapters done,
 * segments, and the time left. It appears only when the work has taken a moment, is redrawn at most
 * ten times a second, and is erased when the work is done, so that the command's output stays as it
 * would be without it.
 */
final class ProgressBar implements Tracker, AutoCloseable {
  static final long SHOW_AFTER_NANOS = 300_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final String verb;
  private final int chapters;
  private final LongSupplier clock;
  private final boolean enabled;
  private final long start;
  private long lastDraw;
  private int done;
  private long segments;
  private boolean drawn;

  /** A bar that draws when {@code enabled} (on a terminal, without --quiet), and otherwise only counts. */
  ProgressBar(PrintWriter err, String verb, int chapters, LongSupplier clock, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
    this.verb = verb;
    this.chapters = chapters;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public synchronized void done(Chapter chapter, int segmentCount) {
    done++;
    segments += segmentCount;
    long now = clock.getAsLong();
    if (enabled && now - start >= SHOW_AFTER_NANOS && (!drawn || now - lastDraw >= REDRAW_NANOS || done == chapters)) {
      err.print("\r" + line(now) + "\u001b[K");
      err.flush();
      drawn = true;
      lastDraw = now;
    }
  }

  /** The bar as it stands at {@code now}. */
  synchronized String line(long now) {
    int filled = chapters == 0 ? WIDTH : (int) ((long) WIDTH * done / chapters);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    String text = String.format("%s [%s] %d/%d chapters, %,d segments", verb, bar, done, chapters, segments);
    if (done >= 3 && done < chapters) { // the first chapters also pay for start-up: no estimate from them alone
      long left = (now - start) / done * (chapters - done);
      text += ", " + duration(left) + " left";
    }
    return text;
  }

  static String duration(long nanos) {
    long seconds = Math.round(nanos / 1e9);
    if (seconds < 1) {
      return "under a second";
    }
    return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
  }

  /** Erases the bar. */
  @Override
  public synchronized void close() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
