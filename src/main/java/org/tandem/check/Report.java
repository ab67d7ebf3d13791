package org.tandem.check;

import java.io.IOException;
import java.io.Writer;

/** A format in which check results are written. */
public interface Report {
  /** The format's name as given to {@code --format}, e.g. {@code text}. */
  String format();

  /** Writes the result; the writer is flushed, not closed. */
  void write(CheckResult result, Writer out) throws IOException;
}
