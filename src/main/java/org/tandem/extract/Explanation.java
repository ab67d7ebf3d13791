package org.tandem.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandem.model.Lang;

/**
 * The sentences of a text with the rule behind every break and every prevented break.
 *
 * @param source the file the text came from, or {@code -} for standard input
 * @param lang the language the rules were chosen for
 * @param rules where the rules came from (a workspace file or tandem's built-in rules)
 * @param abbreviations the workspace abbreviations for {@code lang} that were added to the rules
 * @param paragraphs the paragraphs in document order
 */
public record Explanation(String source, Lang lang, String rules, List<String> abbreviations,
    List<Paragraph> paragraphs) {
  public Explanation {
    abbreviations = List.copyOf(abbreviations);
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * One paragraph (heading, list item, ...), segmented on its own.
   *
   * @param para the paragraph number, from 1
   * @param line the line it starts on, from 1
   * @param text the paragraph as the rules see it: inline codes removed, offsets of decisions count in it
   * @param sentences its sentences in order
   */
  public record Paragraph(int para, int line, String text, List<Sentence> sentences) {
    public Paragraph {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * One sentence (a segment) with the decisions inside it and the break that ends it.
   *
   * @param text the sentence as written in the source (Markdown keeps its markup)
   * @param line the line it starts on, from 1
   * @param prevented places inside the sentence where a no-break rule stopped a break rule
   * @param end the break that ends the sentence, or null for the last sentence of a paragraph
   */
  public record Sentence(String text, int line, List<BreakDecision> prevented, BreakDecision end) {
    public Sentence {
      prevented = List.copyOf(prevented);
    }
  }

  /** Every rule that decided a break or prevented one, each once, in order of first use. */
  public List<SrxRule> citedRules() {
    Set<SrxRule> cited = new LinkedHashSet<>();
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        for (BreakDecision d : s.prevented()) {
          cited.add(d.rule());
          cited.add(d.overrides());
        }
        if (s.end() != null) {
          cited.add(s.end().rule());
        }
      }
    }
    return new ArrayList<>(cited);
  }

  /** The number of sentences in all paragraphs. */
  public int sentenceCount() {
    return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
  }
}
