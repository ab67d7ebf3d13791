package org.tandem.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The characters one element of a regular expression can consume, as literal code points and
 * character classes, each class compiled on its own exactly as it is written in the rule.
 *
 * <p>Tests run on single UTF-16 units: a surrogate counts as a member of every set, so that a
 * supplementary character never escapes a filter built from these sets.
 */
final class CharSet {
  /** Every character. */
  static final CharSet ALL = new CharSet(true, Set.of(), List.of());
  /** No character. */
  static final CharSet NONE = new CharSet(false, Set.of(), List.of());

  private static final Map<String, CharSet> CLASSES = new ConcurrentHashMap<>();

  private final boolean all;
  private final Set<Integer> codePoints;
  private final List<Pattern> classes;

  private CharSet(boolean all, Set<Integer> codePoints, List<Pattern> classes) {
    this.all = all;
    this.codePoints = codePoints;
    this.classes = classes;
  }

  /** One literal code point. */
  static CharSet of(int codePoint) {
    return new CharSet(false, Set.of(codePoint), List.of());
  }

  /** Several literal code points. */
  static CharSet of(int... codePoints) {
    Set<Integer> set = new HashSet<>();
    for (int c : codePoints) {
      set.add(c);
    }
    return new CharSet(false, Set.copyOf(set), List.of());
  }

  /**
   * A character class as written in a rule ({@code [\p{L}.]}, {@code \s}, {@code \p{Lu}}), compiled as
   * the rules are, with {@link Pattern#UNICODE_CHARACTER_CLASS}.
   *
   * @throws java.util.regex.PatternSyntaxException when it is not a class on its own
   */
  static CharSet ofClass(String regex) {
    CharSet known = CLASSES.get(regex);
    if (known == null) {
      known = new CharSet(false, Set.of(), List.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)));
      if (CLASSES.size() < 10_000) {
        CLASSES.putIfAbsent(regex, known); // rules repeat their classes: compile each once
      }
    }
    return known;
  }

  /** The characters of this set or the other. */
  CharSet union(CharSet other) {
    if (all || other.all) {
      return ALL;
    }
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Set<Integer> points = new HashSet<>(codePoints);
    points.addAll(other.codePoints);
    List<Pattern> union = new ArrayList<>(classes);
    union.addAll(other.classes);
    return new CharSet(false, Set.copyOf(points), List.copyOf(union));
  }

  /** A text that is equal for two sets written alike, to share their tests. */
  String key() {
    if (all) {
      return "*";
    }
    StringBuilder key = new StringBuilder();
    codePoints.stream().sorted().forEach(c -> key.append(c).append(','));
    classes.forEach(p -> key.append('[').append(p.pattern()).append(']'));
    return key.toString();
  }

  /** The code point of a set of exactly one literal code point, or -1. */
  int singleCodePoint() {
    return !all && classes.isEmpty() && codePoints.size() == 1 ? codePoints.iterator().next() : -1;
  }

  /** True for the set of every character. */
  boolean isAll() {
    return all;
  }

  /** True for the empty set. */
  boolean isEmpty() {
    return !all && codePoints.isEmpty() && classes.isEmpty();
  }

  /** Whether a match of the element can consume this UTF-16 unit (always for a surrogate). */
  boolean contains(char c) {
    if (all || Character.isSurrogate(c) || codePoints.contains((int) c)) {
      return true;
    }
    String s = String.valueOf(c);
    for (Pattern p : classes) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }
}
