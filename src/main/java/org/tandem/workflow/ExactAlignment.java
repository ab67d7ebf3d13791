package org.tandem.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs equal sources (by hash) of a fresh and a stored segmentation so that repeated sentences
 * pair with the right copy, as patience diff does: sources that occur once on each side and keep
 * their order are anchors; between two anchors, repeated sources pair in order; only what is left
 * then pairs across the chapter (a moved sentence). Deleting one copy of a repeated sentence
 * therefore retires that copy, not the last one, and moves nothing.
 */
final class ExactAlignment {
  private ExactAlignment() {}

  /** For each fresh hash, the index of the stored hash it pairs with, or -1. */
  static int[] pair(List<String> fresh, List<String> stored) {
    int[] match = new int[fresh.size()];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[stored.size()];
    int[][] anchors = anchors(fresh, stored);
    for (int[] a : anchors) {
      match[a[0]] = a[1];
      used[a[1]] = true;
    }
    int previousFresh = -1;
    int previousStored = -1;
    for (int k = 0; k <= anchors.length; k++) {
      int nextFresh = k < anchors.length ? anchors[k][0] : fresh.size();
      int nextStored = k < anchors.length ? anchors[k][1] : stored.size();
      inOrder(fresh, stored, match, used, previousFresh + 1, nextFresh, previousStored + 1, nextStored);
      previousFresh = nextFresh;
      previousStored = nextStored;
    }
    inOrder(fresh, stored, match, used, 0, fresh.size(), 0, stored.size());
    anywhere(fresh, stored, match, used);
    return match;
  }

  /** Sources once on each side, those of them in order (longest increasing run), as (fresh, stored) pairs. */
  private static int[][] anchors(List<String> fresh, List<String> stored) {
    Map<String, Integer> storedOnce = once(stored);
    Map<String, Integer> freshOnce = once(fresh);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Integer s = storedOnce.get(fresh.get(i));
      if (s != null && s >= 0 && freshOnce.get(fresh.get(i)) >= 0) {
        pairs.add(new int[] {i, s});
      }
    }
    boolean[] keep = LongestIncreasing.members(pairs.stream().mapToInt(p -> p[1]).toArray());
    List<int[]> anchors = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (keep[k]) {
        anchors.add(pairs.get(k));
      }
    }
    return anchors.toArray(int[][]::new);
  }

  /** Each value's index when it occurs once, -1 when it repeats. */
  private static Map<String, Integer> once(List<String> values) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      index.merge(values.get(i), i, (a, b) -> -1);
    }
    return index;
  }

  /** Pairs equal values in order within fresh [fFrom, fTo) and stored [sFrom, sTo). */
  private static void inOrder(List<String> fresh, List<String> stored, int[] match, boolean[] used, int fFrom,
      int fTo, int sFrom, int sTo) {
    int s = sFrom;
    for (int i = fFrom; i < fTo && s < sTo; i++) {
      if (match[i] >= 0) {
        s = Math.max(s, match[i] + 1);
        continue;
      }
      for (int j = s; j < sTo; j++) {
        if (!used[j] && stored.get(j).equals(fresh.get(i))) {
          match[i] = j;
          used[j] = true;
          s = j + 1;
          break;
        }
      }
    }
  }

  /** Pairs what is left by value, in document order: sources that moved. */
  private static void anywhere(List<String> fresh, List<String> stored, int[] match, boolean[] used) {
    Map<String, Deque<Integer>> free = new HashMap<>();
    for (int j = 0; j < stored.size(); j++) {
      if (!used[j]) {
        free.computeIfAbsent(stored.get(j), h -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < fresh.size(); i++) {
      Deque<Integer> same = match[i] < 0 ? free.get(fresh.get(i)) : null;
      if (same != null && !same.isEmpty()) {
        match[i] = same.poll();
        used[match[i]] = true;
      }
    }
  }
}
