package org.tandem.model;

import java.util.List;
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
 * @param sourceSpans the words of the segment's source the finding is about (plain-text offsets)
 * @param targetSpans the words of the segment's target the finding is about (plain-text offsets)
 */
public record Finding(String chapter, String unit, String rule, Severity severity, String term,
    String entry, String message, List<Span> sourceSpans, List<Span> targetSpans) {
  public Finding {
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    term = Objects.requireNonNullElse(term, "");
    entry = Objects.requireNonNullElse(entry, "");
    Objects.requireNonNull(message, "message");
    sourceSpans = sourceSpans == null ? List.of() : List.copyOf(sourceSpans);
    targetSpans = targetSpans == null ? List.of() : List.copyOf(targetSpans);
  }

  /** A finding that points at no particular words. */
  public Finding(String chapter, String unit, String rule, Severity severity, String term, String entry,
      String message) {
    this(chapter, unit, rule, severity, term, entry, message, List.of(), List.of());
  }

  /** This finding with another severity (as the workspace configures the rule). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(chapter, unit, rule, newSeverity, term, entry, message, sourceSpans, targetSpans);
  }

  /** This finding without its spans: what identifies it across runs (baselines, tests). */
  public Finding withoutSpans() {
    return new Finding(chapter, unit, rule, severity, term, entry, message);
  }
}
