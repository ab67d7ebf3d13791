package org.tandem.model;

import java.nio.file.Path;

/**
 * A failure the user can fix: bad input, a refused import, a missing workspace. Carries where the
 * problem is (file, line, column, unit) so that the message points at it.
 */
public class TandemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String unit;

  /** A problem at a place in a file; {@code line}/{@code column} are 0 when unknown, unit may be null. */
  public TandemException(String file, int line, int column, String unit, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.unit = unit;
  }

  /** A problem at a place in a file. */
  public TandemException(Path file, int line, String message) {
    this(file == null ? null : file.toString(), line, 0, null, message, null);
  }

  /** A problem at a place in a file named for display. */
  public TandemException(String file, int line, String message) {
    this(file, line, 0, null, message, null);
  }

  /** A problem not tied to a file. */
  public TandemException(String message) {
    this(null, 0, 0, null, message, null);
  }

  /** A problem not tied to a file, with its cause. */
  public TandemException(String message, Throwable cause) {
    this(null, 0, 0, null, message, cause);
  }

  /** The file the problem is in, or null. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The segment key (translation unit id) concerned, or null. */
  public String unit() {
    return unit;
  }

  /** The message prefixed with its place, as {@code file:line:col: unit KEY: message}. */
  public String located() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    if (unit != null) {
      sb.append("unit ").append(unit).append(": ");
    }
    return sb.append(getMessage()).toString();
  }
}
