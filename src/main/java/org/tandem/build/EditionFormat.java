package org.tandem.build;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The whole-publication editions {@code build --edition} can write into build/edition/. */
public enum EditionFormat {
  /** The single-page HTML edition with print CSS. */
  HTML("html"),
  /** The print edition, rendered from the HTML edition. */
  PDF("pdf"),
  /** The editable Word edition. */
  DOCX("docx");

  private final String extension;

  EditionFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Parses html, pdf, docx, all or none. */
  public static Set<EditionFormat> parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "all": return EnumSet.allOf(EditionFormat.class);
      case "none": return EnumSet.noneOf(EditionFormat.class);
      default:
        for (EditionFormat f : values()) {
          if (f.extension.equals(n)) {
            return EnumSet.of(f);
          }
        }
        throw new IllegalArgumentException("unknown edition '" + name + "' (expected html, pdf, docx, all or none)");
    }
  }
}
