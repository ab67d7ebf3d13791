package org.tandem.log;

import java.util.function.Consumer;

/**
 * The destination of what Okapi, Jericho and flexmark log. By default nothing reaches the user: what
 * matters to them becomes a tandem message where it happens (a page tandem cannot read, a text it
 * cannot find); {@code --verbose} shows the libraries' warnings too.
 */
public final class LibraryLog {
  private static volatile Consumer<String> sink;

  private LibraryLog() {}

  /** Sends every library log line at level info or above to {@code lines}; null drops them (the default). */
  public static void to(Consumer<String> lines) {
    sink = lines;
  }

  static void line(String line) {
    Consumer<String> s = sink;
    if (s != null) {
      s.accept(line);
    }
  }

  static boolean enabled() {
    return sink != null;
  }
}
