package org.tandem.model;

import java.util.Objects;

/**
 * One result of a check.
 *
 * @param chapter the chapter id
 * @param unit the segment key
 * @param rule the rule's name, e.g. {@code term-missing}
 * @param severity error, warning or info
 * @param term the glossary term as written in the glossary, or empty
 * @param entry the glossary concept id, or empty
 * @param message what is wrong, in words a translator understands
 */
public record Finding(
    String chapter, String unit, String rule, Severity severity, String term, String entry, String message) {
  public Finding {
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    term = Objects.requireNonNullElse(term, "");
    entry = Objects.requireNonNullElse(entry, "");
    Objects.requireNonNull(message, "message");
  }
}
