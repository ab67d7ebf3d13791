package org.tandem.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tandem.model.Chapter;
import org.tandem.model.TandemException;

/** The document formats tandem reads, found by name (tandem.json, {@code --format}) or by file extension. */
public final class Formats {
  private static final List<DocumentFormat> ALL = List.of(new MarkdownFormat(), new HtmlFormat(), new TextFormat());

  private Formats() {}

  /** Every format, in the order they are listed to users. */
  public static List<DocumentFormat> all() {
    return ALL;
  }

  /** The format named {@code name} (as in tandem.json or {@code --format}). */
  public static DocumentFormat byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst().orElseThrow(
        () -> new TandemException("unknown format '" + name + "'; tandem reads " + names()));
  }

  /** The format of a file with this name, by its extension, if tandem knows it. */
  public static Optional<DocumentFormat> forFile(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1);
    return ALL.stream().filter(f -> f.extensions().contains(ext)).findFirst();
  }

  /** The format of a file by its extension; a file tandem does not know is refused with the formats it reads. */
  public static DocumentFormat byExtension(String fileName) {
    return forFile(fileName).orElseThrow(() -> new TandemException(fileName, 0,
        "tandem does not know this kind of file; it reads " + names() + " (or say which with --format)"));
  }

  /** A chapter's format: the one recorded in tandem.json, else the one of its file's extension. */
  public static DocumentFormat of(Chapter chapter) {
    if (!chapter.format().isEmpty()) {
      try {
        return byName(chapter.format());
      } catch (TandemException e) {
        throw new TandemException(chapter.file(), 0, "chapter '" + chapter.id() + "': " + e.getMessage());
      }
    }
    return byExtension(chapter.file());
  }

  /** The formats as users read them: "markdown (.md, .markdown), html (.html, ...)". */
  public static String names() {
    return ALL.stream().map(f -> f.name() + " (" + f.extensions().stream().map(e -> "." + e)
        .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "));
  }
}
