package org.tandem.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An automaton from {@link NfaBuilder} walked over a text in one direction, one character at a time:
 * forwards from its start to see whether a match can begin at an offset, or backwards from its end to
 * find where a match that ends at an offset can begin. Each step is computed once per set of states and
 * character and kept (a deterministic automaton built as the texts need it).
 *
 * <p>Safe to share between threads: the kept steps are immutable objects in concurrent maps or published
 * through plain arrays (final fields); a thread that misses another's step computes an equal one.
 */
final class CharAutomaton {
  /** The farthest one walk goes; a walk still alive there counts as a success. */
  static final int REACH = 256;
  /** Beyond this many kept sets of states, new steps are computed without keeping them. */
  private static final int MAX_KEPT = 2_000;

  private final int[][] next;
  private final int[][] labels;
  private final int[][] closure;
  private final int goal;
  private final StateSet initial;
  private final Map<StateKey, StateSet> kept = new ConcurrentHashMap<>();

  private CharAutomaton(int[][] next, int[][] labels, int[][] closure, int origin, int goal) {
    this.next = next;
    this.labels = labels;
    this.closure = closure;
    this.goal = goal;
    this.initial = keep(Arrays.stream(closure[origin]).sorted().toArray());
  }

  /** Walks {@code nfa} forwards, from its start towards its end. */
  static CharAutomaton forwards(NfaBuilder.Nfa nfa) {
    return new CharAutomaton(adjacency(nfa, 0, 1), labels(nfa, 0, 1), closures(nfa, 0, 1), nfa.start(), nfa.accept());
  }

  /** Walks {@code nfa} backwards, from its end towards its start. */
  static CharAutomaton backwards(NfaBuilder.Nfa nfa) {
    return new CharAutomaton(adjacency(nfa, 1, 0), labels(nfa, 1, 0), closures(nfa, 1, 0), nfa.accept(), nfa.start());
  }

  /**
   * Walking backwards from {@code end}, marks in {@code bits} every offset in {@code [lowest, end]} where a
   * match that ends at {@code end} can begin; {@code chars} are the masks of {@code text}'s characters.
   */
  void markBackwards(String text, CharMasks.Entry[] chars, int end, int lowest, long[] bits) {
    StateSet states = initial;
    if (states.atGoal && end >= lowest) {
      bits[end >> 6] |= 1L << end;
    }
    for (int k = end - 1; k >= lowest; k--) {
      if (end - k > REACH) {
        for (int i = lowest; i <= k; i++) {
          bits[i >> 6] |= 1L << i;
        }
        return;
      }
      states = states.after(text.charAt(k), chars[k]);
      if (states.isDead()) {
        return;
      }
      if (states.atGoal) {
        bits[k >> 6] |= 1L << k;
      }
    }
  }

  /** Walking forwards from {@code from}, whether a match can begin there (true too when the walk goes too far). */
  boolean matchesForwards(String text, CharMasks.Entry[] chars, int from) {
    StateSet states = initial;
    for (int k = from; !states.atGoal; k++) {
      if (k == chars.length) {
        return false;
      }
      if (k - from > REACH) {
        return true;
      }
      states = states.after(text.charAt(k), chars[k]);
      if (states.isDead()) {
        return false;
      }
    }
    return true;
  }

  /** A set of the automaton's states: where a walk can be after the characters read so far. */
  private final class StateSet {
    final int[] states;
    final boolean atGoal;
    private final StateSet[] ascii = new StateSet[128];
    private final Map<Character, StateSet> others = new ConcurrentHashMap<>();

    StateSet(int[] states) {
      this.states = states;
      this.atGoal = Arrays.stream(states).anyMatch(q -> q == goal);
    }

    boolean isDead() {
      return states.length == 0;
    }

    /** Where the walk can be after reading {@code c} too. */
    StateSet after(char c, CharMasks.Entry entry) {
      StateSet known = c < 128 ? ascii[c] : others.get(c);
      if (known == null) {
        known = keep(step(c, entry));
        if (c < 128) {
          ascii[c] = known;
        } else if (kept.size() < MAX_KEPT) {
          others.put(c, known);
        }
      }
      return known;
    }

    private int[] step(char c, CharMasks.Entry entry) {
      BitSet reached = new BitSet(next.length);
      for (int q : states) {
        for (int e = 0; e < next[q].length; e++) {
          if (matches(labels[q][e], c, entry)) {
            for (int p : closure[next[q][e]]) {
              reached.set(p);
            }
          }
        }
      }
      return reached.stream().toArray();
    }
  }

  private StateSet keep(int[] states) {
    StateKey key = new StateKey(states);
    StateSet known = kept.get(key);
    if (known == null) {
      known = new StateSet(states);
      if (kept.size() < MAX_KEPT) {
        StateSet raced = kept.putIfAbsent(key, known);
        known = raced == null ? known : raced;
      }
    }
    return known;
  }

  /** A sorted set of states as a map key. */
  private record StateKey(int[] states) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StateKey k && Arrays.equals(states, k.states);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(states);
    }
  }

  private static boolean matches(int label, char c, CharMasks.Entry entry) {
    if (label >= 0) {
      return c == label;
    }
    if (label == NfaBuilder.ANY) {
      return true;
    }
    int id = -label - 2;
    return (entry.classes[id >> 6] & (1L << id)) != 0;
  }

  /** For each state, the states one character edge leads to in the walk's direction ({@code from}, {@code to}). */
  private static int[][] adjacency(NfaBuilder.Nfa nfa, int from, int to) {
    return group(nfa.states(), nfa.edges(), from, to);
  }

  private static int[][] labels(NfaBuilder.Nfa nfa, int from, int to) {
    return group(nfa.states(), nfa.edges(), from, 2);
  }

  /** Column {@code value} of the rows, grouped by column {@code key}, in row order. */
  private static int[][] group(int states, List<int[]> rows, int key, int value) {
    int[] counts = new int[states];
    rows.forEach(r -> counts[r[key]]++);
    int[][] result = new int[states][];
    for (int q = 0; q < states; q++) {
      result[q] = new int[counts[q]];
    }
    Arrays.fill(counts, 0);
    rows.forEach(r -> result[r[key]][counts[r[key]]++] = r[value]);
    return result;
  }

  /** For each state, itself and every state empty moves lead to in the walk's direction. */
  private static int[][] closures(NfaBuilder.Nfa nfa, int from, int to) {
    int[][] moves = group(nfa.states(), nfa.moves(), from, to);
    int[][] result = new int[nfa.states()][];
    for (int q = 0; q < nfa.states(); q++) {
      if (moves[q].length == 0) {
        result[q] = new int[] {q}; // most states of long words
        continue;
      }
      BitSet seen = new BitSet();
      int[] stack = new int[nfa.states()];
      int size = 0;
      stack[size++] = q;
      seen.set(q);
      while (size > 0) {
        for (int p : moves[stack[--size]]) {
          if (!seen.get(p)) {
            seen.set(p);
            stack[size++] = p;
          }
        }
      }
      result[q] = seen.stream().toArray();
    }
    return result;
  }
}
