package org.tandem.extract;

/**
 * One rule that can decide a break, as the rules file or the workspace states it.
 *
 * @param kind where the rule comes from
 * @param set the SRX language rule ({@code languagerulename}) it belongs to; empty for the range rule and ICU4J
 * @param index its position in that language rule, from 1, counting every {@code <rule>} of the file
 * @param line the line of its {@code <rule>} element in the rules file, or 0 when unknown or not from the file
 * @param isBreak true for {@code break="yes"}
 * @param before the {@code <beforebreak>} pattern
 * @param after the {@code <afterbreak>} pattern
 * @param comment the XML comment written before the rule in the file, whitespace collapsed; may be empty
 * @param abbreviation the workspace abbreviation the rule stands for, or null
 */
public record SrxRule(Kind kind, String set, int index, int line, boolean isBreak, String before, String after,
    String comment, String abbreviation) {

  /** Where a rule comes from. */
  public enum Kind {
    /** A {@code <rule>} of the SRX file. */
    SRX,
    /** An entry of settings.abbreviations in tandem.json, added as a no-break rule. */
    WORKSPACE_ABBREVIATION,
    /** Okapi's range rule extension ({@code okpsrx:rangeRule}): a break at both ends of each match. */
    RANGE_RULE,
    /** ICU4J's sentence break iterator ({@code useIcu4jBreakRules="yes"}), consulted after every rule. */
    ICU4J
  }

  public SrxRule {
    set = set == null ? "" : set;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    comment = comment == null ? "" : comment.replaceAll("(?U)\\s+", " ").strip();
  }

  /** A short name people can find the rule by: {@code German #6}, {@code workspace abbreviation "Bez."}. */
  public String label() {
    return switch (kind) {
      case SRX -> set + " #" + index;
      case WORKSPACE_ABBREVIATION -> "workspace abbreviation \"" + abbreviation + "\"";
      case RANGE_RULE -> "range rule (okpsrx:rangeRule)";
      case ICU4J -> "ICU4J sentence breaks (useIcu4jBreakRules)";
    };
  }
}
