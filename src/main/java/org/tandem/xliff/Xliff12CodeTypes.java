package org.tandem.xliff;

import java.util.Set;

/**
 * Maps a code's {@code type} to an XLIFF 1.2 {@code ctype} valid under the strict schema, and back.
 *
 * <p>The mapping is reversible: a type that is one of the schema's own values for the element
 * ({@code bold}, {@code italic}, {@code underlined}, {@code link} for paired codes; {@code image},
 * {@code lb}, {@code pb} for placeholders) is written as it is; any other type {@code T} is written
 * as {@code x-T}, and reading strips one {@code x-}. Markdown token names such as {@code CODE} or
 * {@code HARD_LINE_BREAK} are therefore kept exactly rather than approximated. Characters a
 * {@code ctype} cannot hold (whitespace and the like) become {@code _}; the type is informational.
 */
final class Xliff12CodeTypes {
  /** The {@code ctype} of a {@code <ph>} standing for a character XML 1.0 cannot hold. */
  static final String CHAR_CTYPE = "x-tandem-char";

  private static final Set<String> DELIMITERS = Set.of("bold", "italic", "underlined", "link");
  private static final Set<String> PLACEHOLDERS = Set.of("image", "lb", "pb");

  private Xliff12CodeTypes() {}

  /** The ctype for a type on a paired element ({@code bpt}, {@code it}), or null for no type. */
  static String delimiter(String type) {
    return ctype(type, DELIMITERS);
  }

  /** The ctype for a type on a placeholder ({@code ph}), or null for no type. */
  static String placeholder(String type) {
    return ctype(type, PLACEHOLDERS);
  }

  /** The code type a ctype stands for; {@code ""} when there is none. */
  static String type(String ctype) {
    if (ctype == null) {
      return "";
    }
    return ctype.startsWith("x-") ? ctype.substring(2) : ctype;
  }

  private static String ctype(String type, Set<String> standard) {
    if (type == null || type.isEmpty()) {
      return null;
    }
    return standard.contains(type) ? type : "x-" + type.replaceAll("[^\\p{L}\\p{N}._:-]", "_");
  }
}
