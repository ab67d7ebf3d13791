package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Lang;
import org.tandem.model.TermStatus;

class TermMatcherTest {
  static final Glossary GLOSSARY = fixture();
  static final TermMatcher DE = new TermMatcher(GLOSSARY, Lang.DE);
  static final TermMatcher TR = new TermMatcher(GLOSSARY, Lang.TR);

  static Glossary fixture() {
    try {
      return new GlossaryCsv().read(Path.of(TermMatcherTest.class.getResource("fixture.csv").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hits as "entry=matched text", in text order. */
  static List<String> hits(TermMatcher matcher, String text) {
    return matcher.find(text).stream().map(h -> h.concept().id() + "=" + h.in(text)).toList();
  }

  @ParameterizedTest(name = "{0} in \"{1}\"")
  @CsvSource(delimiter = ';', value = {
    "kommune; Die Kommune hilft.; Kommune",
    "kommune; Viele Kommunen helfen.; Kommunen",
    "kommune; in den Gemeinden; Gemeinden",
    "kommune; DIE KOMMUNEN; KOMMUNEN",
    "gefluechtete; Geflüchtete kommen an.; Geflüchtete",
    "gefluechtete; mit den Geflüchteten; Geflüchteten",
    "gefluechtete; Flüchtlinge; Flüchtlinge",
    "gefluechtete; mit Geflu\u0308chteten; Geflu\u0308chteten",
    "sprachkurs; Sprachkurse beginnen; Sprachkurse",
    "sprachkurs; in Sprachkursen; Sprachkursen",
    "dstgb; Präsident des Deutschen Städte- und Gemeindebundes sagte; Deutschen Städte- und Gemeindebundes",
    "dstgb; der Deutsche Städte- und Gemeindebund; Deutsche Städte- und Gemeindebund",
    "integration; Das Integrationskonzept der Stadt; Integration",
    "integration; Arbeitsmarktintegration; integration",
    "arbeitsmarkt; Arbeitsmarktintegration; Arbeitsmarkt",
    "arbeitsmarkt; des Arbeitsmarktes; Arbeitsmarktes",
    "gefluechtete; Flüchtlingsunterkunft; Flüchtling",
    "beratung; die Beratungsstelle; Beratung",
    "bildung; Bildungsangebote; Bildung",
    "aufenthalt; Aufenthaltserlaubnissen; Aufenthaltserlaubnissen",
    "schule; das Schulbuch; Schul", "amt; die Ämter; Ämter", "rat; der Integrationsrat; rat",
    "rat; die Räte; Räte", "amt; des Amtes; Amtes",
    "schule; die Schulen; Schulen",
    "amt; Das Amt; Amt",
    "amt; DAS AMT; AMT",
    "rat; Der Rat tagt.; Rat",
    "jobcenter; beim Jobcenter; Jobcenter",
    "aufenthalt; Aufenthaltserlaubnisse; Aufenthaltserlaubnisse",
    "beschaeftigung; Beschäftigungen; Beschäftigungen",
    "beschaeftigung; Beschaeftigung; Beschaeftigung",
    "lager; des Lagers; Lagers", "buerger; den Bürgern; Bürgern", "buerger; Bürgerinnen; Bürgerinnen",
    "jobcenter; des Jobcenters; Jobcenters", "kita; in Kitas; Kitas",
    "sozialarbeiter; Sozialarbeiterinnen; Sozialarbeiterinnen",
    "praktikum; mehrere Praktika; Praktika", "praktikum; des Praktikums; Praktikums",
    "thema; zwei Themen; Themen", "zentrum; in Zentren; Zentren", "viertel; in den Vierteln; Vierteln",
  })
  void findsGermanForms(String entry, String text, String matched) {
    assertTrue(hits(DE, text).contains(entry + "=" + matched), () -> hits(DE, text).toString());
  }

  @ParameterizedTest(name = "{0} not in \"{1}\"")
  @CsvSource(delimiter = ';', value = {
    "kommune; Kommunikation ist wichtig.", "kommune; der Kommunismus", "kommune; Kommunalpolitik",
    "kommune; Kommunikationskonzept", "schule; Schulden machen", "schule; Schuldenberatung",
    "schule; Schulung", "amt; insgesamt", "amt; Amtsgericht", "schule; Grundschule",
    "rat; Rathaus", "rat; Ratgeber", "arbeit; Arbeitsmarkt", "integration; Integrität",
    "migration; Migräne", "bildung; Bild", "sprachkurs; Sprache", "lager; Er lag dort.",
    "buerger; die Burg", "sozialarbeiter; Sozialarbeit", "kita; Kitt", "thema; Thermen",
    "praktikum; praktisch", "zentrum; zentral",
  })
  void refusesGermanLookAlikes(String entry, String text) {
    assertTrue(hits(DE, text).stream().noneMatch(h -> h.startsWith(entry + "=")), () -> hits(DE, text).toString());
  }

  @ParameterizedTest(name = "{0} in \"{1}\"")
  @CsvSource(delimiter = ';', value = {
    "kommune; belediye; belediye", "kommune; Belediyeler; Belediyeler", "kommune; belediyelerin; belediyelerin",
    "kommune; belediyesi; belediyesi", "kommune; Belediyesi'nin; Belediyesi'nin",
    "kommune; Belediyesi’nin; Belediyesi’nin", "kommune; belediyeye; belediyeye",
    "kommune; belediyelerle; belediyelerle", "kommune; belediyedeki; belediyedeki",
    "kommune; BELEDİYELER; BELEDİYELER", "kommune; komünler; komünler", "kommune; KOMÜNLER; KOMÜNLER",
    "gefluechtete; mülteciler; mülteciler", "gefluechtete; mültecilere; mültecilere",
    "gefluechtete; mültecilerin; mültecilerin", "kurs; kursları; kursları", "kurs; kurslarına; kurslarına",
    "beratung; danışmanlığı; danışmanlığı", "beschaeftigung; İSTİHDAM; İSTİHDAM",
    "beschaeftigung; istihdamı; istihdamı",
    "stk; sivil toplum kuruluşlarıyla; sivil toplum kuruluşlarıyla",
    "stk; Sivil Toplum Kuruluşu'na; Sivil Toplum Kuruluşu'na",
    "buergermeister; belediye başkanları; belediye başkanları",
    "buergermeister; Belediye Başkanına; Belediye Başkanına",
    "dstgb; Alman Şehirler ve Belediyeler Birliği'nin; Alman Şehirler ve Belediyeler Birliği'nin",
    "jobcenter; Jobcenter'a; Jobcenter'a", "jobcenter; Jobcenter’dan; Jobcenter’dan",
    "istanbul; İstanbul'un; İstanbul'un", "istanbul; istanbul; istanbul",
    "arbeit; İş bulmak; İş", "arbeit; işler; işler", "provinz; iller; iller", "provinz; ilde; ilde", "arbeit; iş'in; iş'in", "provinz; il; il",
    "aufenthalt; oturma izni; oturma izni", "aufenthalt; oturma izinleri; oturma izinleri",
    "kontrolle; kontrolü; kontrolü", "lager; kampta; kampta", "migration; göç; göç",
    "migration; göçü; göçü", "migration; göçün; göçün", "migration; Göçler; Göçler",
    "kita; anaokullarında; anaokullarında", "kita; kreşte; kreşte",
    "sozialarbeiter; sosyal hizmet uzmanları; sosyal hizmet uzmanları", "buerger; vatandaşlar; vatandaşlar",
  })
  void findsTurkishForms(String entry, String text, String matched) {
    assertTrue(hits(TR, text).contains(entry + "=" + matched), () -> hits(TR, text).toString());
  }

  @ParameterizedTest(name = "{0} not in \"{1}\"")
  @CsvSource(delimiter = ';', value = {
    "migration; göçük", "migration; göçmen", "migration; göçmenlik", "bildung; eğitmen", "bildung; eğitimci",
    "kommune; belediyecilik", "kommunismus; komün", "kommune; komünizm", "kurs; kursiyer",
    "arbeit; işçi", "arbeit; işte", "provinz; ilk", "provinz; ile", "provinz; ilim",
    "istanbul; Istanbul", "lager; kampanya", "kurs; kursi", "beschaeftigung; ISTIHDAM",
    "buerger; vatandaşlık", "kita; anaokul",
  })
  void refusesTurkishLookAlikes(String entry, String text) {
    assertTrue(hits(TR, text).stream().noneMatch(h -> h.startsWith(entry + "=")), () -> hits(TR, text).toString());
  }

  @Test
  void longestMatchWinsAndHitsDoNotOverlap() {
    assertEquals(List.of("buergermeister=Belediye başkanı"), hits(TR, "Belediye başkanı geldi."));
    assertEquals(List.of("sprachkurs=Sprachkurs"), hits(DE, "Sprachkurs"));
    assertEquals(List.of("arbeitsmarkt=Arbeitsmarkt", "integration=integration"),
        hits(DE, "Arbeitsmarktintegration"));
    assertEquals(List.of("kommune=belediye", "buergermeister=belediye başkanı"),
        hits(TR, "belediye ile belediye başkanı"));
  }

  @Test
  void offsetsPointIntoTheGivenText() {
    String text = "Die Kommunen und Geflüchtete.";
    List<TermHit> found = DE.find(text);
    assertEquals(2, found.size());
    assertEquals(4, found.get(0).start());
    assertEquals(12, found.get(0).end());
    assertEquals("Geflüchtete", found.get(1).in(text));
  }

  @Test
  void reportsTheMatchedTermAndItsStatus() {
    TermHit hit = TR.find("Komünler yardım etti.").get(0);
    assertEquals("komün", hit.term().text());
    assertEquals(TermStatus.FORBIDDEN, hit.term().status());
    TermHit allowed = TR.find("belediyelerin").get(0);
    assertEquals(TermStatus.PREFERRED, allowed.term().status());
  }

  @Test
  void conceptsSharingAWordEachGetAHit() {
    Glossary shared = new GlossaryCsv().parse("id,de,tr\na,Beratung,danışmanlık\nb,Beratung,rehberlik\n", "t.csv");
    List<TermHit> found = new TermMatcher(shared, Lang.DE).find("die Beratungen");
    assertEquals(List.of("a", "b"), found.stream().map(h -> h.concept().id()).toList());
    assertEquals(found.get(0).start(), found.get(1).start());
  }

  @Test
  void findsNothingInEmptyTextOrWithAnEmptyGlossary() {
    assertTrue(DE.find("").isEmpty());
    assertTrue(new TermMatcher(Glossary.EMPTY, Lang.TR).find("belediye").isEmpty());
    assertFalse(TR.find("belediye").isEmpty());
  }
}
