package org.tandem.check;

import org.tandem.model.Severity;

/** What every rule declares: its id, its default severity and what it checks. */
public interface CheckRule {
  /** The rule's name in reports and in {@code settings.severities}, e.g. {@code term-missing}. */
  String id();

  /** The severity of its findings unless the workspace configures another. */
  Severity defaultSeverity();

  /** One sentence saying what the rule finds, for reports (SARIF rule descriptions). */
  String description();
}
