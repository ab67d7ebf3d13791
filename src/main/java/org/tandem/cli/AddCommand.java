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
import org.tandem.workflow.TranslationPairs;
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
    footer = {"  tandem add ~/texte/osnabrueck.md --lang de", "  tandem add chapters/tr/", "  tandem add a.md b.md --lang de",
        "  tandem add konzept.md --lang de --translation konsept-tr.md", "  tandem add texte/ --lang de --pair-folders"})
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

  @Option(names = "--translation", paramLabel = "FILE", description = "An existing translation of the single"
      + " file added: it is aligned with the new chapter at once (see 'tandem align --help').")
  Path translation;

  @Option(names = "--pair-folders", description = "With --lang: a file of a folder named like that language"
      + " (de/x.md) is added and the file of the same name in the other language's folder (tr/x.md) aligned"
      + " with it as its translation.")
  boolean pairFolders;

  @Override
  public Integer call() throws Exception {
    if (format != null) {
      Formats.byName(format); // an unknown name is a usage error before anything is read
    }
    TranslationPairs pairs = TranslationPairs.of(expand(files), lang == null ? null : Lang.parse(lang), translation,
        pairFolders);
    List<Path> chapters = pairs.chapters();
    if (id != null && chapters.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--id can only be given for a single file");
    }
    Project project = ws.project();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    pairs.skipped().forEach(note -> err.println("tandem: " + note));
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
      int aligned = alignTranslations(project, added, pairs);
      if (failed == 0 && aligned != Main.OK) {
        return aligned;
      }
    }
    return failed > 0 ? Main.USAGE : Main.OK;
  }

  /** Aligns each added chapter with its translation; the worst exit code. */
  private int alignTranslations(Project project, List<Segmentation.Added> added, TranslationPairs pairs) {
    int exit = Main.OK;
    for (Segmentation.Added a : added) {
      Path other = a.error() == null ? pairs.translations().get(a.addition().file()) : null;
      if (other != null) {
        try {
          exit = Math.max(exit, AlignOptions.defaults().run(project, a.chapter(), other, spec));
        } catch (TandemException e) {
          spec.commandLine().getErr().println("tandem: " + e.located());
          exit = Main.USAGE;
        }
      }
    }
    return exit;
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
