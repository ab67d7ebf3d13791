package org.tandem.cli;

import java.io.PrintWriter;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.workflow.Project;

/** Placeholder replaced below. */
final class CheckCommand {
  static void summary(Project project, List<Chapter> chapters, PrintWriter out) {}
}
