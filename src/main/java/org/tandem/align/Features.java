package org.tandem.align;

import java.util.Arrays;

/**
 * What the aligner compares of a sentence (or of two consecutive ones taken together): its length
 * and its anchors, as sorted ids of the keys {@link Evidence} interned.
 *
 * @param length the length in characters
 * @param numbers numbers as written with digits or as number words
 * @param names capitalised words (Şişli, Jobcenter, AufenthG), folded and cut to a stem
 * @param distinct names that cannot be common nouns on this side (Turkish capitals inside a
 *     sentence, acronyms): missing from the other side, they count against a pair
 * @param concepts glossary and lexicon concepts found with tandem's term matching
 * @param cognates four-letter prefixes of long words, spelled alike (Projekt/proje)
 * @param marks question marks, colons, quotes, parentheses
 */
record Features(int length, int[] numbers, int[] names, int[] distinct, int[] concepts, int[] cognates,
    int[] marks) {
  /** Both sentences' features together, as one group. */
  Features plus(Features other) {
    return new Features(length + other.length + 1, union(numbers, other.numbers), union(names, other.names),
        union(distinct, other.distinct), union(concepts, other.concepts), union(cognates, other.cognates),
        union(marks, other.marks));
  }

  /** Sorted ids without repeats. */
  static int[] sorted(int[] ids) {
    return Arrays.stream(ids).sorted().distinct().toArray();
  }

  private static int[] union(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return sorted(all);
  }

  /** How many ids two sorted arrays share. */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
