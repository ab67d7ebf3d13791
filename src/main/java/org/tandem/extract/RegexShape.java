package org.tandem.extract;

import java.util.List;
import java.util.function.Predicate;
import org.tandem.extract.RegexNode.Alt;
import org.tandem.extract.RegexNode.Anchor;
import org.tandem.extract.RegexNode.Chars;
import org.tandem.extract.RegexNode.Group;
import org.tandem.extract.RegexNode.Repeat;
import org.tandem.extract.RegexNode.Seq;

/**
 * What every match of a regex (or a part of one) has in common: its longest length in UTF-16 units,
 * the characters it can start and end with, and the sets it always takes a character from. Each property
 * over-approximates, so a position that fails a test derived from it cannot start or end a match.
 * Groups for which the predicate given holds are taken to match nothing.
 */
final class RegexShape {
  /** A length with no limit. */
  static final long UNBOUNDED = Long.MAX_VALUE / 4;

  /**
   * The characters at one end of a match.
   *
   * @param set what the first (or last) consumed character can be
   * @param passes true when a match can also reach its other elements without consuming anything at
   *     this end, so that {@code set} is not the whole story
   */
  record Edge(CharSet set, boolean passes) {
    static final Edge EMPTY = new Edge(CharSet.NONE, true);
    /** {@code ^}: nothing can come first at any offset but 0. */
    static final Edge BLOCKED = new Edge(CharSet.NONE, false);

    Edge or(Edge other) {
      return new Edge(set.union(other.set), passes || other.passes);
    }
  }

  private final Predicate<Group> empty;

  /** Shapes of regex parts in which the groups {@code empty} accepts match nothing. */
  RegexShape(Predicate<Group> empty) {
    this.empty = empty;
  }

  /** True for a group taken to match nothing. */
  boolean isEmpty(Group group) {
    return empty.test(group);
  }

  /** The most UTF-16 units a match of {@code node} consumes, {@link #UNBOUNDED} for no limit. */
  long maxLength(RegexNode node) {
    if (node instanceof Chars c) {
      return c.bmpOnly() ? 1 : 2;
    }
    if (node instanceof Seq s) {
      long sum = 0;
      for (RegexNode item : s.items()) {
        sum = Math.min(UNBOUNDED, sum + maxLength(item));
      }
      return sum;
    }
    if (node instanceof Alt a) {
      return a.options().stream().mapToLong(this::maxLength).max().orElse(0);
    }
    if (node instanceof Repeat r) {
      long body = r.max() == 0 ? 0 : maxLength(r.body());
      return body == 0 ? 0 : r.max() < 0 || body >= UNBOUNDED / r.max() ? UNBOUNDED : body * r.max();
    }
    return node instanceof Group g && !empty.test(g) ? maxLength(g.body()) : 0;
  }

  /** The characters a match of {@code node} can begin with. */
  Edge first(RegexNode node) {
    return edge(node, true);
  }

  /** The characters a match of {@code node} can end with. */
  Edge last(RegexNode node) {
    return edge(node, false);
  }

  private Edge edge(RegexNode node, boolean first) {
    if (node instanceof Chars c) {
      return new Edge(c.set(), false);
    }
    if (node instanceof Seq s) {
      Edge result = Edge.EMPTY;
      List<RegexNode> items = s.items();
      for (int i = 0; i < items.size() && result.passes(); i++) {
        Edge e = edge(items.get(first ? i : items.size() - 1 - i), first);
        result = new Edge(result.set().union(e.set()), e.passes());
      }
      return result;
    }
    if (node instanceof Alt a) {
      Edge result = null;
      for (RegexNode option : a.options()) {
        Edge e = edge(option, first);
        result = result == null ? e : result.or(e);
      }
      return result == null ? Edge.EMPTY : result;
    }
    if (node instanceof Repeat r) {
      Edge body = r.max() == 0 ? Edge.EMPTY : edge(r.body(), first);
      return r.min() == 0 ? new Edge(body.set(), true) : body;
    }
    if (node instanceof Group g && !empty.test(g)) {
      return edge(g.body(), first);
    }
    return node instanceof Anchor a && a.atTextStart() && first ? Edge.BLOCKED : Edge.EMPTY;
  }

  /** Sets of which every match of {@code node} consumes at least one character. */
  List<CharSet> required(RegexNode node) {
    if (node instanceof Chars c) {
      return List.of(c.set());
    }
    if (node instanceof Seq s) {
      return s.items().stream().flatMap(n -> required(n).stream()).toList();
    }
    if (node instanceof Alt a) {
      // every option needs one of its own: together they need a character of the union of those sets
      CharSet union = CharSet.NONE;
      for (RegexNode option : a.options()) {
        List<CharSet> needs = required(option);
        if (needs.isEmpty()) {
          return List.of();
        }
        union = union.union(needs.get(0));
      }
      return List.of(union);
    }
    if (node instanceof Repeat r && r.min() > 0) {
      return required(r.body());
    }
    if (node instanceof Group g && !empty.test(g)) {
      return required(g.body());
    }
    return List.of(); // optional parts, look-arounds and anchors require nothing for sure
  }
}
