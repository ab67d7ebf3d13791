package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.extract.Explanation.Paragraph;
import org.tandem.extract.Explanation.Sentence;
import org.tandem.extract.SrxRulesTest.Case;
import org.tandem.extract.SrxRulesTest.DataSet;
import org.tandem.format.MarkdownFormat;
import org.tandem.model.Lang;

/**
 * The explanation re-runs Okapi's algorithm rule by rule; these tests hold it to the engine's own
 * result on every gold set, with tandem's rules and with Okapi's large default rules.
 */
class SrxExplanationTest {
  private static final SrxSegmenter OURS = new SrxSegmenter();
  private static final MarkdownFormat MARKDOWN = new MarkdownFormat();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
  private static final SrxSegmenter OKAPI =
      SrxSegmenter.fromResource("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx");

  @Test
  void explainedBreaksAreTheEnginesBreaksOnOurGoldSets() {
    assertTrue(assertExplainedAsSplit(SrxRulesTest.ownSets()) > 150);
  }

  @Test
  void explainedBreaksAreTheEnginesBreaksOnThePublicSets() {
    assertTrue(assertExplainedAsSplit(SrxRulesTest.publicSets()) > 100);
  }

  /** Returns the number of cases compared. */
  private static int assertExplainedAsSplit(List<DataSet> sets) {
    int cases = 0;
    for (DataSet set : sets) {
      if (set.markdown()) {
        continue;
      }
      for (Case c : set.cases()) {
        for (SrxSegmenter srx : List.of(OURS, OKAPI)) {
          List<String> engine = srx.split(c.input(), set.lang());
          assertEquals(engine, cut(c.input(), srx.decisions(c.input(), set.lang())),
              c.set() + ":" + c.line() + " with " + srx.origin());
        }
        cases++;
      }
    }
    return cases;
  }

  @Test
  void everyBoundaryOfMarkdownSegmentsHasItsBreakRule() throws IOException {
    SegmentationExplainer explainer = new SegmentationExplainer(OURS);
    List<String[]> documents = new ArrayList<>();
    for (DataSet set : SrxRulesTest.ownSets()) { // the Markdown sets are ours
      if (set.markdown()) {
        set.cases().forEach(c -> documents.add(new String[] {c.set() + ":" + c.line(), c.input(), set.lang()}));
      }
    }
    try (Stream<Path> chapters = Files.walk(Path.of("chapters"))) {
      for (Path md : chapters.filter(p -> p.toString().endsWith(".md")).toList()) {
        documents.add(new String[] {md.toString(), Files.readString(md), md.getParent().getFileName().toString()});
      }
    }
    for (String[] doc : documents) {
      Lang lang = Lang.parse(doc[2]);
      Explanation e = explainer.document(MARKDOWN.align(utf8(doc[1]), doc[0], lang), doc[0], lang);
      List<String> explained = new ArrayList<>();
      for (Paragraph p : e.paragraphs()) {
        for (int i = 0; i < p.sentences().size(); i++) {
          Sentence s = p.sentences().get(i);
          explained.add(s.text());
          boolean last = i == p.sentences().size() - 1;
          assertEquals(last, s.end() == null, doc[0] + " ¶" + p.para() + ": break after '" + s.text() + "'");
          assertTrue(last || s.end().isBreak());
        }
      }
      List<String> segments = MARKDOWN.read(doc[1], doc[0], lang, OURS).segments().stream()
          .map(x -> doc[1].substring(x.start(), x.end())).toList();
      assertEquals(segments, explained, doc[0]);
    }
    assertTrue(documents.size() > 30);
  }

  @Test
  void namesTheRuleThatBrokeAndTheRuleThatPreventedABreak() {
    Explanation e = new SegmentationExplainer(OURS).plainText("Das Amt ist in der Hauptstr. 5. Es ist offen.",
        "-", Lang.DE);
    Sentence first = e.paragraphs().get(0).sentences().get(0);
    assertEquals("Das Amt ist in der Hauptstr. 5.", first.text());
    BreakDecision kept = first.prevented().get(0);
    assertEquals("German #1", kept.rule().label());
    assertTrue(kept.rule().comment().startsWith("abbreviations that do not end a sentence"), kept.rule().comment());
    assertEquals("Tail #3", kept.overrides().label());
    assertEquals("Das Amt ist in der Hauptstr.".length(), kept.offset());
    assertEquals("German #6", first.end().rule().label());
    assertTrue(first.end().rule().isBreak());
    assertNull(e.paragraphs().get(0).sentences().get(1).end());
    assertEquals(List.of("German #1", "Tail #3", "German #6"), e.citedRules().stream().map(SrxRule::label).toList());
  }

