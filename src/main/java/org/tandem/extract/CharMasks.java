package org.tandem.extract;

import java.util.List;

/**
 * For every character, which rules' filters it passes and which of the rules' character classes it
 * belongs to, worked out the first time the character is seen and kept.
 *
 * <p>Safe to share between threads: a character's entry is an immutable object published through a
 * plain array (final fields); a thread that does not yet see another thread's entry computes an equal one.
 */
final class CharMasks {
  /** The masks of one character; bit {@code r} stands for rule {@code r}, bit {@code c} of classes for class c. */
  static final class Entry {
    final long[] end;
    final long[] after;
    final long[] required;
    final long[] classes;
    /** A surrogate or one of Okapi's code markers: such text is searched without filters. */
    final boolean special;

    Entry(long[] end, long[] after, long[] required, long[] classes, boolean special) {
      this.end = end;
      this.after = after;
      this.required = required;
      this.classes = classes;
      this.special = special;
    }
  }

  private final List<FilteredRule> rules;
  private final List<CharSet> classes;
  private final int words;
  private final long[] atTextEnd;
  private final long[] withRequired;
  private final Entry[] entries = new Entry[Character.MAX_VALUE + 1];

  CharMasks(List<FilteredRule> rules, List<CharSet> classes) {
    this.rules = rules;
    this.classes = classes;
    this.words = Math.max(1, (rules.size() + 63) / 64);
    this.atTextEnd = new long[words];
    this.withRequired = new long[words];
    for (int r = 0; r < rules.size(); r++) {
      FilteredRule.Filter f = rules.get(r).filter();
      if (f != null && f.after() == null) {
        atTextEnd[r >> 6] |= 1L << r; // an after-break part that can match nothing can match at the very end
      }
      if (f != null && f.required() != null) {
        withRequired[r >> 6] |= 1L << r;
      }
    }
  }

  /** How many longs each rule mask has. */
  int words() {
    return words;
  }

  /** The rules whose after-break part can match at the end of the text. */
  long[] atTextEnd() {
    return atTextEnd;
  }

  /** The rules whose after-break part requires a character of a set (bit {@code r} of required masks). */
  long[] withRequired() {
    return withRequired;
  }

  /** The masks of {@code c}. */
  Entry of(char c) {
    Entry e = entries[c];
    if (e == null) {
      e = compute(c);
      entries[c] = e;
    }
    return e;
  }

  private Entry compute(char c) {
    long[] end = new long[words];
    long[] after = new long[words];
    long[] required = new long[words];
    for (int r = 0; r < rules.size(); r++) {
      FilteredRule.Filter f = rules.get(r).filter();
      if (f == null) {
        continue;
      }
      long bit = 1L << r;
      int w = r >> 6;
      end[w] |= f.end().contains(c) ? bit : 0;
      after[w] |= f.after() == null || f.after().contains(c) ? bit : 0;
      required[w] |= f.required() != null && f.required().contains(c) ? bit : 0;
    }
    long[] member = new long[Math.max(1, (classes.size() + 63) / 64)];
    for (int k = 0; k < classes.size(); k++) {
      member[k >> 6] |= classes.get(k).contains(c) ? 1L << k : 0;
    }
    boolean special = Character.isSurrogate(c) || (c >= '\uE101' && c <= '\uE103');
    return new Entry(end, after, required, member, special);
  }
}
