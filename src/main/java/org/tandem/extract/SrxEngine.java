package org.tandem.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * The SRX rules of one language, compiled once, giving the same segments as Okapi's SRX engine
 * (okapi-lib-segmentation 1.47.0) many times faster: each rule's regex runs only where the characters
 * around a position allow it to match (see {@link FilteredRule}), everything else follows Okapi's algorithm,
 * ICU4J's break iterator ({@code useIcu4jBreakRules="yes"}) and the range rule included.
 *
 * <p>Immutable and safe to use from several threads at once.
 */
public final class SrxEngine {
  private final List<FilteredRule> rules;
  private final CharMasks masks;
  private final SegmentRanges.Options options;
  private final BreakIterator icu;

  private SrxEngine(List<FilteredRule> rules, CharClasses classes, SegmentRanges.Options options, BreakIterator icu) {
    this.rules = rules;
    this.masks = new CharMasks(rules, classes.sets());
    this.options = options;
    this.icu = icu;
  }

  /**
   * Compiles the rules {@code document} maps to {@code language} (BCP 47) with the header's options, the way
   * Okapi's {@code compileLanguageRules} selects them. {@code compiled} keeps rules already compiled for
   * another language of the same document, by regex, and {@code classes} numbers their character classes.
   *
   * @throws java.util.regex.PatternSyntaxException for a rule that is not a regular expression
   * @throws IllegalArgumentException for a language map that names no language rule
   */
  static SrxEngine compile(SRXDocument document, String language, Map<String, FilteredRule> compiled,
      CharClasses classes) {
    String codeSuffix = codeSuffix(document);
    List<FilteredRule> rules = new ArrayList<>();
    boolean mapped = false;
    LocaleId locale = LocaleId.fromString(language);
    for (LanguageMap map : document.getAllLanguagesMaps()) {
      if (!Pattern.matches(map.getPattern(), locale.toString())) {
        continue;
      }
      mapped = true;
      List<Rule> set = document.getLanguageRules(map.getRuleName());
      if (set == null) {
        throw new IllegalArgumentException("no <languagerule> named '" + map.getRuleName() + "'");
      }
      for (Rule rule : set) {
        if (rule.isActive()) {
          String regex = document.generateRuleRegex(rule).replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
          rules.add(compiled.computeIfAbsent(rule.isBreak() + regex,
              k -> FilteredRule.compile(regex, rule.isBreak(), codeSuffix, classes)));
        }
      }
      if (!document.cascade()) {
        break;
      }
    }
    String mask = mapped ? document.getMaskRule() : null;
    Pattern rangeRule = mask == null || mask.isEmpty() ? null : Pattern.compile(mask, Pattern.UNICODE_CHARACTER_CLASS);
    BreakIterator icu = document.useIcu4JBreakRules()
        ? RuleBasedBreakIterator.getSentenceInstance(ULocale.createCanonical(locale.toBCP47())) : null;
    return new SrxEngine(List.copyOf(rules), classes, options(document, rangeRule), icu);
  }

  /** The segments of a fragment as ranges of its coded text, as Okapi's {@code getRanges()} gives them. */
  public List<Range> ranges(TextFragment fragment) {
    return ranges(fragment.getCodedText(), fragment.hasCode());
  }

  /** The segments of a plain text as ranges, as Okapi's {@code computeSegments(String)} makes them. */
  public List<Range> ranges(String text) {
    return ranges(text, false);
  }

  private List<Range> ranges(String codedText, boolean hasCode) {
    String text = options.isolatedCodesAsSpace() ? TextUnitUtil.removeAndReplaceCodes(codedText, " ")
        : TextUnitUtil.removeCodes(codedText);
    return SegmentRanges.of(codedText, decide(text), hasCode, options);
  }

  /** For every position of {@code text}, what the first rule that reached it decided. */
  byte[] decide(String text) {
    byte[] decided = new byte[text.length() + 1];
    CharMasks.Entry[] chars = new CharMasks.Entry[text.length()];
    long[] present = new long[masks.words()]; // the rules whose required characters occur at all
    boolean special = false;
    for (int i = 0; i < chars.length; i++) {
      chars[i] = masks.of(text.charAt(i));
      special |= chars[i].special;
      for (int w = 0; w < present.length; w++) {
        present[w] |= chars[i].required[w];
      }
    }
    Candidates ends = special ? null : candidates(chars, present);
    for (int r = 0; r < rules.size(); r++) {
      FilteredRule rule = rules.get(r);
      byte decision = rule.isBreak() ? SegmentRanges.BREAK : SegmentRanges.NO_BREAK;
      if (ends == null || rule.filter() == null) {
        FilteredRule.everywhere(rule.matcher(text), p -> decide(decided, p, decision));
      } else if (ends.count[r] > 0) {
        rule.filtered(text, chars, ends.positions[r], ends.count[r], p -> decide(decided, p, decision));
      }
    }
    if (icu != null) {
      icuBreaks(text).forEach(p -> decide(decided, p, SegmentRanges.BREAK)); // after every rule, as in Okapi
    }
    return decided;
  }

