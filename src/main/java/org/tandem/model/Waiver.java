package org.tandem.model;

import java.util.Objects;

/**
 * A reviewer's decision that a check finding does not apply to one segment.
 *
 * @param rule the rule id, e.g. {@code term-missing}
 * @param entry the glossary concept id the finding is about, or empty for any
 * @param reason why, in the reviewer's words (shown to translators in exported XLIFF)
 */
public record Waiver(String rule, String entry, String reason) {
  public Waiver {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("a waiver names the rule it waives");
    }
    entry = Objects.requireNonNullElse(entry, "");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }

  /** True when this waiver covers a finding of {@code findingRule} about {@code findingEntry}. */
  public boolean covers(String findingRule, String findingEntry) {
    return rule.equals(findingRule) && (entry.isEmpty() || entry.equals(findingEntry));
  }
}
