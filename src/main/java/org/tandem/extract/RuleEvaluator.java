package org.tandem.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Okapi's SRX algorithm (okapi-lib-segmentation 1.47.0, {@code SRXSegmenter.computeSegments}) re-run
 * so that it remembers which rule decided each position, since the engine itself only keeps yes or no.
 *
 * <p>As in the engine: the rules of every language rule mapped to the language (all of them when the
 * file cascades, else those of the first map) are compiled with {@code generateRuleRegex} and
 * {@link Pattern#UNICODE_CHARACTER_CLASS}; each rule is searched with {@code find} from its own
 * previous hit, and the first rule to reach a position decides it; ICU4J's breaks come after every
 * rule; the range rule removes the decisions inside its matches and breaks at their ends.
 * Tests compare the result with the engine's segments on every gold set.
 */
final class RuleEvaluator {
  private record Compiled(SrxRule rule, Pattern pattern) {}

  private final List<Compiled> rules;
  private final Pattern rangeRule;
  private final BreakIterator icu;

  private RuleEvaluator(List<Compiled> rules, Pattern rangeRule, BreakIterator icu) {
    this.rules = rules;
    this.rangeRule = rangeRule;
    this.icu = icu;
  }

  /** The rules of {@code document} for a language (a BCP 47 code) in the order the engine applies them. */
  static RuleEvaluator compile(SRXDocument document, String language, AbbreviationRules abbreviations,
      Map<String, List<Integer>> ruleLines) {
    LocaleId locale = LocaleId.fromString(language);
    Map<Rule, SrxRule> described = describe(document, abbreviations, ruleLines);
    List<Compiled> rules = new ArrayList<>();
    for (LanguageMap map : document.getAllLanguagesMaps()) {
      if (!Pattern.matches(map.getPattern(), locale.toString())) {
        continue;
      }
      for (Rule rule : document.getLanguageRules(map.getRuleName())) { // the engine has checked that it exists
        if (rule.isActive()) {
          String regex = document.generateRuleRegex(rule).replace("\\Y", SRXDocument.INLINECODE_PATTERN);
          rules.add(new Compiled(described.get(rule), Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)));
        }
      }
      if (!document.cascade()) {
        break;
      }
    }
    String mask = document.getMaskRule();
    Pattern rangeRule = mask == null || mask.isEmpty() ? null : Pattern.compile(mask, Pattern.UNICODE_CHARACTER_CLASS);
    BreakIterator icu = document.useIcu4JBreakRules()
        ? RuleBasedBreakIterator.getSentenceInstance(ULocale.createCanonical(locale.toBCP47())) : null;
    return new RuleEvaluator(List.copyOf(rules), rangeRule, icu);
  }

  /** Every position some rule decided, in text order; {@code text} is what the rules see (no inline codes). */
  synchronized List<BreakDecision> decide(String text) {
    TreeMap<Integer, BreakDecision> decided = new TreeMap<>();
    for (Compiled rule : rules) {
      for (int position : hits(rule.pattern(), text)) {
        decide(decided, position, rule.rule());
      }
    }
    if (icu != null) {
      SrxRule icuRule = new SrxRule(SrxRule.Kind.ICU4J, "", 0, 0, true, "", "", "", null);
      icuBreaks(text).forEach(position -> decide(decided, position, icuRule));
    }
    if (rangeRule != null) {
      applyRangeRule(text, decided);
    }
    return List.copyOf(decided.values());
  }

  private static void decide(TreeMap<Integer, BreakDecision> decided, int position, SrxRule rule) {
    BreakDecision earlier = decided.get(position);
    if (earlier == null) {
      decided.put(position, new BreakDecision(position, rule.isBreak(), rule, null));
    } else if (!earlier.isBreak() && earlier.overrides() == null && rule.isBreak()) {
      decided.put(position, earlier.overriding(rule));
    }
  }

  /** The positions one rule reaches, searched exactly as the engine does. */
  private static List<Integer> hits(Pattern pattern, String text) {
    List<Integer> positions = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    int start = 0;
    int previousStart = -1;
    // The engine restarts each search at the previous break of the same rule and stops when it does not move.
    while (start != previousStart && m.find(start)) {
      int position = m.start() + m.group(1).length();
      previousStart = start;
      start = position;
      positions.add(position);
    }
    return positions;
  }

  /** ICU4J's sentence ends, moved back over trailing white space, as the engine adds them. */
  private List<Integer> icuBreaks(String text) {
    List<Integer> positions = new ArrayList<>();
    icu.setText(text);
    for (int position = icu.next(); position != BreakIterator.DONE; position = icu.next()) {
      if (position == text.length()) {
        continue;
      }
      while (position - 1 > 0 && Character.isWhitespace(text.codePointAt(position - 1))) {
        position--;
      }
      if (position < text.length() && !positions.contains(position)) {
        positions.add(position);
      }
    }
    return positions;
  }

  private void applyRangeRule(String text, TreeMap<Integer, BreakDecision> decided) {
    SrxRule rule = new SrxRule(SrxRule.Kind.RANGE_RULE, "", 0, 0, true, rangeRule.pattern(), "", "", null);
    Matcher m = rangeRule.matcher(text);
    while (m.find()) {
      decided.subMap(m.start(), m.end()).clear();
      if (m.start() > 0) {
        decided.put(m.start(), new BreakDecision(m.start(), true, rule, null));
      }
      decided.put(m.end(), new BreakDecision(m.end(), true, rule, null));
    }
  }

  /** Names every rule of the file by language rule and index, and every added rule by its abbreviation. */
  private static Map<Rule, SrxRule> describe(SRXDocument document, AbbreviationRules abbreviations,
      Map<String, List<Integer>> ruleLines) {
    Map<Rule, SrxRule> described = new IdentityHashMap<>();
    document.getAllLanguageRules().forEach((set, list) -> {
      List<Integer> lines = ruleLines.getOrDefault(set, List.of());
      for (int i = 0; i < list.size(); i++) {
        int line = lines.size() == list.size() ? lines.get(i) : 0;
        Rule r = list.get(i);
        String abbreviation = abbreviations.abbreviation(r);
        if (abbreviation != null) {
          described.put(r, new SrxRule(SrxRule.Kind.WORKSPACE_ABBREVIATION, set, i + 1, 0, false, r.getBefore(),
              r.getAfter(), r.getComment(), abbreviation));
        } else if (!AbbreviationRules.isAdded(set)) {
          described.put(r, new SrxRule(SrxRule.Kind.SRX, set, i + 1, line, r.isBreak(), r.getBefore(), r.getAfter(),
              r.getComment(), null));
        }
      }
    });
    return described;
  }
}
