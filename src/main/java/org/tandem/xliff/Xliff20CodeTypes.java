package org.tandem.xliff;

import java.util.Map;

/**
 * Maps a code's {@code type} to XLIFF 2.0's {@code type} and {@code subType}, and back.
 *
 * <p>The standard's own values are used where one fits: {@code bold}, {@code italic},
 * {@code underlined}, {@code lb} and {@code pb} become {@code type="fmt"} with {@code subType}
 * {@code xlf:b}, {@code xlf:i}, {@code xlf:u}, {@code xlf:lb}, {@code xlf:pb}; {@code var} becomes
 * {@code ui}/{@code xlf:var}; a type that is itself one of {@code fmt}, {@code ui}, {@code quote},
 * {@code link}, {@code image}, {@code other} is written as it is. Any other type {@code T} (the
 * Markdown token names such as {@code STRONG_EMPHASIS}) becomes {@code type="fmt"
 * subType="tandem:T"}, so reading gives {@code T} back exactly; characters a subType cannot hold
 * (whitespace, {@code :}) become {@code _}.
 */
final class Xliff20CodeTypes {
  /** The standard's types. */
  static final java.util.Set<String> TYPES = java.util.Set.of("fmt", "ui", "quote", "link", "image", "other");

  private static final Map<String, String> FMT = Map.of(
      "bold", "xlf:b", "italic", "xlf:i", "underlined", "xlf:u", "lb", "xlf:lb", "pb", "xlf:pb");
  private static final Map<String, String> BACK = Map.of(
      "xlf:b", "bold", "xlf:i", "italic", "xlf:u", "underlined", "xlf:lb", "lb", "xlf:pb", "pb", "xlf:var", "var");

  private Xliff20CodeTypes() {}

  /**
   * The {@code type} and {@code subType} for a code type; either may be null.
   *
   * @param type the {@code type} attribute, or null
   * @param subType the {@code subType} attribute, or null
   */
  record Attributes(String type, String subType) {}

  /** The attributes for a code type ({@code ""} or null: none). */
  static Attributes of(String type) {
    if (type == null || type.isEmpty()) {
      return new Attributes(null, null);
    }
    if (FMT.containsKey(type)) {
      return new Attributes("fmt", FMT.get(type));
    }
    if (type.equals("var")) {
      return new Attributes("ui", "xlf:var");
    }
    if (TYPES.contains(type)) {
      return new Attributes(type, null);
    }
    return new Attributes("fmt", "tandem:" + type.replaceAll("[\\s:]", "_"));
  }

  /** The code type for a {@code type} and {@code subType} as found in a file; {@code ""} for none. */
  static String type(String type, String subType) {
    if (subType != null && subType.startsWith("tandem:")) {
      return subType.substring("tandem:".length());
    }
    if (subType != null && BACK.containsKey(subType)) {
      return BACK.get(subType);
    }
    if (subType != null) {
      return subType;
    }
    return type == null ? "" : type;
  }
}
