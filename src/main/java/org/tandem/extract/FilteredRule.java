package org.tandem.extract;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.extract.RegexNode.Group;
import org.tandem.extract.RegexNode.Seq;

/**
 * One compiled SRX rule ({@code (before)(after)}, as Okapi generates it) with a filter that tells, from
 * the characters alone, where a match cannot be, so the regex runs only where it might match.
 *
 * <p>The positions a rule reaches are those of Okapi's engine by construction: the engine takes the
 * leftmost match at or after its search start, and the filter only skips start offsets at which no
 * match can begin. A match breaks at a position after one of the before-break part's last characters,
 * before one of the after-break part's first characters, with a character the after-break part needs
 * somewhere after it; and it starts where the before-break part's automaton, run backwards from that
 * break, can start.
 */
final class FilteredRule {
  /**
   * What a match of the rule needs, character by character.
   *
   * @param end what the before-break part ends with, the character before the break
   * @param after what the after-break part begins with, the character after the break; null when it
   *     can match nothing
   * @param required a set of which the after-break part always consumes a character, or null
   * @param maxLength the longest the before-break part can be, {@link RegexShape#UNBOUNDED} for no limit
   * @param before the before-break part's automaton, walked backwards from a break
   * @param afterPart the after-break part's automaton, walked forwards from a break; null when it can match nothing
   */
  record Filter(CharSet end, CharSet after, CharSet required, long maxLength, CharAutomaton before,
      CharAutomaton afterPart) {}

  /** Characters of ordinary prose, to tell a rare required character from a common one. */
  private static final String PROSE = "enaritsdulhgmoEDSAB0123 .,äüğış";

  private final Pattern pattern;
  private final boolean isBreak;
  private final Filter filter;

  private FilteredRule(Pattern pattern, boolean isBreak, Filter filter) {
    this.pattern = pattern;
    this.isBreak = isBreak;
    this.filter = filter;
  }

  /**
   * Compiles a rule regex as Okapi does; {@code codeSuffix} is the group Okapi appends to every
   * before-break part to take inline codes along, which can match only code markers (or null).
   */
  static FilteredRule compile(String regex, boolean isBreak, String codeSuffix, CharClasses classes) {
    Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    return new FilteredRule(pattern, isBreak, filterOf(regex, codeSuffix, classes));
  }

  /** The filter, or null when the rule runs at every position. */
  Filter filter() {
    return filter;
  }

  /** True for a {@code break="yes"} rule. */
  boolean isBreak() {
    return isBreak;
  }

  /** A matcher for this rule over {@code text}, bounded as the engine's. */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * Reports every position Okapi's engine reaches with this rule, running the regex everywhere (the
   * engine's own loop: each search starts at the previous break, until a break does not move it).
   */
  static void everywhere(Matcher m, IntConsumer breaks) {
    int start = 0;
    int previous = -1;
    while (start != previous && m.find(start)) {
      int position = m.start() + (m.end(1) - m.start(1));
      previous = start;
      start = position;
      breaks.accept(position);
    }
  }

  /**
   * The same positions, running the regex only at start offsets the filter allows; {@code ends} holds,
   * in order, the positions where a break could lie by the characters around it.
   */
  void filtered(String text, CharMasks.Entry[] chars, int[] ends, int count, IntConsumer breaks) {
    long[] starts = possibleStarts(text, chars, ends, count);
    int length = text.length();
    Matcher m = null;
    int start = 0;
    int previous = -1;
    while (start != previous) {
      int s = nextSetBit(starts, start, length);
      while (s >= 0) {
        m = m == null ? matcher(text) : m;
        m.region(s, length);
        if (m.lookingAt()) {
          break;
        }
        s = nextSetBit(starts, s + 1, length);
      }
      if (s < 0) {
        return;
      }
      int position = m.start() + (m.end(1) - m.start(1));
      previous = start;
      start = position;
      breaks.accept(position);
    }
  }

  /** Every offset where a match could start, as bits. */
  private long[] possibleStarts(String text, CharMasks.Entry[] chars, int[] ends, int count) {
    long[] starts = new long[(text.length() >> 6) + 1];
    for (int k = 0; k < count; k++) {
      int end = ends[k];
      if (filter.afterPart() == null || filter.afterPart().matchesForwards(text, chars, end)) {
        filter.before().markBackwards(text, chars, end, (int) Math.max(0, end - filter.maxLength()), starts);
      }
    }
    return starts;
  }

  private static int nextSetBit(long[] bits, int from, int limit) {
    if (from >= limit) {
      return -1;
    }
    int w = from >> 6;
    long word = bits[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        int bit = (w << 6) + Long.numberOfTrailingZeros(word);
        return bit < limit ? bit : -1;
      }
      if (++w == bits.length) {
        return -1;
      }
      word = bits[w];
    }
  }

  /** The filter of a generated rule regex, or null when its shape is not {@code (before)(after)} or unknown. */
  private static Filter filterOf(String regex, String codeSuffix, CharClasses classes) {
    try {
      if (!(RegexParser.parse(regex) instanceof Seq seq) || seq.items().size() != 2
          || !(seq.items().get(0) instanceof Group before) || !(seq.items().get(1) instanceof Group after)
          || !capturing(regex, before) || !capturing(regex, after)) {
        return null;
      }
      RegexShape shape = new RegexShape(g -> regex.substring(g.start(), g.end()).equals(codeSuffix));
      RegexShape.Edge last = shape.last(before.body());
      RegexShape.Edge first = shape.first(after.body());
      if (last.passes()) {
        return null; // the break can follow any character
      }
      NfaBuilder.Nfa nfa = NfaBuilder.of(before.body(), shape::isEmpty, classes);
      NfaBuilder.Nfa afterNfa = first.passes() ? null : NfaBuilder.of(after.body(), shape::isEmpty, classes);
      if (nfa == null) {
        return null;
      }
      return new Filter(last.set(), first.passes() ? null : first.set(), rarest(shape.required(after.body())),
          shape.maxLength(before.body()), CharAutomaton.backwards(nfa),
          afterNfa == null ? null : CharAutomaton.forwards(afterNfa));
    } catch (RegexParser.Unsupported e) {
      return null;
    }
  }

  /** Of sets a match always needs a character of, the one with the fewest characters of prose, if rare enough. */
  private static CharSet rarest(List<CharSet> required) {
    CharSet best = null;
    long fewest = PROSE.length() / 3;
    for (CharSet set : required) {
      long count = PROSE.chars().filter(c -> set.contains((char) c)).count();
      if (count < fewest) {
        best = set;
        fewest = count;
      }
    }
    return best;
  }

  private static boolean capturing(String regex, Group g) {
    return regex.charAt(g.start()) == '(' && regex.charAt(g.start() + 1) != '?';
  }
}
