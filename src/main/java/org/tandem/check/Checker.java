package org.tandem.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.terms.Glossary;

/** Runs the rules over chapters' segments and collects the findings in a stable order. */
public final class Checker {
  private final List<Rule> rules;

  /** A checker with the standard rules: term-missing, term-forbidden, untranslated. */
  public Checker() {
    this(List.of(new TermMissingRule(), new ForbiddenTermRule(), new UntranslatedRule()));
  }

  /** A checker with the given rules. */
  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Checks one chapter. */
  public CheckResult run(Chapter chapter, List<Segment> segments, Glossary glossary) {
    return run(List.of(new ChapterSegments(chapter, segments)), glossary);
  }

  /** Checks many chapters, building the glossary's term matchers once. */
  public CheckResult run(List<ChapterSegments> chapters, Glossary glossary) {
    return run(chapters, glossary, CheckContext.TermMatchers.of(glossary));
  }

  /** Checks many chapters with matchers the caller keeps (e.g. across repeated runs). */
  public CheckResult run(
      List<ChapterSegments> chapters, Glossary glossary, CheckContext.TermMatchers matchers) {
    List<ChapterSegments> sorted = new ArrayList<>(chapters);
    sorted.sort(Comparator.comparing(c -> c.chapter().id()));
    List<Finding> findings = new ArrayList<>();
    int segments = 0;
    for (ChapterSegments chapter : sorted) {
      CheckContext ctx = new CheckContext(chapter.chapter(), glossary, matchers);
      for (Segment segment : chapter.segments()) {
        findings.addAll(check(ctx, segment));
      }
      segments += chapter.segments().size();
    }
    return new CheckResult(findings, segments, sorted.size());
  }

  /** One segment's findings ordered by rule id; within a rule, in the rule's (text) order. */
  private List<Finding> check(CheckContext ctx, Segment segment) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(ctx, segment));
    }
    findings.sort(Comparator.comparing(Finding::rule));
    return findings;
  }
}
