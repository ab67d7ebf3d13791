package org.tandem.workflow;

import org.tandem.model.Chapter;

/**
 * Hears of each chapter a long piece of work has finished, for a progress display. Called from
 * worker threads, possibly several at once.
 */
@FunctionalInterface
public interface Tracker {
  /** Hears nothing. */
  Tracker NONE = (chapter, segments) -> {};

  /** A chapter with this many segments (or units) is done. */
  void done(Chapter chapter, int segments);
}
