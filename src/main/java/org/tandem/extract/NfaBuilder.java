package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tandem.extract.RegexNode.Alt;
import org.tandem.extract.RegexNode.Chars;
import org.tandem.extract.RegexNode.Group;
import org.tandem.extract.RegexNode.Repeat;
import org.tandem.extract.RegexNode.Seq;

/**
 * Thompson's construction of a finite automaton over character sets from a regex tree. The automaton
 * accepts more than the regex, never less: look-arounds and anchors always pass, and large counted
 * repetitions become {@code x*} or {@code x x*}.
 */
final class NfaBuilder {
  /** The label of an edge any character takes; a label {@code >= 0} is a code point, below -1 a class. */
  static final int ANY = -1;
  /** Automata larger than this are not built. */
  private static final int MAX_STATES = 5000;
  /** Counted repetitions of one character up to this count are built exactly. */
  private static final int UNROLL = 8;

  /**
   * A built automaton.
   *
   * @param states the number of states, numbered from 0
   * @param edges the character edges {@code {from, to, label}}
   * @param moves the empty moves {@code {from, to}}
   * @param start where a match begins
   * @param accept where a match ends
   */
  record Nfa(int states, List<int[]> edges, List<int[]> moves, int start, int accept) {}

  private final Predicate<Group> empty;
  private final CharClasses classes;
  private final List<int[]> edges = new ArrayList<>();
  private final List<int[]> moves = new ArrayList<>();
  private int states;

  private NfaBuilder(Predicate<Group> empty, CharClasses classes) {
    this.empty = empty;
    this.classes = classes;
  }

  /**
   * The automaton of {@code node}, or null when it would be too large; groups {@code empty} accepts match
   * nothing, and {@code classes} numbers the character classes the edges test.
   */
  static Nfa of(RegexNode node, Predicate<Group> empty, CharClasses classes) {
    NfaBuilder b = new NfaBuilder(empty, classes);
    int start = b.state();
    int accept = b.build(node, start);
    return b.states > MAX_STATES ? null : new Nfa(b.states, List.copyOf(b.edges), List.copyOf(b.moves), start, accept);
  }

  private int state() {
    return states++;
  }

  /** Adds {@code node} after state {@code in}; returns the state after it. */
  private int build(RegexNode node, int in) {
    if (states > MAX_STATES) {
      return in;
    }
    if (node instanceof Chars c) {
      int out = state();
      edges.add(new int[] {in, out, label(c.set())});
      return out;
    }
    if (node instanceof Seq s) {
      int at = in;
      for (RegexNode item : s.items()) {
        at = build(item, at);
      }
      return at;
    }
    if (node instanceof Alt a) {
      int join = state();
      a.options().forEach(o -> moves.add(new int[] {build(o, in), join}));
      return join;
    }
    if (node instanceof Repeat r) {
      return repeat(r, in);
    }
    if (node instanceof Group g && !empty.test(g)) {
      return build(g.body(), in);
    }
    return in; // look-arounds, anchors and code groups consume nothing
  }

  /** Exact for small counts of one character; otherwise {@code x?}, {@code x*} or {@code x x*}. */
  private int repeat(Repeat r, int in) {
    boolean small = r.body() instanceof Chars && r.min() <= UNROLL && r.max() <= UNROLL;
    int required = small || r.min() == 0 ? r.min() : 1;
    int at = in;
    for (int i = 0; i < required; i++) {
      at = build(r.body(), at);
    }
    if (r.max() == required) {
      return at;
    }
    if (r.max() < 0 || !small && r.max() > 1) {
      int loop = state();
      moves.add(new int[] {at, loop});
      moves.add(new int[] {build(r.body(), loop), loop});
      return loop;
    }
    for (int i = required; i < r.max(); i++) {
      int out = build(r.body(), at);
      int join = state();
      moves.add(new int[] {at, join});
      moves.add(new int[] {out, join});
      at = join;
    }
    return at;
  }

  private int label(CharSet set) {
    if (set.isAll()) {
      return ANY;
    }
    int single = set.singleCodePoint();
    return single >= 0 ? single : -2 - classes.idOf(set);
  }
}
