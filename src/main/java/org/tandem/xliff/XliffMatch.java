package org.tandem.xliff;

import java.util.Objects;
import org.tandem.model.Content;

/**
 * A translation offered to the translator beside a unit's own target: a translation-memory match
 * or the unit's previous version (XLIFF 1.2 {@code <alt-trans>}, 2.0 {@code <mtc:match>}).
 *
 * @param source the source the offered translation was made for
 * @param target the offered translation
 * @param quality how similar {@code source} is to the unit's source, in per cent (0 to 100)
 * @param origin where the translation comes from, for the translator: a chapter and segment
 *     ({@code altena-ehrenamt/s7}) or a memory file ({@code tm/reference.tmx})
 * @param kind whether it is a memory match or the unit's own previous version
 */
public record XliffMatch(Content source, Content target, int quality, String origin, Kind kind) {
  /** What an offered translation is. */
  public enum Kind {
    /** A translation-memory match (XLIFF 1.2 {@code alttranstype="proposal"}). */
    PROPOSAL,
    /** The translation the unit had before its source changed ({@code alttranstype="previous-version"}). */
    PREVIOUS_VERSION
  }

  public XliffMatch {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("match quality must be 0 to 100, not " + quality);
    }
    origin = Objects.requireNonNullElse(origin, "");
    Objects.requireNonNull(kind, "kind");
  }
}