  @Test
  void ruleLinesPointAtTheRuleElementsOfTheFile() throws IOException {
    List<String> file;
    try (InputStream in = SrxSegmenter.class.getResourceAsStream(SrxSegmenter.BUNDLED_RULES)) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Explanation e = new SegmentationExplainer(OURS).plainText(
        "Prof. Dr. Ayşe Kaya geldi. Toplantı 3. Ekim'de. Kalem, defter vb. Bunlar yeter.", "-", Lang.TR);
    List<SrxRule> cited = e.citedRules();
    assertTrue(cited.size() >= 3, cited.toString());
    for (SrxRule rule : cited) {
      String line = file.get(rule.line() - 1);
      assertTrue(line.contains("<rule break=\"" + (rule.isBreak() ? "yes" : "no") + "\">"), rule.label() + ": " + line);
      assertTrue(file.get(rule.line()).contains(rule.before().substring(0, 5).replace("<", "&lt;")),
          rule.label() + ": " + file.get(rule.line()));
    }
  }

  @Test
  void plainTextParagraphsAreSeparatedByBlankLinesAndKeepTheirLines() {
    String text = "Erster Absatz. Noch ein Satz.\n\n  \nZweiter Absatz, über\nzwei Zeilen. Ende.\n";
    Explanation e = new SegmentationExplainer(OURS).plainText(text, "-", Lang.DE);
    assertEquals(2, e.paragraphs().size());
    assertEquals(List.of(1, 4), e.paragraphs().stream().map(Paragraph::line).toList());
    Paragraph second = e.paragraphs().get(1);
    assertEquals(List.of("Zweiter Absatz, über\nzwei Zeilen.", "Ende."),
        second.sentences().stream().map(Sentence::text).toList());
    assertEquals(List.of(4, 5), second.sentences().stream().map(Sentence::line).toList());
    assertEquals(4, e.sentenceCount());
  }

  @Test
  void markdownSentencesKeepTheirMarkupAndBreaksInsideFormattingAreFound() {
    String md = "# Hinweis: Das Amt\n\nDas ist **wichtig.** Danach geht es weiter.\n";
    Explanation e = new SegmentationExplainer(OURS).document(MARKDOWN.align(utf8(md), "x.md", Lang.DE), "x.md", Lang.DE);
    Paragraph p = e.paragraphs().get(1);
    assertEquals(List.of(1, 3), e.paragraphs().stream().map(Paragraph::line).toList());
    assertEquals("Das ist wichtig. Danach geht es weiter.", p.text());
    assertEquals(List.of("Das ist **wichtig.**", "Danach geht es weiter."),
        p.sentences().stream().map(Sentence::text).toList());
    assertEquals("Tail #2", p.sentences().get(0).end().rule().label());
    assertEquals(List.of(), e.paragraphs().get(0).sentences().get(0).prevented(), "a colon never was a break");
  }

  @Test
  void workspaceAbbreviationsStopACutAndAreNamedInTheExplanation() {
    String de = "Die Beratung findet im Bez. Mitte statt.";
    String tr = "Şişli Bld. Başkanı konuştu.";
    assertEquals(2, OURS.split(de, "de").size());
    assertEquals(2, OURS.split(tr, "tr").size());
    SrxSegmenter ws = SrxSegmenter.bundled(Map.of(Lang.DE, List.of("Bez."), Lang.TR, List.of("Bld.")));
    assertEquals(List.of(de), ws.split(de, "de"));
    assertEquals(List.of(tr), ws.split(tr, "tr"));
    assertEquals(2, ws.split("Wir wohnen im Bld. Mitte.", "de").size(), "a Turkish abbreviation is not German");
    assertEquals(Map.of(Lang.DE, List.of("Bez."), Lang.TR, List.of("Bld.")), ws.abbreviations());

    Sentence s = new SegmentationExplainer(ws).plainText(de, "-", Lang.DE).paragraphs().get(0).sentences().get(0);
    BreakDecision kept = s.prevented().get(0);
    assertEquals(SrxRule.Kind.WORKSPACE_ABBREVIATION, kept.rule().kind());
    assertEquals("workspace abbreviation \"Bez.\"", kept.rule().label());
    assertEquals("Tail #2", kept.overrides().label());
  }

  @Test
  void anAbbreviationDoesNotJoinParagraphsOrListItems() {
    SrxSegmenter ws = SrxSegmenter.bundled(Map.of(Lang.DE, List.of("Bez.")));
    assertEquals(List.of("Im Bez.", "Neuer Absatz."), ws.split("Im Bez.\n\nNeuer Absatz.", "de"));
    assertEquals(List.of("Im Bez.", "• Punkt zwei"), ws.split("Im Bez.\n• Punkt zwei", "de"));
    assertEquals(List.of("Im Bez.\nMitte."), ws.split("Im Bez.\nMitte.", "de"));
  }

