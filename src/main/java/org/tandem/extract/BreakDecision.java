package org.tandem.extract;

/**
 * What the rules decided at one position of a text: the first rule that matched there, in the order
 * Okapi's SRX engine applies them.
 *
 * @param offset the position in the text as the rules see it (inline codes removed); a break lies before it
 * @param isBreak true when the text is cut here
 * @param rule the rule that decided
 * @param overrides for a decision not to break: the first later break rule that also matched here, so a
 *     break it prevented; null when no break rule matched (then the decision changed nothing)
 */
public record BreakDecision(int offset, boolean isBreak, SrxRule rule, SrxRule overrides) {
  /** True for a decision not to break that stopped a break rule. */
  public boolean preventedBreak() {
    return !isBreak && overrides != null;
  }

  BreakDecision overriding(SrxRule breakRule) {
    return new BreakDecision(offset, isBreak, rule, breakRule);
  }
}
