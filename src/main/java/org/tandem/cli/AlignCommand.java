package org.tandem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.Chapter;
import org.tandem.workflow.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem align}: attaches an existing translation to a chapter's segments. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    header = "Attach an existing translation of a chapter to its segments.",
    description = {
      "Bring in what was translated outside tandem. FILE is the chapter's translation, in the chapter's"
          + " format; tandem segments it with the other language's rules and pairs its sentences with the"
          + " chapter's segments: one with one, one with two, two with one (the two segments become one"
          + " unit), and sentences the translator left out or added stay without partner. Besides the"
          + " lengths, it compares what survives translation: numbers, dates, URLs, names, glossary terms,"
          + " headings and list items.",
      "Pairs with a confidence of at least --threshold become translations: state translated, shown as"
          + " 'translated (aligned)' in status, never reviewed. The others are offered as suggestions in"
          + " exported XLIFF. Check the result with --report before you rely on it.",
      "Exit 0 when aligned, 1 when too little could be aligned confidently (is it really this chapter's"
          + " translation?), 2 for a file tandem refuses (other language or format, empty) or a chapter"
          + " that already has translations (use --overwrite). Then nothing is changed."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tandem align altena-ehrenamt ~/alt/altena-tr.md --dry-run --report altena.html",
        "  tandem align altena-ehrenamt ~/alt/altena-tr.md",
        "  tandem align altena-ehrenamt ~/alt/altena-tr.md --format json > alignment.json"})
final class AlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;
  @Mixin AlignOptions align;

  @Parameters(index = "0", paramLabel = "CHAPTER", description = "The chapter's id (see 'tandem status').")
  String chapter;

  @Parameters(index = "1", paramLabel = "FILE", description = "Its existing translation.")
  Path file;

  @Override
  public Integer call() throws Exception {
    align.validate(spec);
    Project project = ws.project();
    Chapter target = project.workspace().chapters(List.of(chapter)).get(0);
    try (AutoCloseable lock = project.workspace().lock()) {
      return align.run(project, target, file, spec);
    }
  }
}
