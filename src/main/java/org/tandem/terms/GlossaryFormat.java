package org.tandem.terms;

import java.util.Locale;

/** The glossary file formats tandem reads and writes. */
public enum GlossaryFormat {
  /** The workspace CSV (see {@link GlossaryCsv}). */
  CSV("csv"),
  /** TBX-Basic 2008 ({@code martif}). */
  TBX2008("tbx2008"),
  /** TBX v3 ({@code tbx}, ISO 30042:2019). */
  TBX3("tbx3");

  private final String id;

  GlossaryFormat(String id) {
    this.id = id;
  }

  /** The name given to {@code --format}. */
  public String id() {
    return id;
  }

  /**
   * Parses a format name: {@code csv}; {@code tbx2008} (or {@code martif}, {@code tbx-basic});
   * {@code tbx3} (or {@code tbx}, {@code tbxv3}).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static GlossaryFormat parse(String name) {
    return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "tbx2008", "martif", "tbx-basic", "tbx-2008" -> TBX2008;
      case "tbx3", "tbx", "tbxv3", "tbx-v3" -> TBX3;
      default -> throw new IllegalArgumentException("unknown glossary format '" + name
          + "' (expected csv, tbx2008 or tbx3)");
    };
  }
}
