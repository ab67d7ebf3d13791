package org.tandem.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.TandemException;
import org.tandem.terms.Glossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary remove}: deletes entries by id. */
@Command(name = "remove", mixinStandardHelpOptions = true, header = "Remove entries from the glossary.",
    description = "Removes the entries with the given ids; an unknown id is an error and nothing is removed.")
final class GlossaryRemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Entry ids.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    try (AutoCloseable lock = glossary.lock()) {
      Glossary g = glossary.read(false);
      for (String id : ids) {
        if (g.concept(id).isEmpty()) {
          throw new TandemException(glossary.name(), 0, "there is no entry '" + id + "'; nothing was removed");
        }
      }
      for (String id : ids) {
        g = g.without(id);
      }
      glossary.write(g);
      spec.commandLine().getOut().println("Removed " + String.join(", ", ids) + "; " + g.size() + " entries left");
    }
    return Main.OK;
  }
}
