package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Segment;

/** Runs every rule over chapters' segments, reusing one context (and its term matchers). */
public final class Checker {
  private static final List<Rule> RULES = List.of(new TermMissingRule(), new ForbiddenTermRule(), new UntranslatedRule());

  private final CheckContext ctx;

  /** A checker with the glossary's matchers built once. */
  public Checker(CheckContext ctx) {
    this.ctx = ctx;
  }

  /** The findings of one chapter, in segment order. */
  public List<Finding> check(Chapter chapter, List<Segment> segments) {
    ctx.setChapter(chapter);
    List<Finding> findings = new ArrayList<>();
    for (Segment segment : segments) {
      for (Rule rule : RULES) {
        findings.addAll(rule.check(ctx, segment));
      }
    }
    return findings;
  }
}
