package org.tandem.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.build.StatusHtml;
import org.tandem.model.Finding;

/** The progress page (build/status.html, {@code status --html}): states, findings, and the git history. */
public final class StatusReport {
  private StatusReport() {}

  /** The page for the chapters of {@code progress}, with {@code findings} counted per chapter and rule. */
  public static String page(Project project, List<Progress> progress, List<Finding> findings) {
    Map<String, Map<String, Integer>> byChapter = new HashMap<>();
    for (Finding f : findings) {
      byChapter.computeIfAbsent(f.chapter(), k -> new TreeMap<>()).merge(f.rule(), 1, Integer::sum);
    }
    List<StatusHtml.Chapter> chapters = progress.stream().map(p -> new StatusHtml.Chapter(p.chapter().id(),
        p.chapter().sourceLang(), p.words(), byChapter.getOrDefault(p.chapter().id(), Map.of()))).toList();
    String name = project.workspace().config().name();
    return StatusHtml.page(name.isBlank() ? "tandem" : name, chapters,
        SegmentHistory.burnUp(project.workspace().root()));
  }
}
