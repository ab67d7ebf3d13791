package org.tandem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.check.CheckRule;
import org.tandem.check.Rules;
import org.tandem.check.Waivers;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;
import org.tandem.model.Waiver;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentationCache;
import org.tandem.store.Workspace;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem waive}: a reviewer's decision that a check finding does not apply to one unit. */
@Command(name = "waive", mixinStandardHelpOptions = true,
    header = "Waive a check finding for one unit, with a reason.",
    description = {"tandem waive CHAPTER UNIT RULE [--entry ID] --reason TEXT",
        "tandem waive --remove CHAPTER UNIT RULE [--entry ID]",
        "tandem waive --list [CHAPTER...]",
        "",
        "A waiver is kept with the segment in segments/CHAPTER.json: 'check' then lists the finding as "
            + "waived instead of failing on it, and 'export' shows the reason to translators as a note. "
            + "Without --entry the waiver covers the rule's findings about any glossary entry in the unit."})
final class WaiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Parameters(arity = "0..3", paramLabel = "CHAPTER UNIT RULE",
      description = "The chapter id, the unit (segment key, as check reports it) and the rule id.")
  List<String> args = new ArrayList<>();

  @Option(names = "--entry", paramLabel = "ID", description = "The glossary entry the finding is about.")
  String entry = "";

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why the finding does not apply.")
  String reason;

  @Option(names = "--remove", description = "Remove the waiver instead.")
  boolean remove;

  @Option(names = "--list", description = "List the waivers (of the chapters named, or all).")
  boolean list;

  @Override
  public Integer call() throws Exception {
    Project project = ws.project();
    if (list) {
      return list(project.workspace());
    }
    if (args.size() != 3) {
      throw new ParameterException(spec.commandLine(), "expected CHAPTER UNIT RULE");
    }
    String rule = args.get(2);
    if (Rules.all().stream().map(CheckRule::id).noneMatch(rule::equals)) {
      throw new ParameterException(spec.commandLine(), "unknown rule '" + rule + "' (rules: " + Rules.ids() + ")");
    }
    if (!remove && (reason == null || reason.isBlank())) {
      throw new ParameterException(spec.commandLine(), "a waiver needs --reason TEXT");
    }
    if (!entry.isEmpty() && project.glossary().concept(entry).isEmpty()) {
      throw new TandemException(project.workspace().config().glossary(), 0, "there is no glossary entry '"
          + entry + "'");
    }
    try (AutoCloseable lock = project.workspace().lock()) {
      change(project.workspace(), project.workspace().chapters(List.of(args.get(0))).get(0), args.get(1), rule);
    }
    return Main.OK;
  }

  private void change(Workspace workspace, Chapter chapter, String unit, String rule) {
    ChapterSegments stored = workspace.load(chapter);
    List<Segment> segments = new ArrayList<>(stored.segments());
    int at = indexOf(segments, unit);
    if (at < 0) {
      throw new TandemException(workspace.relative(workspace.segmentsFile(chapter.id())), 0, 0, unit,
          "chapter '" + chapter.id() + "' has no unit " + unit, null);
    }
    Segment before = segments.get(at);
    Segment after = remove ? Waivers.remove(before, rule, entry) : Waivers.add(before, new Waiver(rule, entry, reason));
    PrintWriter out = spec.commandLine().getOut();
    if (remove && after.waivers().size() == before.waivers().size()) {
      out.println(chapter.id() + ":" + unit + ": no such waiver");
      return;
    }
    segments.set(at, after);
    SegmentationCache.saveSameSources(workspace, chapter, stored.withSegments(segments));
    out.println(chapter.id() + ":" + unit + ": " + (remove ? "waiver removed for " + rule
        : Waivers.note(new Waiver(rule, entry, reason))));
  }

  private static int indexOf(List<Segment> segments, String unit) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).key().equals(unit)) {
        return i;
      }
    }
    return -1;
  }

  private int list(Workspace workspace) {
    PrintWriter out = spec.commandLine().getOut();
    int count = 0;
    for (Chapter chapter : workspace.chapters(args)) {
      for (Segment s : workspace.load(chapter).segments()) {
        for (Waiver w : s.waivers()) {
          out.println(chapter.id() + ":" + s.key() + ": " + Waivers.note(w));
          count++;
        }
      }
    }
    out.println(count + " waiver" + (count == 1 ? "" : "s"));
    return Main.OK;
  }
}
