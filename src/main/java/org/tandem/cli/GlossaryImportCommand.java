package org.tandem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.TandemException;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary import}: merges a CSV or TBX file into the glossary. */
@Command(name = "import", mixinStandardHelpOptions = true, header = "Merge a glossary file into the glossary.",
    description = "Reads a CSV, TBX 2008 or TBX v3 file (concept ids are kept) and adds its entries. "
        + "An entry whose id exists with other content is refused (nothing is changed) unless "
        + "--overwrite; --replace-all makes the file the whole glossary. The glossary keeps its own format. "
        + "Entries without a German or Turkish term are left out; exit 1 when no entry is left.")
final class GlossaryImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Parameters(index = "0", paramLabel = "FILE", description = "The glossary file to import.")
  Path file;

  @Option(names = "--overwrite", description = "Replace entries whose id exists with the imported ones.")
  boolean overwrite;

  @Option(names = "--replace-all", description = "Replace the whole glossary with the file's entries.")
  boolean replaceAll;

  @Override
  public Integer call() throws Exception {
    Glossary incoming = GlossaryFiles.read(file, file.toString());
    if (incoming.size() == 0) {
      List<String> languages = GlossaryFiles.languages(file, file.toString());
      spec.commandLine().getErr().println("tandem: " + file + ": " + (languages.isEmpty() ? "the file holds no terms"
          : "no entry has a German (de) or Turkish (tr) term; the file holds terms in " + String.join(", ", languages))
          + "; nothing was imported");
      return Main.FAILED;
    }
    try (AutoCloseable lock = glossary.lock()) {
      Glossary current = replaceAll ? Glossary.EMPTY : glossary.read(true);
      Glossary.Merge merge = current.merge(incoming);
      if (!merge.changed().isEmpty() && !overwrite) {
        throw new TandemException(file.toString(), 0, merge.changed().size() + " entr"
            + (merge.changed().size() == 1 ? "y differs" : "ies differ") + " from the glossary's: "
            + String.join(", ", merge.changed().subList(0, Math.min(10, merge.changed().size())))
            + (merge.changed().size() > 10 ? ", ..." : "") + "; nothing was imported (use --overwrite to replace them)");
      }
      glossary.write(merge.glossary());
      spec.commandLine().getOut().println(glossary.name() + ": " + merge.added().size() + " added, "
          + merge.changed().size() + " replaced, " + merge.unchanged() + " unchanged; "
          + merge.glossary().size() + " entries");
    }
    return Main.OK;
  }
}
