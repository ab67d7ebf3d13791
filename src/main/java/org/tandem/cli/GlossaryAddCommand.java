package org.tandem.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.model.Concept;
import org.tandem.model.TandemException;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary add}: a new entry (or, with --replace, a changed one). */
@Command(name = "add", mixinStandardHelpOptions = true, header = "Add an entry to the glossary.",
    description = "Terms are written as in the CSV: several separated by |, the first preferred, "
        + "a forbidden one with a leading ! (--tr 'belediye|!komün'). The entry is checked like a "
        + "row of the CSV (no empty or duplicate term, no term both allowed and forbidden).")
final class GlossaryAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry's id (reported as entry in findings).")
  String id;

  @Option(names = "--de", paramLabel = "TERMS", description = "German terms, e.g. 'Kommune|Gemeinde'.")
  String de = "";

  @Option(names = "--tr", paramLabel = "TERMS", description = "Turkish terms, e.g. 'belediye|!komün'.")
  String tr = "";

  @Option(names = "--note", paramLabel = "TEXT", description = "A note for translators.")
  String note = "";

  @Option(names = "--pos", paramLabel = "POS",
      description = "Part of speech: noun, verb, adjective, adverb, properNoun or other (or TERM=POS|...).")
  String pos = "";

  @Option(names = "--dnt", description = "Do not translate: the term stays as it is in translations.")
  boolean dnt;

  @Option(names = "--case-sensitive", description = "Only the glossary's capitalisation counts.")
  boolean caseSensitive;

  @Option(names = "--exact", paramLabel = "yes|no",
      description = "yes: match only as written (iş, not işe); no: inflected forms, a short term like any other "
          + "(default: inflected, short terms such as Ort or ad with care against look-alikes).")
  String exact = "";

  @Option(names = "--replace", description = "Replace an existing entry with this id.")
  boolean replace;

  @Override
  public Integer call() throws Exception {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", id);
    cells.put("de", de);
    cells.put("tr", tr);
    cells.put("note", note);
    cells.put("pos", pos);
    cells.put("case", caseSensitive ? "yes" : "");
    cells.put("dnt", dnt ? "yes" : "");
    cells.put("exact", exact);
    Concept concept;
    try {
      concept = new GlossaryCsv().concept(cells, null);
    } catch (TandemException e) {
      throw new TandemException("cannot add '" + id + "': " + e.getMessage());
    }
    try (AutoCloseable lock = glossary.lock()) {
      Glossary g = glossary.read(true);
      boolean exists = g.concept(id).isPresent();
      if (exists && !replace) {
        throw new TandemException(glossary.name(), 0, "the entry '" + id
            + "' exists already; use --replace to change it");
      }
      glossary.write(g.with(concept));
      spec.commandLine().getOut().println((exists ? "Replaced " : "Added ") + GlossaryListCommand.line(concept));
    }
    return Main.OK;
  }
}
