package org.tandem.xliff;

import java.util.Locale;

/** The XLIFF versions tandem writes, and reads (2.1 and 2.2 files are read as 2.x). */
public enum XliffVersion {
  /** XLIFF 1.2: what most CAT tools exchange; tandem's default. */
  V1_2("1.2", "source-language", "target-language"),
  /** XLIFF 2.0 core. */
  V2_0("2.0", "srcLang", "trgLang");

  private final String id;
  private final String sourceAttribute;
  private final String targetAttribute;

  XliffVersion(String id, String sourceAttribute, String targetAttribute) {
    this.id = id;
    this.sourceAttribute = sourceAttribute;
    this.targetAttribute = targetAttribute;
  }

  /** The version as written on the command line and in the root's {@code version}: {@code 1.2}, {@code 2.0}. */
  public String id() {
    return id;
  }

  /** The attribute that names the source language in this version. */
  public String sourceAttribute() {
    return sourceAttribute;
  }

  /** The attribute that names the target language in this version. */
  public String targetAttribute() {
    return targetAttribute;
  }

  /** Parses {@code 1.2} or {@code 2.0} (also {@code 2}); rejects anything else. */
  public static XliffVersion parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "1.2" -> V1_2;
      case "2", "2.0" -> V2_0;
      default -> throw new IllegalArgumentException(
          "unknown XLIFF version '" + text + "' (expected 1.2 or 2.0)");
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
