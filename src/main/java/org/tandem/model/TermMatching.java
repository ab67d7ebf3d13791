package org.tandem.model;

import java.util.Locale;

/** How a glossary term is looked for in text: in its inflected forms, or only as written. */
public enum TermMatching {
  /**
   * Inflected forms; short words (German Ort, Amt; Turkish ad, ağ) with extra care against
   * look-alikes (German noun forms only, as a compound's head only; Turkish homographs refused).
   */
  AUTO(""),
  /** Only as written (ignoring case unless the term is case-sensitive, and a Turkish apostrophe suffix). */
  EXACT("exact"),
  /** Inflected forms, a short word like any other (German through the stemmer, in any compound part). */
  INFLECTED("inflected");

  private final String id;

  TermMatching(String id) {
    this.id = id;
  }

  /** The name in glossary files; empty for {@link #AUTO}. */
  public String id() {
    return id;
  }

  /**
   * Parses a glossary value: {@code exact}/{@code yes} → EXACT, {@code inflected}/{@code no} →
   * INFLECTED, empty or {@code auto} → AUTO.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static TermMatching parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "", "auto" -> AUTO;
      case "exact", "yes", "true" -> EXACT;
      case "inflected", "no", "false" -> INFLECTED;
      default -> throw new IllegalArgumentException("unknown matching '" + text
          + "' (expected yes for exact matching, no for inflected matching, or empty for automatic)");
    };
  }
}
