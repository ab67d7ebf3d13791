package org.tandem.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How similar two segments are, from 0 (nothing in common) to 1 (the same words in the same
 * order): {@code 1 - d / max(m, n)}, where {@code d} is the Levenshtein distance between the two
 * word sequences (commons-text's {@link LevenshteinDistance}, counting one inserted, deleted or
 * replaced word as one edit) and {@code m}, {@code n} are their word counts (see
 * {@link Tokens#words}). Two texts without words are equally similar (1). Changing one word of
 * ten gives 0.9; "Die Stadt wächst." and "Die Kinder lernen." share one word of three: 0.33.
 */
public final class Similarity {
  private Similarity() {}

  /** The similarity of two word lists. */
  public static double of(List<String> a, List<String> b) {
    double score = atLeast(a, b, 0);
    return Math.max(score, 0);
  }

  /**
   * The similarity when it is at least {@code threshold}, otherwise -1. Faster than {@link #of}
   * for high thresholds: length alone rules most pairs out, and the distance is computed only up
   * to the largest value that still reaches the threshold.
   */
  public static double atLeast(List<String> a, List<String> b, double threshold) {
    int longer = Math.max(a.size(), b.size());
    if (longer == 0) {
      return 1;
    }
    if ((double) Math.min(a.size(), b.size()) / longer < threshold - 1e-9) {
      return -1; // at least the difference in length must be inserted
    }
    return query(a).atLeast(b, threshold);
  }

  /** A text to compare with many others: its words are encoded once (see {@link Query}). */
  public static Query query(List<String> words) {
    return new Query(words);
  }

  /**
   * One text compared with many: each other text is encoded against this one's words, and every word
   * this text does not have becomes one shared symbol that equals none of its words. Levenshtein only
   * ever compares a word of one text with a word of the other, so the distance is exactly the same,
   * without a dictionary per pair; and the number of the other text's words that occur here at all
   * bounds the similarity before any distance is computed.
   */
  public static final class Query {
    private static final char ELSEWHERE = '\u0001';
    private final Map<String, Character> codes = new HashMap<>();
    private final String encoded;
    private final int size;

    private Query(List<String> words) {
      StringBuilder sb = new StringBuilder(words.size());
      for (String word : words) {
        Character c = codes.get(word);
        if (c == null) {
          if (0x100 + codes.size() >= 0xD800) {
            throw new IllegalArgumentException("more than " + codes.size() + " different words in one text");
          }
          c = (char) (0x100 + codes.size()); // below the surrogates: one char per word
          codes.put(word, c);
        }
        sb.append(c.charValue());
      }
      encoded = sb.toString();
      size = words.size();
    }

    /** The similarity to {@code other} when it is at least {@code threshold}, otherwise -1. */
    public double atLeast(List<String> other, double threshold) {
      int longer = Math.max(size, other.size());
      if (longer == 0) {
        return 1;
      }
      if ((double) Math.min(size, other.size()) / longer < threshold - 1e-9) {
        return -1;
      }
      StringBuilder sb = new StringBuilder(other.size());
      int shared = 0;
      for (String word : other) {
        Character c = codes.get(word);
        shared += c == null ? 0 : 1;
        sb.append(c == null ? ELSEWHERE : c.charValue());
      }
      if ((double) shared / longer < threshold - 1e-9) {
        return -1; // not enough words in common, however they are ordered
      }
      return encoded(encoded, sb, threshold);
    }
  }

  /**
   * The similarity of two texts given one character per word (equal words, equal characters) when it
   * is at least {@code threshold}, otherwise -1: for callers that encode words themselves.
   */
  public static double encoded(CharSequence a, CharSequence b, double threshold) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1;
    }
    int allowed = (int) Math.floor((1 - threshold) * longer + 1e-9);
    int distance = new LevenshteinDistance(allowed).apply(a, b);
    double score = distance < 0 ? -1 : 1 - (double) distance / longer;
    return score >= threshold - 1e-9 ? score : -1;
  }

  /** A score as a whole percentage, rounded down (99.9% is not an exact match): for people and XLIFF. */
  public static int percent(double score) {
    return (int) Math.floor(score * 100 + 1e-9);
  }
}
