package org.tandem.extract;

import java.util.List;

/**
 * A Java regular expression as a tree, reduced to what decides where a match can start and end:
 * which characters each element consumes and how often. Built by {@link RegexParser}.
 */
sealed interface RegexNode {
  /** One code point out of a set: one UTF-16 unit, or two for a supplementary character. */
  record Chars(CharSet set, boolean bmpOnly) implements RegexNode {}

  /** Elements one after the other. */
  record Seq(List<RegexNode> items) implements RegexNode {}

  /** Alternatives. */
  record Alt(List<RegexNode> options) implements RegexNode {}

  /** An element repeated from {@code min} to {@code max} times; {@code max} is -1 for no limit. */
  record Repeat(RegexNode body, int min, int max) implements RegexNode {}

  /** A group, capturing or not, with its place in the regex text ({@code start} at its '('). */
  record Group(RegexNode body, int start, int end) implements RegexNode {}

  /** A look-ahead or look-behind: a condition that consumes nothing. */
  record Look(RegexNode body) implements RegexNode {}

  /**
   * A zero-width anchor: {@code ^} or {@code \A} when {@code atTextStart} (it only matches at offset 0,
   * the rules being compiled without MULTILINE), otherwise {@code $}, {@code \z}, {@code \Z}, {@code \b}, {@code \B}.
   */
  record Anchor(boolean atTextStart) implements RegexNode {}
}
