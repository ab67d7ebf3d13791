package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.workflow.Project;
import org.tandem.workflow.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem add}: registers chapters and segments them. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    header = "Register chapters (Markdown and other documents) and segment them.",
    description = "Register chapters and segment them. The file's extension says its format (.md, and"
        + " the others listed by --format); --format overrides it, and the format is recorded in"
        + " tandem.json. FILE may be a folder: its files of every format tandem reads are added in name"
        + " order. A file outside the workspace is copied to chapters/LANG/ first. Without --lang, the"
        + " language is taken from the nearest folder named de or tr. A file that cannot be added is"
        + " reported and the others are still added (exit 2 then).",
    footerHeading = "%nExamples:%n",
    footer = {"  tandem add ~/texte/osnabrueck.md --lang de", "  tandem add chapters/tr/", "  tandem add a.md b.md --lang de"})
final class AddCommand implements Callable<Integer> {
  /** The names of the formats, for the help text. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formats.all().stream().map(f -> f.name()).iterator();
    }
  }

  @Spec CommandSpec spec;
  @Mixin WorkspaceOptions ws;

  @Mixin ProgressOptions progress;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or folders of them.")
  List<Path> files;

  @Option(names = "--format", paramLabel = "NAME", description = "Read the files in this format whatever"
      + " their extension: ${COMPLETION-CANDIDATES}.", completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--lang", paramLabel = "de|tr", description = "The language they are written in"
      + " (default: from a parent folder named de or tr).")
  String lang;

  @Option(names = "--id", paramLabel = "ID", description = "Short chapter id, for a single file"
      + " (default: from the file name).")
  String id;

  @Override
  public Integer call() throws Exception {
    if (format != null) {
      Formats.byName(format); // an unknown name is a usage error before anything is read
    }
    List<Path> chapters = expand(files);
    if (id != null && chapters.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--id can only be given for a single file");
    }
    Project project = ws.project();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    List<Segmentation.Addition> additions = new ArrayList<>();
    for (Path file : chapters) {
      try {
        additions.add(new Segmentation.Addition(file, language(file), id, format));
      } catch (TandemException e) {
        err.println("tandem: " + e.located());
        failed++;
      }
    }
    try (AutoCloseable lock = project.workspace().lock()) {
      List<Segmentation.Added> added;
      try (ProgressBar bar = progress.bar(spec, "Adding", additions.size())) {
        added = Segmentation.add(project, additions, bar);
      }
      for (Segmentation.Added a : added) {
        if (a.error() != null) {
          err.println("tandem: " + a.error().located());
          failed++;
        } else if (!progress.quiet) {
          Chapter chapter = a.chapter();
          out.printf("Added chapter %s (%s, %s -> %s): %d segments%n", chapter.id(), chapter.file(),
              chapter.sourceLang(), chapter.targetLang(), a.segments());
        }
      }
      if (progress.quiet) {
        long ok = added.stream().filter(a -> a.error() == null).count();
        out.printf("Added %d chapter%s.%n", ok, ok == 1 ? "" : "s");
      }
    }
    return failed > 0 ? Main.USAGE : Main.OK;
  }

  private Lang language(Path file) {
    if (lang != null) {
      return Lang.parse(lang);
    }
    for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
      if (name.equals("de") || name.equals("tr")) {
        return Lang.parse(name);
      }
    }
    throw new TandemException(file.toString(), 0, "cannot tell the language: give --lang de or --lang tr");
  }

  /** Files as given, folders replaced by their files of the formats tandem reads, in name order. */
  static List<Path> expand(List<Path> given) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && Formats.forFile(p.getFileName().toString()).isPresent())
              .sorted().forEach(result::add);
        }
      } else {
        result.add(path);
      }
    }
    return result;
  }
}
