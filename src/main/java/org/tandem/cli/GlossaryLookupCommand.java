package org.tandem.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;
import org.tandem.terms.TermHit;
import org.tandem.terms.TermMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem glossary lookup}: which entries a word or phrase belongs to, inflected forms included. */
@Command(name = "lookup", mixinStandardHelpOptions = true, header = "Find the entries of words or a phrase.",
    description = "Looks the text up as the check does, so inflected forms and compounds are found "
        + "(belediyelerin → kommune, Integrationskonzept → integration, integrationskonzept); an entry id "
        + "matches too. Exit 1 when nothing is found.")
final class GlossaryLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlossaryOptions glossary;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words or a phrase, German or Turkish.")
  List<String> words;

  @Option(names = "--lang", paramLabel = "LANG", description = "Look only in de or tr terms.")
  String lang;

  @Override
  public Integer call() {
    Glossary g = glossary.read(false);
    String text = String.join(" ", words);
    Set<Concept> found = new LinkedHashSet<>();
    g.concept(text.strip()).ifPresent(found::add);
    PrintWriter out = spec.commandLine().getOut();
    for (Lang l : lang == null ? List.of(Lang.values()) : List.of(Lang.parse(lang))) {
      for (TermHit hit : new TermMatcher(g, l).findAll(text)) {
        if (found.add(hit.concept())) {
          out.println(l.code() + ": \"" + hit.in(text) + "\" is " + (hit.term().isAllowed() ? "" : "the forbidden term ")
              + "\"" + hit.term().text() + "\"");
        }
      }
    }
    found.forEach(c -> out.println(GlossaryListCommand.line(c)));
    if (found.isEmpty()) {
      out.println("no glossary entry found for \"" + text + "\"");
    }
    out.flush();
    return found.isEmpty() ? Main.FAILED : Main.OK;
  }
}
