package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;
import org.tandem.model.Span;
import org.tandem.model.State;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;

class CheckerTest {
  static final Glossary GLOSSARY = glossary();
  static final Chapter DE_TR = new Chapter("ch1", "chapters/ch1.md", Lang.DE);
  static final Chapter TR_DE = new Chapter("ch2", "chapters/ch2.md", Lang.TR);
  /** The terminology rules: these tests' sentences are short, not all quality checks would pass. */
  final Checker checker = new Checker(Rules.terminologyRules(), Rules.projectRules(), java.util.Map.of());

  static Glossary glossary() {
    try {
      return new GlossaryCsv().read(Path.of(CheckerTest.class.getResource("/org/tandem/terms/fixture.csv").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Segment translated(String key, String source, String target) {
    return new Segment(key, 1, Content.text(source), Content.text(target), State.TRANSLATED);
  }

  List<Finding> check(Chapter chapter, Segment... segments) {
    return checker.run(chapter, List.of(segments), GLOSSARY).findings();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
    "Die Kommune hilft den Geflüchteten.; Belediye mültecilere yardım ediyor.",
    "Die Kommunen helfen Geflüchteten.; Belediyeler mültecilere yardım ediyor.",
    "Der Sprachkurs der Gemeinde; Belediyenin dil kursu",
    "Beschäftigung wächst.; İSTİHDAM artıyor.",
    "Präsident des Deutschen Städte- und Gemeindebundes; Alman Şehirler ve Belediyeler Birliği'nin başkanı",
    "Kommune, Kommune und nochmals Kommune.; Belediye, evet.",
    "Termin beim Jobcenter.; Jobcenter'da randevu.",
    "Das Integrationskonzept; Uyum kavramı",
  })
  void acceptsCorrectTranslationsInAnyInflection(String source, String target) {
    assertEquals(List.of(), check(DE_TR, translated("s1", source, target)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
    "Belediyeler mültecilere yardım ediyor.; Die Kommunen helfen den Geflüchteten.",
    "Mültecilerin kursları; Die Kurse der Flüchtlinge",
    "istihdamı; Beschäftigungen",
  })
  void acceptsCorrectTranslationsFromTurkishToGerman(String source, String target) {
    assertEquals(List.of(), check(TR_DE, translated("t1", source, target)));
  }

  @Test
  void countsATermInsideALongerTargetTermAsPresent() {
    Glossary glossary = new GlossaryCsv().parse("""
        id,de,tr
        integration,Integration,uyum
        arbeitsmarkt,Arbeitsmarkt,işgücü piyasası
        arbeitsmarktintegration,Arbeitsmarktintegration,işgücü piyasasına uyum
        """, "inline.csv");
    Segment s = translated("s1", "Integration in den Arbeitsmarkt", "işgücü piyasasına uyumun aracı");
    assertEquals(List.of(), checker.run(DE_TR, List.of(s), glossary).findings());
  }

  @Test
  void reportsAMissingTerm() {
    List<Finding> findings = check(DE_TR, translated("s1", "Die Kommune hilft.", "Şehir yardım ediyor."));
    assertEquals(List.of(new Finding("ch1", "s1", "term-missing", Severity.ERROR, "Kommune", "kommune",
        "\"Kommune\" in the source needs \"belediye\" in the target", List.of(new Span(4, 11)), List.of())),
        findings);
  }

  @Test
  void reportsAMissingTermFromTurkishToGermanWithItsAlternatives() {
    List<Finding> findings = check(TR_DE, translated("t1", "Mülteciler geldi.", "Die Menschen kamen."));
    assertEquals(List.of(new Finding("ch2", "t1", "term-missing", Severity.ERROR, "mülteci", "gefluechtete",
        "\"mülteci\" in the source needs \"Geflüchtete\" (or \"Flüchtling\") in the target",
        List.of(new Span(0, 10)), List.of())), findings);
  }

  @Test
  void treatsANameThatStaysUntranslatedAsAnyOtherTerm() {
    List<Finding> findings = check(DE_TR, translated("s1", "beim Jobcenter", "iş ajansında"));
    assertEquals("\"Jobcenter\" in the source needs \"Jobcenter\" in the target", findings.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"komün", "Komün", "KOMÜNLER", "komünlerin", "Komün'ün"})
  void reportsAForbiddenTermInAnyFormAndCase(String word) {
    List<Finding> findings = check(DE_TR, translated("s1", "Die Kommunen", word + " ve belediyeler"));
    assertEquals(List.of(new Finding("ch1", "s1", "term-forbidden", Severity.ERROR, "komün", "kommune",
        "\"komün\" is forbidden here; use \"belediye\"", List.of(), List.of(new Span(0, word.length())))),
        findings);
  }

  @Test
  void reportsAForbiddenTermAndTheMissingOneItReplaced() {
    List<Finding> findings = check(DE_TR, translated("s1", "Die Kommune hilft.", "Komün yardım ediyor."));
    assertEquals(List.of("term-forbidden", "term-missing"), findings.stream().map(Finding::rule).toList());
  }

  @Test
  void reportsAForbiddenTermOfAConceptWithoutPreferredTerm() {
    List<Finding> findings = check(DE_TR, translated("s1", "Die Unterkunft", "Kampta kaldılar."));
    assertEquals("\"kamp\" is forbidden here", findings.get(0).message());
    assertEquals("lager", findings.get(0).entry());
  }

  @Test
  void foldsTurkishCaseByTurkishRules() {
    assertEquals(List.of(), check(DE_TR, translated("s1", "Beschäftigung", "İSTİHDAM")));
    // without dots the capitals are ı: "ISTIHDAM" is not "istihdam" in Turkish
    assertEquals("term-missing", check(DE_TR, translated("s1", "Beschäftigung", "ISTIHDAM")).get(0).rule());
  }

  @Test
  void warnsAboutUntranslatedSegmentsOnly() {
    Segment fresh = Segment.untranslated("s1", 1, Content.text("Die Kommune hilft."));
    Segment blank = new Segment("s2", 1, Content.text("Die Kommune"), Content.text(" "), State.TRANSLATED);
    List<Finding> findings = check(DE_TR, fresh, blank);
    assertEquals(new Finding("ch1", "s1", "untranslated", Severity.WARNING, "", "", "not translated yet"),
        findings.get(0));
    assertEquals(List.of("s1:untranslated", "s2:term-missing", "s2:untranslated"),
        findings.stream().map(f -> f.unit() + ":" + f.rule()).toList());
  }

  @Test
  void checksTermsOnlyInFinishedTranslations() {
    Segment stale = new Segment("s1", 1, Content.text("Die Kommune"), Content.text("Komün"), State.NEEDS_UPDATE);
    assertEquals(List.of(), check(DE_TR, stale));
    Segment reviewed = stale.withTarget(Content.text("Komün"), State.REVIEWED);
    assertEquals(2, check(DE_TR, reviewed).size());
  }

  @Test
  void sortsByChapterThenSegmentOrderThenRule() {
    List<ChapterSegments> input = List.of(
        new ChapterSegments(TR_DE, List.of(Segment.untranslated("b", 1, Content.text("belediye")))),
        new ChapterSegments(DE_TR, List.of(
            translated("z", "Die Kommune", "Komün"),
            Segment.untranslated("a", 2, Content.text("Kommune")))));
    CheckResult result = checker.run(input, GLOSSARY);
    assertEquals(List.of("ch1:z:term-forbidden", "ch1:z:term-missing", "ch1:a:untranslated", "ch2:b:untranslated"),
        result.findings().stream().map(f -> f.chapter() + ":" + f.unit() + ":" + f.rule()).toList());
    assertEquals(3, result.segments());
    assertEquals(2, result.chapters());
    assertEquals("2 errors, 2 warnings in 2 chapters", result.summary());
    assertTrue(result.hasErrors());
  }

  @Test
  void usesTheMarkupFreeTextOfSegments() {
    Content source = Content.parse("Die {1}Kommu{/1}ne", List.of(
        new org.tandem.model.Code(1, org.tandem.model.CodeKind.OPEN, "bold", "**"),
        new org.tandem.model.Code(1, org.tandem.model.CodeKind.CLOSE, "bold", "**")));
    Segment seg = new Segment("s1", 1, source, Content.text("Şehir"), State.FINAL);
    assertEquals("kommune", check(DE_TR, seg).get(0).entry());
  }
}
