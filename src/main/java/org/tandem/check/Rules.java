package org.tandem.check;

import java.util.List;
import java.util.stream.Collectors;

/** The rules tandem knows, for the standard checker, severity settings and report metadata. */
public final class Rules {
  private Rules() {}

  /** The per-segment rules, in id order. */
  public static List<Rule> segmentRules() {
    return List.of(new CasingRule(), new DateRule(), new DntChangedRule(), new DoubledWordRule(),
        new EncodingRule(), new EndPunctuationRule(), new LengthRule(), new LinkRule(), new NumberRule(),
        new PlaceholderRule(), new QuoteBracketRule(), new CopiedTargetRule(), new DeprecatedSourceRule(),
        new ForbiddenTermRule(), new TermMissingRule(), new UntranslatedRule(), new WhitespaceRule());
  }

  /** The terminology rules among the segment rules (the glossary's), in id order. */
  public static List<Rule> terminologyRules() {
    return List.of(new DntChangedRule(), new DeprecatedSourceRule(), new ForbiddenTermRule(),
        new TermMissingRule(), new UntranslatedRule());
  }

  /** The project-wide rules. */
  public static List<ProjectRule> projectRules() {
    return List.of(new InconsistentTermRule());
  }

  /** Every rule, sorted by id. */
  public static List<CheckRule> all() {
    List<CheckRule> all = new java.util.ArrayList<>(segmentRules());
    all.addAll(projectRules());
    all.sort(java.util.Comparator.comparing(CheckRule::id));
    return List.copyOf(all);
  }

  /** The rule ids as a readable list, for messages. */
  public static String ids() {
    return all().stream().map(CheckRule::id).collect(Collectors.joining(", "));
  }
}
