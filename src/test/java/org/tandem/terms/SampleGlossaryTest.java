package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;

/**
 * The project's sample glossary ({@code glossary/terms.csv}, written by hand for the sample book):
 * it must load, and every term must find itself. Falls back to the test fixture while the sample
 * is absent; expectations about particular entries are skipped when the entry is not there.
 */
class SampleGlossaryTest {
  static final Path SAMPLE = Path.of("glossary/terms.csv");
  static final Glossary GLOSSARY = Files.exists(SAMPLE) ? new GlossaryCsv().read(SAMPLE) : TermMatcherTest.fixture();
  static final TermMatcher DE = new TermMatcher(GLOSSARY, Lang.DE);
  static final TermMatcher TR = new TermMatcher(GLOSSARY, Lang.TR);

  @Test
  void everyTermFindsItself() {
    List<String> missed = new ArrayList<>();
    for (Concept concept : GLOSSARY.concepts()) {
      for (Lang lang : Lang.values()) {
        TermMatcher matcher = lang == Lang.DE ? DE : TR;
        for (Term term : concept.terms(lang)) {
          boolean found = matcher.find(term.text()).stream()
              .anyMatch(h -> h.concept().equals(concept) && h.start() == 0 && h.end() == term.text().length());
          if (!found) {
            missed.add(concept.id() + "/" + lang + ": " + term.text());
          }
        }
      }
    }
    assertTrue(missed.isEmpty(), missed.toString());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = ';', value = {
    "kommune; de; Die Kommunen und Gemeinden handeln.",
    "kommune; tr; Belediyeler ve belediyemizin çalışanları",
    "gefluechtete; de; mit den Geflüchteten und Flüchtlingen",
    "gefluechtete; tr; mültecilere ve sığınmacıların",
    "dstgb; de; Präsident des Deutschen Städte- und Gemeindebundes",
    "sivil-toplum-kurulusu; tr; sivil toplum kuruluşlarıyla birlikte",
    "kirchengemeinde; tr; kilise cemaatleri ve dernekler",
    "arbeitsmarkt; tr; işgücü piyasasına katılım",
    "iskur; tr; İŞKUR'a başvurdu",
    "iskur; de; beim İŞKUR",
    "arbeitsmarktintegration; de; die Arbeitsmarktintegration gelingt",
    "aufenthaltserlaubnis; tr; ikamet izinleri uzatıldı",
    "aufenthaltserlaubnis; de; Aufenthaltserlaubnisse",
    "beschaeftigung; tr; İSTİHDAM",
    "beratung; tr; danışmanlığa ihtiyaç",
    "buergermeister; tr; Belediye Başkanı'na",
    "goc-idaresi; tr; Göç İdaresi Başkanlığı'na",
    "auslaenderbehoerde; tr; Yabancılar Şube Müdürlüğü'ne gitti",
    "jobcenter; tr; Jobcenter’dan",
    "sprachmittler; de; Sprachmittlerinnen",
    "zugewanderte; de; Migrantinnen und Migranten",
    "integrationskurs; de; in Integrationskursen",
    "stadtteil; tr; mahallelerde",
  })
  void findsEntriesInRunningText(String entry, String lang, String text) {
    assumeTrue(GLOSSARY.concept(entry).isPresent(), "entry " + entry + " not in this glossary");
    TermMatcher matcher = Lang.parse(lang) == Lang.DE ? DE : TR;
    List<String> found = matcher.find(text).stream().map(h -> h.concept().id()).toList();
    assertTrue(found.contains(entry), found.toString());
  }
}
