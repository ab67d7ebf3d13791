package org.tandem.model;

import java.util.Objects;

/**
 * A chapter registered in the workspace.
 *
 * @param id short name used on the command line and as the segment file's name
 * @param file the source file, relative to the workspace root, with {@code /} separators
 * @param sourceLang the language the chapter is written in; it is translated into the other one
 * @param format the name of the document format it is read in (markdown, html, text, docx, odt), or
 *     "" when not recorded: then the file's extension decides (workspaces made before formats existed)
 */
public record Chapter(String id, String file, Lang sourceLang, String format) {
  public Chapter {
    if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "chapter id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceLang, "sourceLang");
    format = format == null ? "" : format;
  }

  /** A chapter whose format is decided by its file's extension. */
  public Chapter(String id, String file, Lang sourceLang) {
    this(id, file, sourceLang, "");
  }

  /** The language the chapter is translated into. */
  public Lang targetLang() {
    return sourceLang.other();
  }
}
