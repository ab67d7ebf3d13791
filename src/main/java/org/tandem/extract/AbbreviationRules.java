package org.tandem.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tandem.model.Lang;

/**
 * A workspace's extra abbreviations (settings.abbreviations in tandem.json) as SRX no-break rules.
 *
 * <p>Each abbreviation becomes one rule in a language rule of its own that is mapped to its language
 * ahead of every rule of the file, so it wins over every break rule at its position. Only a blank line
 * or a bulleted line after the abbreviation still ends the segment: those are layout, not punctuation.
 */
final class AbbreviationRules {
  /** The after-break pattern of every abbreviation rule: white space that is not a paragraph or list break. */
  static final String AFTER = "(?![ \\t\\u00A0]*\\R(?:[ \\t\\u00A0]*\\R|\\s*[•◦▪‣●○■□]))\\s";

  private static final String SET_PREFIX = "tandem.json abbreviations ";

  private final Map<Rule, String> abbreviationOf = new IdentityHashMap<>();
  private final Map<Lang, List<String>> byLang = new LinkedHashMap<>();

  private AbbreviationRules() {}

  /** No abbreviations. */
  static AbbreviationRules none() {
    return new AbbreviationRules();
  }

  /**
   * Adds the abbreviations to {@code document}; an abbreviation must end with a period.
   *
   * @throws IllegalArgumentException naming the entry of tandem.json that is not an abbreviation
   */
  static AbbreviationRules addTo(SRXDocument document, Map<Lang, List<String>> abbreviations) {
    AbbreviationRules result = new AbbreviationRules();
    for (Lang lang : Lang.values()) {
      List<String> list = abbreviations.getOrDefault(lang, List.of());
      if (!list.isEmpty()) {
        result.add(document, lang, list);
      }
    }
    return result;
  }

  /** The abbreviation a rule stands for, or null for a rule of the SRX file. */
  String abbreviation(Rule rule) {
    return abbreviationOf.get(rule);
  }

  /** True for a language rule this class added. */
  static boolean isAdded(String languageRuleName) {
    return languageRuleName.startsWith(SET_PREFIX);
  }

  /** The abbreviations added, per language. */
  Map<Lang, List<String>> byLang() {
    return Map.copyOf(byLang);
  }

  private void add(SRXDocument document, Lang lang, List<String> list) {
    ArrayList<Rule> rules = new ArrayList<>();
    for (String abbreviation : list) {
      Rule rule = new Rule(before(lang, abbreviation), AFTER, false);
      rule.setComment("workspace abbreviation " + abbreviation + " (settings.abbreviations." + lang.code()
          + " in tandem.json)");
      abbreviationOf.put(rule, abbreviation);
      rules.add(rule);
    }
    String languagePattern = "(?i)" + lang.code() + "(?:[-_].*)?";
    String name = SET_PREFIX + lang.code();
    if (!document.cascade()) {
      // Without cascading Okapi uses only the first language rule that matches: ours must carry the file's too.
      String own = firstMatching(document, lang.code());
      if (own != null) {
        rules.addAll(document.getLanguageRules(own));
        name += " + " + own;
      }
    }
    document.addLanguageRule(name, rules);
    document.getAllLanguagesMaps().add(0, new LanguageMap(languagePattern, name));
    byLang.put(lang, List.copyOf(list));
  }

  private static String firstMatching(SRXDocument document, String language) {
    for (LanguageMap map : document.getAllLanguagesMaps()) {
      if (Pattern.matches(map.getPattern(), language)) {
        return map.getRuleName();
      }
    }
    return null;
  }

  /** The before-break pattern: the abbreviation, regex-escaped, not glued to a preceding letter or digit. */
  static String before(Lang lang, String abbreviation) {
    if (!abbreviation.endsWith(".") || abbreviation.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("settings.abbreviations." + lang.code() + ": \"" + abbreviation
          + "\" is not an abbreviation ending with a period, such as \"Bez.\"");
    }
    StringBuilder regex = new StringBuilder();
    if (Character.isLetterOrDigit(abbreviation.codePointAt(0))) {
      regex.append("(?<![\\p{L}\\p{N}])");
    }
    abbreviation.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c)) {
        regex.appendCodePoint(c);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        regex.append("[ \\u00A0\\u202F]"); // "z. B." is also written with a no-break space
      } else {
        regex.append('\\').appendCodePoint(c); // a backslash before a non-letter always means the character itself
      }
    });
    return regex.toString();
  }
}
