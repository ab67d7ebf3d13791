package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.extract.RegexNode.Chars;
import org.tandem.extract.RegexNode.Repeat;
import org.tandem.extract.RegexShape.Edge;

/**
 * The pieces of the engine's filter: the regex reader, the shapes derived from it, and the automata,
 * which must never rule out a place where the regex itself matches.
 */
class RegexFilterTest {
  private static final RegexShape SHAPE = new RegexShape(g -> false);

  @Test
  void classesAreReadAsJavaReadsThem() {
    assertMembers("[]a]", "]a", "b[");
    assertMembers("[^]a]", "b[", "]a");
    assertMembers("[a[]b]]", "a]b", "x");
    assertMembers("[\\Q]\\E]", "]", "aQE");
    assertMembers("[a-c&&[^b]]", "ac", "bd");
    assertMembers("\\p{Lu}", "AÄİŞ", "aıß");
    assertMembers("\\s", " \t\n\u00A0\u2028", "a_");
  }

  @Test
  void escapesAreReadAsTheCharactersTheyStandFor() {
    assertMembers("\\x41", "A", "x");
    assertMembers("\\u00A0", "\u00A0", " ");
    assertMembers("\\0101", "A", "0");
    assertMembers("\\cJ", "\n", "J");
    assertMembers("\\.", ".", "a");
    Chars emoji = assertInstanceOf(Chars.class, RegexParser.parse("\\x{1F600}"));
    assertFalse(emoji.bmpOnly());
    assertEquals(0x1F600, emoji.set().singleCodePoint());
  }

  @Test
  void repetitionsKeepTheirCounts() {
    Repeat r = assertInstanceOf(Repeat.class, RegexParser.parse("(?:ab|c){2,5}+"));
    assertEquals(2, r.min());
    assertEquals(5, r.max());
    assertEquals(-1, assertInstanceOf(Repeat.class, RegexParser.parse("x*?")).max());
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?i)ca\\.", "(a)\\1", "\\Gx", "(?<x>a)\\k<x>", "(?u:a)"})
  void constructsTheTreeCannotDescribeAreRefused(String regex) {
    assertThrows(RegexParser.Unsupported.class, () -> RegexParser.parse(regex));
  }

  @Test
  void shapesTellWhatABreakNeedsAroundIt() {
    RegexNode before = RegexParser.parse("[.!?…]+[)\\]]*");
    Edge last = SHAPE.last(before);
    assertFalse(last.passes());
    assertTrue(last.set().contains('.') && last.set().contains(')') && !last.set().contains('a'));
    assertEquals(RegexShape.UNBOUNDED, SHAPE.maxLength(before));
    assertEquals(3, SHAPE.maxLength(RegexParser.parse("x{1,3}")));
    assertEquals(6, SHAPE.maxLength(RegexParser.parse("\\d{1,3}"))); // a class may match supplementary digits
    RegexNode after = RegexParser.parse("\\s+[^\"“]{0,600}+[\"“],?\\s+\\p{Ll}");
    assertTrue(SHAPE.first(after).set().contains(' ') && !SHAPE.first(after).set().contains('a'));
    assertTrue(SHAPE.required(after).stream().anyMatch(s -> s.contains('“') && !s.contains('a')));
    assertEquals(Edge.BLOCKED, SHAPE.first(RegexParser.parse("^x")));
    assertTrue(SHAPE.last(RegexParser.parse("x\\s*")).set().contains('x'));
  }

  /**
   * For every before-break and after-break part of tandem's rules and random texts: every offset where
   * the before-break part matches exactly up to a position is found walking back from it, and every
   * position where the after-break part matches passes the forward walk.
   */
  @Test
  void automataNeverMissAMatchOfTheirRegex() throws Exception {
    List<String> parts = new ArrayList<>();
    SRXDocument document = new SRXDocument();
    try (InputStream in = SrxSegmenter.class.getResourceAsStream(SrxSegmenter.BUNDLED_RULES)) {
      document.loadRules(in);
    }
    for (List<Rule> set : document.getAllLanguageRules().values()) {
      set.forEach(r -> {
        parts.add(r.getBefore());
        parts.add(r.getAfter());
      });
    }
    Random random = new Random(5);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      // the engine walks automata only over text without surrogates (it runs the regexes everywhere otherwise)
      texts.add(RandomParagraphs.plain(random).replace("😀", "☺"));
    }
    int checked = 0;
    for (String part : parts) {
      if (!part.isEmpty()) {
        checked += assertAutomataCover(part, texts);
      }
    }
    assertTrue(checked > 1000, "only " + checked + " matches checked");
  }

  private static int assertAutomataCover(String regex, List<String> texts) {
    CharClasses classes = new CharClasses();
    RegexNode node = RegexParser.parse(regex);
    CharAutomaton backwards = CharAutomaton.backwards(NfaBuilder.of(node, g -> false, classes));
    CharAutomaton forwards = CharAutomaton.forwards(NfaBuilder.of(node, g -> false, classes));
    CharMasks masks = new CharMasks(List.of(), classes.sets());
    Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    int matches = 0;
    for (String text : texts) {
      CharMasks.Entry[] chars = new CharMasks.Entry[text.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = masks.of(text.charAt(i));
      }
      Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int end = 0; end <= text.length(); end++) {
        long[] starts = new long[(text.length() >> 6) + 1];
        backwards.markBackwards(text, chars, end, 0, starts);
        for (int s = Math.max(0, end - 60); s <= end; s++) {
          if (m.region(s, end).matches()) {
            matches++;
            assertTrue((starts[s >> 6] & (1L << s)) != 0, regex + " matches [" + s + "," + end + ") of " + text);
          }
        }
        if (m.region(end, text.length()).lookingAt()) {
          matches++;
          assertTrue(forwards.matchesForwards(text, chars, end), regex + " matches at " + end + " of " + text);
        }
      }
    }
    return matches;
  }

  private static void assertMembers(String regex, String members, String others) {
    Chars chars = assertInstanceOf(Chars.class, RegexParser.parse(regex));
    members.chars().forEach(c -> assertTrue(chars.set().contains((char) c), regex + " holds '" + (char) c + "'"));
    others.chars().forEach(c -> assertFalse(chars.set().contains((char) c), regex + " lacks '" + (char) c + "'"));
  }
}
