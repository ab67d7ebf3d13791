package org.tandem.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A format in which check results are written. */
public interface Report {
  /** The format names {@code --format} accepts, in the order help lists them. */
  List<String> FORMATS = List.of("text", "json", "junit", "sarif", "github");

  /** The format's name as given to {@code --format}, e.g. {@code text}. */
  String format();

  /** Writes the result; the writer is flushed, not closed. */
  void write(CheckResult result, ReportOptions options, Writer out) throws IOException;

  /** Writes the result with the default options. */
  default void write(CheckResult result, Writer out) throws IOException {
    write(result, ReportOptions.DEFAULT, out);
  }

  /**
   * The report for a format name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  static Report of(String format) {
    return switch (format) {
      case "text" -> new TextReport();
      case "json" -> new JsonReport();
      case "junit" -> new JUnitReport();
      case "sarif" -> new SarifReport();
      case "github" -> new GithubReport();
      default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected "
          + String.join(", ", FORMATS) + ")");
    };
  }
}
