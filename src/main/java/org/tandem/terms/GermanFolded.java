package org.tandem.terms;

/**
 * A German word folded for compound splitting (lower case, ä→a, ö→o, ü→u, ß→ss), remembering for
 * each folded character where it came from, so that a part found in the folded word can be
 * reported at its place in the original text.
 *
 * @param text the folded word
 * @param origin for each index of {@code text}, the index in the original word
 */
record GermanFolded(String text, int[] origin) {
  /** Folds one word character by character (never changing the number of code units except ß). */
  static GermanFolded of(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 2);
    int[] origin = new int[word.length() * 2 + 1];
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c == 'ß' || c == 'ẞ') {
        origin[sb.length()] = i;
        sb.append('s');
        c = 's';
      }
      origin[sb.length()] = i;
      sb.append(switch (c) {
        case 'ä' -> 'a';
        case 'ö' -> 'o';
        case 'ü' -> 'u';
        default -> c;
      });
    }
    return new GermanFolded(sb.toString(), origin);
  }

  /** The original index where the folded range {@code [from, to)} starts. */
  int start(int from) {
    return origin[from];
  }

  /** The original index just after the folded range {@code [from, to)} ends. */
  int end(int to) {
    return origin[to - 1] + 1;
  }
}
