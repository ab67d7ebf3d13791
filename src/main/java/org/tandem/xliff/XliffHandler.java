package org.tandem.xliff;

/**
 * Receives what an XLIFF reader finds, in document order, so that a large file is streamed through
 * and never held whole. A handler may throw a {@link org.tandem.model.TandemException} to stop.
 */
public interface XliffHandler {
  /** A {@code <file>} begins; its units follow until the next call of this method. */
  void file(XliffFileInfo file);

  /** One unit of the current file; {@code line} is the line where it starts. */
  void unit(XliffUnit unit, int line);
}