  @Test
  void abbreviationsAreEscapedAndMustEndWithAPeriod() {
    assertEquals("(?<![\\p{L}\\p{N}])a\\.a\\.O\\.", AbbreviationRules.before(Lang.DE, "a.a.O."));
    assertEquals("(?<![\\p{L}\\p{N}])z\\.[ \\u00A0\\u202F]B\\.", AbbreviationRules.before(Lang.DE, "z. B."));
    assertEquals("(?<![\\p{L}\\p{N}])St\\.\\-Nr\\.", AbbreviationRules.before(Lang.DE, "St.-Nr."));
    SrxSegmenter ws = SrxSegmenter.bundled(Map.of(Lang.DE, List.of("a.a.O.")));
    assertEquals(1, ws.split("Siehe a.a.O. Seite 4.", "de").size());
    assertEquals(2, ws.split("Siehe aXaYO. Seite 4.", "de").size(), "a period in an abbreviation is no wildcard");
    SrxSegmenter bez = SrxSegmenter.bundled(Map.of(Lang.DE, List.of("Bez.")));
    assertEquals(2, bez.split("Die Abez. Mitte ist da.", "de").size(), "not inside a longer word");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SrxSegmenter.bundled(Map.of(Lang.TR, List.of("Bld"))));
    assertEquals("settings.abbreviations.tr: \"Bld\" is not an abbreviation ending with a period, such as \"Bez.\"",
        e.getMessage());
  }

  @Test
  void abbreviationsJoinTheRulesOfAFileThatDoesNotCascade(@TempDir Path dir) throws IOException {
    Path srx = Files.writeString(dir.resolve("flat.srx"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no" segmentsubflows="yes"/>
        <body><languagerules>
        <languagerule languagerulename="Deutsch">
          <!-- Dr. is no sentence end -->
          <rule break="no"><beforebreak>\\bDr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
          <rule break="yes"><beforebreak>[.!?]</beforebreak><afterbreak>\\s+\\p{Lu}</afterbreak></rule>
        </languagerule>
        <languagerule languagerulename="Other">
          <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        </languagerule>
        </languagerules><maprules>
        <languagemap languagepattern="de.*" languagerulename="Deutsch"/>
        <languagemap languagepattern=".*" languagerulename="Other"/>
        </maprules></body></srx>
        """);
    SrxSegmenter flat = SrxSegmenter.fromFile(srx, "flat.srx", Map.of(Lang.DE, List.of("Bez.")));
    String text = "Dr. Ak wohnt im Bez. Mitte. Er ist da.";
    assertEquals(List.of("Dr. Ak wohnt im Bez. Mitte.", "Er ist da."), flat.split(text, "de"));
    assertEquals(flat.split(text, "de"), cut(text, flat.decisions(text, "de")));
    List<String> labels = flat.decisions(text, "de").stream().map(d -> d.rule().label()).toList();
    assertEquals(List.of("Deutsch #1", "workspace abbreviation \"Bez.\"", "Deutsch #2"), labels);
    assertEquals(6, flat.decisions(text, "de").get(0).rule().line(), "the line of its <rule> element");
  }

  @Test
  void rangeRuleAndIcuBreaksAreExplainedAsTheEngineAppliesThem(@TempDir Path dir) throws IOException {
    Path srx = Files.writeString(dir.resolve("icu.srx"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
        <header cascade="yes" segmentsubflows="yes">
        <okpsrx:options useIcu4jBreakRules="yes" trimLeadingWhitespaces="yes" trimTrailingWhitespaces="yes"/>
        <okpsrx:rangeRule>\\[\\[.*?\\]\\]</okpsrx:rangeRule>
        </header>
        <body><languagerules>
        <languagerule languagerulename="Abbr">
          <rule break="no"><beforebreak>\\bDr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        </languagerule>
        </languagerules><maprules>
        <languagemap languagepattern=".*" languagerulename="Abbr"/>
        </maprules></body></srx>
        """);
    SrxSegmenter icu = new SrxSegmenter(srx);
    String text = "Dr. Ak kam. Er ging. Vor [[x. Y]] und danach. Fertig!";
    assertEquals(icu.split(text, "de"), cut(text, icu.decisions(text, "de")));
    List<SrxRule.Kind> kinds = icu.decisions(text, "de").stream().filter(BreakDecision::isBreak)
        .map(d -> d.rule().kind()).distinct().toList();
    assertTrue(kinds.contains(SrxRule.Kind.ICU4J) && kinds.contains(SrxRule.Kind.RANGE_RULE), kinds.toString());
  }

  /** The sentences the decisions make, cut and trimmed as the explainer shows them. */
  private static List<String> cut(String text, List<BreakDecision> decisions) {
    return SegmentationExplainer.sentences(text, decisions);
  }
}
