package org.tandem.workflow;

import java.util.Arrays;

/** The longest strictly increasing subsequence of numbers (patience sorting, O(n log n)). */
final class LongestIncreasing {
  private LongestIncreasing() {}

  /** For each position, whether it belongs to one longest increasing subsequence of {@code values}. */
  static boolean[] members(int[] values) {
    int n = values.length;
    int[] tails = new int[n];
    int[] tailIndex = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int pos = Arrays.binarySearch(tails, 0, length, values[i]);
      pos = pos < 0 ? -pos - 1 : pos;
      tails[pos] = values[i];
      tailIndex[pos] = i;
      previous[i] = pos > 0 ? tailIndex[pos - 1] : -1;
      length = Math.max(length, pos + 1);
    }
    boolean[] member = new boolean[n];
    for (int i = length == 0 ? -1 : tailIndex[length - 1]; i >= 0; i = previous[i]) {
      member[i] = true;
    }
    return member;
  }
}
