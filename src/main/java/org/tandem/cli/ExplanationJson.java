package org.tandem.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tandem.extract.BreakDecision;
import org.tandem.extract.Explanation;
import org.tandem.extract.Explanation.Paragraph;
import org.tandem.extract.Explanation.Sentence;
import org.tandem.extract.SrxRule;

/**
 * {@code tandem segment --explain --json}: {"source","lang","rules","abbreviations":[...],
 * "paragraphs":[{"para","line","text","sentences":[{"text","line","prevented":[decision...],
 * "break":decision|null}]}]}; a decision is {"offset","break","context","rule":rule,"stops":rule|absent},
 * a rule {"kind","set","index","line","label","break","before","after","comment","abbreviation"?}.
 */
final class ExplanationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExplanationJson() {}

  /** The explanation as pretty-printed JSON. */
  static String format(Explanation e) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", e.source());
    root.put("lang", e.lang().code());
    root.put("rules", e.rules());
    ArrayNode abbreviations = root.putArray("abbreviations");
    e.abbreviations().forEach(abbreviations::add);
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (Paragraph p : e.paragraphs()) {
      ObjectNode para = paragraphs.addObject();
      para.put("para", p.para());
      para.put("line", p.line());
      para.put("text", p.text());
      ArrayNode sentences = para.putArray("sentences");
      for (Sentence s : p.sentences()) {
        ObjectNode sentence = sentences.addObject();
        sentence.put("text", s.text());
        sentence.put("line", s.line());
        ArrayNode prevented = sentence.putArray("prevented");
        s.prevented().forEach(d -> decision(prevented.addObject(), d, p.text()));
        if (s.end() == null) {
          sentence.putNull("break");
        } else {
          decision(sentence.putObject("break"), s.end(), p.text());
        }
      }
    }
    return root.toPrettyString();
  }

  private static void decision(ObjectNode node, BreakDecision d, String text) {
    node.put("offset", d.offset());
    node.put("break", d.isBreak());
    node.put("context", ExplanationText.context(text, d.offset()));
    rule(node.putObject("rule"), d.rule());
    if (d.overrides() != null) {
      rule(node.putObject("stops"), d.overrides());
    }
  }

  private static void rule(ObjectNode node, SrxRule r) {
    node.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    node.put("set", r.set());
    node.put("index", r.index());
    node.put("line", r.line());
    node.put("label", r.label());
    node.put("break", r.isBreak());
    node.put("before", r.before());
    node.put("after", r.after());
    node.put("comment", r.comment());
    if (r.abbreviation() != null) {
      node.put("abbreviation", r.abbreviation());
    }
  }
}
