package org.tandem.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.tandem.model.TandemException;

/**
 * Counts the bytes a parser reads and stops it once a limit is passed, so that a file from outside
 * (a stream has no size to check beforehand) can never make tandem read without end.
 */
public class LimitedInputStream extends FilterInputStream {
  private final String file;
  private final long maxBytes;
  private final String kind;
  private long count;

  /**
   * A stream over {@code in} that refuses more than {@code maxBytes}.
   *
   * @param file the file's name for the error message
   * @param kind what the file is, plural, for the message: "XLIFF files", "glossary files"
   */
  public LimitedInputStream(InputStream in, String file, long maxBytes, String kind) {
    super(in);
    this.file = file;
    this.maxBytes = maxBytes;
    this.kind = kind;
  }

  /** The error for a file of {@code kind} larger than {@code maxBytes}. */
  public static TandemException tooLarge(String file, long maxBytes, String kind) {
    return new TandemException(file, 0, 0, null, "the file is larger than "
        + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
        + "; tandem refuses " + kind + " this big", null);
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) {
    count += n;
    if (count > maxBytes) {
      throw tooLarge(file, maxBytes, kind);
    }
  }
}
