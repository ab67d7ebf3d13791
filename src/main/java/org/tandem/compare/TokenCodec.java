package org.tandem.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns token lists into strings with one character per distinct token, so that commons-text's
 * character algorithms (Levenshtein distance, Myers diff) work on words. Surrogates are never
 * used, so every token is exactly one {@code char}.
 */
final class TokenCodec {
  /** How many distinct tokens one codec can hold: the chars that are not surrogates, minus the first 256. */
  static final int CAPACITY = 0x10000 - 0x800 - 0x100;

  private final Map<String, Character> codes = new HashMap<>();
  private final Map<Character, String> tokens = new HashMap<>();

  /** The string for {@code list}; tokens seen before get the same character. */
  String encode(List<String> list) {
    StringBuilder sb = new StringBuilder(list.size());
    for (String token : list) {
      sb.append(codes.computeIfAbsent(token, this::next));
    }
    return sb.toString();
  }

  /** The token a character stands for. */
  String decode(char c) {
    return tokens.get(c);
  }

  private Character next(String token) {
    int index = codes.size();
    if (index >= CAPACITY) {
      throw new IllegalArgumentException("more than " + CAPACITY + " different words in one comparison");
    }
    int value = 0x100 + index;
    if (value >= 0xD800) {
      value += 0x800; // skip the surrogate range
    }
    char c = (char) value;
    tokens.put(c, token);
    return c;
  }
}
