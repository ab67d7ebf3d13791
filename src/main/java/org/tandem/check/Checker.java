package org.tandem.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.TandemException;
import org.tandem.model.Waiver;
import org.tandem.terms.Glossary;

/**
 * Runs the rules over chapters' segments and collects the findings in a stable order: by chapter
 * id, then segment order, then rule id. Severities configured for a rule replace its default
 * severity (findings a rule gives a lower severity on purpose, such as term-inconsistent's infos,
 * keep it); findings covered by a waiver of their segment are set apart.
 */
public final class Checker {
  private final List<Rule> rules;
  private final List<ProjectRule> projectRules;
  private final Map<String, Severity> severities;

  /** A checker with every standard rule at its default severity. */
  public Checker() {
    this(Rules.segmentRules(), Rules.projectRules(), Map.of());
  }

  /** A checker with the given segment rules only. */
  public Checker(List<Rule> rules) {
    this(rules, List.of(), Map.of());
  }

  /** A checker with the given rules and severities (rule id → severity). */
  public Checker(List<Rule> rules, List<ProjectRule> projectRules, Map<String, Severity> severities) {
    this.rules = List.copyOf(rules);
    this.projectRules = List.copyOf(projectRules);
    this.severities = Map.copyOf(severities);
  }

  /**
   * The standard rules with a workspace's severities; a severity for a rule tandem does not have
   * is an error naming {@code configFile}, so that a typo does not silently change nothing.
   */
  public static Checker configured(Map<String, Severity> severities, String configFile) {
    Set<String> known = Rules.all().stream().map(CheckRule::id).collect(Collectors.toSet());
    for (String id : new TreeMap<>(severities).keySet()) {
      if (!known.contains(id)) {
        throw new TandemException(configFile, 0, "settings.severities names the rule '" + id
            + "', which tandem does not have (rules: " + Rules.ids() + ")");
      }
    }
    return new Checker(Rules.segmentRules(), Rules.projectRules(), severities);
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
    List<ProjectRule.Collector> collectors = projectRules.stream().map(ProjectRule::start).toList();
    Map<String, List<List<Finding>>> perSegment = new LinkedHashMap<>();
    int segments = 0;
    for (ChapterSegments chapter : sorted) {
      CheckContext ctx = new CheckContext(chapter.chapter(), glossary, matchers);
      List<List<Finding>> lists = new ArrayList<>(chapter.segments().size());
      for (Segment segment : chapter.segments()) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
          found.addAll(rule.check(ctx, segment));
        }
        collectors.forEach(c -> c.see(ctx, segment));
        lists.add(found);
      }
      perSegment.put(chapter.chapter().id(), lists);
      segments += chapter.segments().size();
    }
    addProjectFindings(sorted, perSegment, collectors);
    return assemble(sorted, perSegment, segments);
  }

  private static void addProjectFindings(List<ChapterSegments> sorted,
      Map<String, List<List<Finding>>> perSegment, List<ProjectRule.Collector> collectors) {
    Map<String, Map<String, Integer>> index = new HashMap<>();
    for (ChapterSegments chapter : sorted) {
      Map<String, Integer> units = new HashMap<>();
      for (int i = 0; i < chapter.segments().size(); i++) {
        units.putIfAbsent(chapter.segments().get(i).key(), i);
      }
      index.put(chapter.chapter().id(), units);
    }
    for (ProjectRule.Collector collector : collectors) {
      for (Finding f : collector.finish()) {
        perSegment.get(f.chapter()).get(index.get(f.chapter()).get(f.unit())).add(f);
      }
    }
  }

  private CheckResult assemble(List<ChapterSegments> sorted, Map<String, List<List<Finding>>> perSegment,
      int segments) {
    List<Finding> findings = new ArrayList<>();
    List<CheckResult.Waived> waived = new ArrayList<>();
    for (ChapterSegments chapter : sorted) {
      List<List<Finding>> lists = perSegment.get(chapter.chapter().id());
      for (int i = 0; i < lists.size(); i++) {
        List<Finding> found = lists.get(i);
        found.sort(Comparator.comparing(Finding::rule));
        List<Waiver> waivers = chapter.segments().get(i).waivers();
        for (Finding f : found) {
          Finding configured = configure(f);
          Waiver waiver = waivers.stream().filter(w -> w.covers(f.rule(), f.entry())).findFirst().orElse(null);
          if (waiver == null) {
            findings.add(configured);
          } else {
            waived.add(new CheckResult.Waived(configured, waiver));
          }
        }
      }
    }
    return new CheckResult(findings, segments, sorted.size(), waived, 0, sorted);
  }

  /** The finding with the workspace's severity for its rule, unless the rule chose a lower one. */
  private Finding configure(Finding f) {
    Severity wanted = severities.get(f.rule());
    if (wanted == null || f.severity() != defaultOf(f.rule())) {
      return f;
    }
    return f.withSeverity(wanted);
  }

  private Severity defaultOf(String rule) {
    for (CheckRule r : rules) {
      if (r.id().equals(rule)) {
        return r.defaultSeverity();
      }
    }
    for (CheckRule r : projectRules) {
      if (r.id().equals(rule)) {
        return r.defaultSeverity();
      }
    }
    return null;
  }
}