  /** ICU4J's sentence ends, moved back over white space, as Okapi's engine turns them into a last rule. */
  private List<Integer> icuBreaks(String text) {
    BreakIterator iterator = (BreakIterator) icu.clone(); // an iterator keeps its text: one per call
    iterator.setText(text);
    List<Integer> positions = new ArrayList<>();
    for (int boundary = iterator.next(); boundary != BreakIterator.DONE; boundary = iterator.next()) {
      if (boundary == text.length()) {
        continue;
      }
      while (boundary - 1 > 0 && Character.isWhitespace(text.codePointAt(boundary - 1))) {
        boundary--;
      }
      if (boundary < text.length() && !positions.contains(boundary)) {
        positions.add(boundary);
      }
    }
    return positions;
  }

  private static void decide(byte[] decided, int position, byte decision) {
    if (decided[position] == 0) {
      decided[position] = decision; // the first rule to reach a position decides it
    }
  }

  /**
   * Where each rule's break can lie: after one of its end characters, before one of its after characters,
   * and not after the last character its after-break part requires.
   */
  private Candidates candidates(CharMasks.Entry[] chars, long[] present) {
    Candidates c = new Candidates(rules.size());
    int words = masks.words();
    int[] limits = lastRequired(chars, present);
    long[] active = new long[words];
    Arrays.fill(active, -1L);
    int[] order = rulesByLimit(limits, chars.length);
    int dropped = 0;
    for (int n = 1; n <= chars.length; n++) {
      while (dropped < order.length && limits[order[dropped]] < n) {
        int r = order[dropped++];
        active[r >> 6] &= ~(1L << r);
      }
      long[] end = chars[n - 1].end;
      long[] after = n < chars.length ? chars[n].after : masks.atTextEnd();
      for (int w = 0; w < words; w++) {
        long hits = end[w] & after[w] & active[w];
        while (hits != 0) {
          c.add((w << 6) + Long.numberOfTrailingZeros(hits), n);
          hits &= hits - 1;
        }
      }
    }
    return c;
  }

  /**
   * For each rule, the last offset where its after-break part finds a character it requires (-1 for none);
   * {@code present} has the bits of the rules whose required characters occur in the text.
   */
  private int[] lastRequired(CharMasks.Entry[] chars, long[] present) {
    int[] limits = new int[rules.size()];
    Arrays.fill(limits, chars.length);
    long[] pending = masks.withRequired().clone();
    for (int r = 0; r < rules.size(); r++) {
      if ((pending[r >> 6] & (1L << r)) != 0) {
        limits[r] = -1;
      }
    }
    for (int w = 0; w < pending.length; w++) {
      pending[w] &= present[w]; // absent: the limit stays -1 without a search
    }
    for (int k = chars.length - 1; k >= 0 && !isZero(pending); k--) {
      for (int w = 0; w < pending.length; w++) {
        long found = pending[w] & chars[k].required[w];
        pending[w] &= ~found;
        while (found != 0) {
          limits[(w << 6) + Long.numberOfTrailingZeros(found)] = k;
          found &= found - 1;
        }
      }
    }
    return limits;
  }

  /** The rules whose limit lies before the text's end, by limit. */
  private static int[] rulesByLimit(int[] limits, int length) {
    int[] order = new int[limits.length];
    int count = 0;
    for (int r = 0; r < limits.length; r++) {
      if (limits[r] < length) {
        int i = count++;
        while (i > 0 && limits[order[i - 1]] > limits[r]) {
          order[i] = order[i - 1];
          i--;
        }
        order[i] = r;
      }
    }
    return Arrays.copyOf(order, count);
  }

  private static boolean isZero(long[] bits) {
    for (long b : bits) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** The group Okapi appends to every before-break part (inline codes at the break), or null if unknown. */
  private static String codeSuffix(SRXDocument document) {
    String probe = document.generateRuleRegex(new Rule("x", "", true));
    return probe.startsWith("(x") && probe.endsWith(")()") ? probe.substring(2, probe.length() - 3) : null;
  }

  private static SegmentRanges.Options options(SRXDocument d, Pattern rangeRule) {
    return new SegmentRanges.Options(d.includeStartCodes(), d.includeEndCodes(), d.includeIsolatedCodes(),
        d.oneSegmentIncludesAll(), d.trimLeadingWhitespaces(), d.trimTrailingWhitespaces(),
        d.treatIsolatedCodesAsWhitespace(), rangeRule);
  }

  /** Candidate break positions per rule, in text order. */
  private static final class Candidates {
    final int[][] positions;
    final int[] count;

    Candidates(int rules) {
      positions = new int[rules][];
      count = new int[rules];
    }

    void add(int rule, int position) {
      int[] list = positions[rule];
      if (list == null) {
        list = positions[rule] = new int[8];
      } else if (count[rule] == list.length) {
        list = positions[rule] = Arrays.copyOf(list, list.length * 2);
      }
      list[count[rule]++] = position;
    }
  }

  /** For tests: whether each rule runs behind a filter, in the order the engine applies them. */
  List<Boolean> filtered() {
    return rules.stream().map(r -> r.filter() != null).toList();
  }
}
