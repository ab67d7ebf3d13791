package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.State;
import org.tandem.model.TandemException;
import org.tandem.model.Waiver;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;

/** The rules beyond term-missing and term-forbidden, severities from the workspace, and waivers. */
class RulesTest {
  static final Glossary GLOSSARY = new GlossaryCsv().parse("""
      id,de,tr,dnt
      kommune,Kommune|Gemeinde,belediye|!komün,
      gefluechtete,Geflüchtete|!Asylant,mülteci|!kaçak,
      integration,Integration,uyum|entegrasyon,
      jobcenter,Jobcenter,Jobcenter,yes
      muhtarlik,Muhtarlık,muhtarlık,yes
      """, "rules.csv");
  static final Chapter A = new Chapter("a", "chapters/de/a.md", Lang.DE);
  static final Chapter B = new Chapter("b", "chapters/de/b.md", Lang.DE);
  static final Chapter T = new Chapter("t", "chapters/tr/t.md", Lang.TR);

  static Segment pair(String key, String source, String target) {
    return new Segment(key, 1, Content.text(source), Content.text(target), State.TRANSLATED);
  }

  static List<Finding> check(Chapter chapter, Segment... segments) {
    return new Checker().run(chapter, List.of(segments), GLOSSARY).findings();
  }

  static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.unit() + ":" + f.rule() + ":" + f.severity().id()).toList();
  }

  @Test
  void everyRuleHasAnIdADefaultSeverityAndADescription() {
    assertEquals(List.of("casing:warning", "date-mismatch:error", "dnt-changed:error", "doubled-word:warning",
        "encoding-damage:error", "end-punctuation:warning", "length:warning", "link-changed:error",
        "number-mismatch:error", "placeholder-mismatch:error", "quotes-brackets:warning", "target-copied:error",
        "term-deprecated-source:warning", "term-forbidden:error",
        "term-inconsistent:warning", "term-missing:error", "untranslated:warning", "whitespace:warning"),
        Rules.all().stream().map(r -> r.id() + ":" + r.defaultSeverity().id()).toList());
    Rules.all().forEach(r -> assertTrue(r.description().endsWith("."), r.id()));
  }

  @Test
  void deprecatedSourceTermsAreWarnedAboutEvenBeforeTranslation() {
    Segment fresh = Segment.untranslated("s1", 1, Content.text("Die Asylanten kamen."));
    List<Finding> findings = check(A, fresh);
    assertEquals(List.of("s1:term-deprecated-source:warning", "s1:untranslated:warning"), rules(findings));
    Finding f = findings.get(0);
    assertEquals("the source uses \"Asylant\", which the glossary deprecates; the author should write "
        + "\"Geflüchtete\"", f.message());
    assertEquals(List.of(new Span(4, 13)), f.sourceSpans());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
    "Termin beim Jobcenter.; Jobcenter'da randevu.",
    "Das Jobcenter zahlt.; Jobcenter’dan ödeme.",
    "JOBCENTER; JOBCENTER",
  })
  void aDoNotTranslateTermKeptAsItIsPasses(String source, String target) {
    assertEquals(List.of(), check(A, pair("s1", source, target)));
  }

  @Test
  void aDoNotTranslateTermMayTakeAGermanEndingAndACapital() {
    assertEquals(List.of(), check(T, pair("t1", "Jobcenter'ın kararı", "die Entscheidung des Jobcenters")));
    assertEquals(List.of(), check(T, pair("t1", "muhtarlığa gitti", "ging zur Muhtarlık")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"İş merkezine gitti.", "JobCenter'a gitti.", "Job-Center'a gitti."})
  void aTranslatedOrRespelledDoNotTranslateTermIsAnError(String target) {
    List<Finding> findings = check(A, pair("s1", "Sie ging zum Jobcenter.", target));
    assertEquals(List.of("s1:dnt-changed:error"), rules(findings), "and no term-missing besides");
    assertEquals("\"Jobcenter\" is not translated: the target should contain \"Jobcenter\" as it is",
        findings.get(0).message());
  }

  @Test
  void inconsistentRenderingsWithinAChapterAreWarnings() {
    List<Finding> findings = check(A,
        pair("s1", "Integration ist wichtig.", "Uyum önemli."),
        pair("s2", "Die Integration gelang.", "Uyum başarılı oldu."),
        pair("s3", "Integration braucht Zeit.", "Entegrasyon zaman alır."));
    assertEquals(List.of("s3:term-inconsistent:warning"), rules(findings));
    assertEquals("\"entegrasyon\" here, but \"uyum\" in 2 other units of this chapter; keep to one term",
        findings.get(0).message());
    assertEquals(List.of(new Span(0, 11)), findings.get(0).targetSpans());
  }

  @Test
  void aChapterKeepingToAnAdmittedVariantIsInfoOnce() {
    List<ChapterSegments> input = List.of(
        new ChapterSegments(A, List.of(pair("s1", "Integration", "uyum"), pair("s2", "Integration", "uyum"))),
        new ChapterSegments(B, List.of(pair("s1", "Integration", "entegrasyon"), pair("s2", "Integration",
            "entegrasyonu"))),
        new ChapterSegments(T, List.of(pair("t1", "entegrasyon", "Integration"))));
    List<Finding> findings = new Checker().run(input, GLOSSARY).findings();
    assertEquals(List.of("s1:term-inconsistent:info"), rules(findings), "each direction on its own");
    assertEquals("b", findings.get(0).chapter());
  }

  @Test
  void severitiesFromTheWorkspaceReplaceDefaults() {
    Checker checker = Checker.configured(Map.of("untranslated", Severity.INFO, "term-missing", Severity.WARNING),
        "tandem.json");
    List<Finding> findings = checker.run(A, List.of(Segment.untranslated("s1", 1, Content.text("Kommune")),
        pair("s2", "Kommune", "şehir")), GLOSSARY).findings();
    assertEquals(List.of("s1:untranslated:info", "s2:term-missing:warning"), rules(findings));
  }

  @Test
  void aSeverityForAnUnknownRuleIsAnError() {
    TandemException e = assertThrows(TandemException.class,
        () -> Checker.configured(Map.of("term-mising", Severity.INFO), "tandem.json"));
    assertEquals("tandem.json", e.file());
    assertTrue(e.getMessage().contains("'term-mising'") && e.getMessage().contains("term-missing"), e.getMessage());
  }

  @Test
  void waivedFindingsAreSetApartWithTheirReason() {
    Segment s = pair("s1", "Die Kommune half.", "Komün yardım etti.")
        .withWaivers(List.of(new Waiver("term-forbidden", "kommune", "a quotation from a 1970s leaflet")));
    CheckResult result = new Checker().run(A, List.of(s), GLOSSARY);
    assertEquals(List.of("s1:term-missing:error"), rules(result.findings()));
    assertEquals(1, result.waived().size());
    assertEquals("a quotation from a 1970s leaflet", result.waived().get(0).waiver().reason());
    assertEquals("1 error, 0 warnings in 1 chapter; 1 waived", result.summary());
  }

  @Test
  void aWaiverWithoutEntryCoversTheRuleForAnyEntry() {
    Segment s = pair("s1", "Kommune und Integration", "şehir ve kaynaşma")
        .withWaivers(List.of(new Waiver("term-missing", "", "free rendering for a headline")));
    CheckResult result = new Checker().run(A, List.of(s), GLOSSARY);
    assertEquals(List.of(), result.findings());
    assertEquals(2, result.waived().size());
  }

  @Test
  void waiversBecomeNotesForTranslators() {
    Segment s = pair("s1", "x", "y").withWaivers(List.of(new Waiver("term-missing", "kommune", "a name"),
        new Waiver("untranslated", "", "left in German on purpose")));
    assertEquals(List.of("Check waived: term-missing (kommune): a name",
        "Check waived: untranslated: left in German on purpose"), Waivers.notes(s));
    Segment replaced = Waivers.add(s, new Waiver("term-missing", "kommune", "the title of a law"));
    assertEquals(2, replaced.waivers().size());
    assertEquals(1, Waivers.remove(replaced, "term-missing", "").waivers().size());
  }
}
