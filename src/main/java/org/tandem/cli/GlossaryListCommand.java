package org.tandem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;
import org.tandem.terms.GlossaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary list}: the entries, readable, or as CSV or TBX on standard output. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List the glossary's entries.",
    description = "One line per entry: id, German and Turkish terms (preferred first, forbidden with !), "
        + "and their flags; the note below. --format csv, tbx2008 or tbx3 prints the glossary in that "
        + "format instead.")
final class GlossaryListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, tbx2008 or tbx3.")
  String format = "text";

  @Override
  public Integer call() {
    Glossary g = glossary.read(false);
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("text")) {
      try {
        out.print(GlossaryFiles.format(g, GlossaryFormat.parse(format)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage() + " or text");
      }
    } else {
      g.concepts().forEach(c -> out.println(line(c)));
      out.println(g.size() + " entr" + (g.size() == 1 ? "y" : "ies") + " in " + glossary.name());
    }
    out.flush();
    return Main.OK;
  }

  /** An entry on one line, its note on the next. */
  static String line(Concept c) {
    StringBuilder sb = new StringBuilder(c.id());
    for (Lang lang : Lang.values()) {
      sb.append("  ").append(lang.code()).append(": ").append(terms(c.terms(lang)));
    }
    if (!c.note().isEmpty()) {
      sb.append("\n    ").append(c.note().replace("\n", "\n    "));
    }
    return sb.toString();
  }

  private static String terms(List<Term> terms) {
    if (terms.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    for (Term t : terms) {
      List<String> flags = new ArrayList<>();
      if (!t.pos().id().isEmpty()) {
        flags.add(t.pos().id());
      }
      if (t.doNotTranslate()) {
        flags.add("do not translate");
      }
      if (t.caseSensitive()) {
        flags.add("case-sensitive");
      }
      if (t.matching() != TermMatching.AUTO) {
        flags.add(t.matching().id());
      }
      parts.add((t.isAllowed() ? "" : "!") + t.text() + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")"));
    }
    return String.join(" | ", parts);
  }
}
