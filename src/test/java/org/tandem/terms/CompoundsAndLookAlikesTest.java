package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Lang;

/** Terms of a desktop UI glossary in compounds with unknown parts, hard Turkish forms and look-alikes. */
class CompoundsAndLookAlikesTest {
  static final Glossary GLOSSARY = load();
  static final TermMatcher DE = new TermMatcher(GLOSSARY, Lang.DE);
  static final TermMatcher TR = new TermMatcher(GLOSSARY, Lang.TR);

  static Glossary load() {
    try {
      return new GlossaryCsv().read(Path.of(CompoundsAndLookAlikesTest.class
          .getResource("/org/tandem/check/realistic/glossary.csv").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> all(TermMatcher matcher, String text) {
    return matcher.findAll(text).stream().map(h -> h.concept().id() + "=" + h.in(text)).toList();
  }

  @ParameterizedTest(name = "{1} contains {0}")
  @CsvSource(delimiter = ';', value = {
    "konto; Benutzerkonto; konto", "benutzer; Benutzerkonto; Benutzer", "geraet; Musikabspielgerät; gerät",
    "maus; Mauszeiger; Maus", "zeiger; Mauszeiger; zeiger", "zugriff; Lesezugriffsrechte; zugriff",
    "recht; Lesezugriffsrechte; rechte", "netzwerk; Netzwerkverbindung; Netzwerk", "datei; Dateinamen; Datei",
    "name; Dateinamen; namen", "ordner; Ordnerinhalt; Ordner", "ort; Speicherort; ort",
    "taste; Tastenkombination; Taste", "konto; Benutzerkonten; konten", "konto; Konten; Konten",
    "groesse; Bildschirmgröße; größe", "ort; die Orte; Orte", "tag; Tage; Tage",
    "geraet; Bluetoothgerät; gerät", "name; Hostname; name", "konto; Mailkonto; konto",
    "benutzer; Firefoxbenutzerkonto; benutzer", "zeiger; Einfügezeiger; zeiger",
    "recht; Inhaber des Rechts; Rechts",
  })
  void findsTermsInCompoundsAndTheirForms(String entry, String text, String matched) {
    assertTrue(all(DE, text).contains(entry + "=" + matched), () -> all(DE, text).toString());
  }

  @ParameterizedTest(name = "{1} does not contain {0}")
  @CsvSource(delimiter = ';', value = {
    "ort; Passwort", "ort; sofort", "ort; Port", "ort; Standort", "ort; Antwort", "taste; Tastatur",
    "dienst; Dienstag", "dienst; Dienstagabend", "konto; Kontur", "groesse; größer", "groesse; Größere Dateien",
    "recht; recht gut", "recht; Rechtsklick", "name; namens", "benutzer; Benutzerdefinierte Farben",
    "benutzer; benutzerdefiniert", "leistung; Dienstleistung", "bild; Bildung", "tag; Tagung",
    "zeiger; zeigen", "ort; Report", "ort; Transport", "ort; Airport",
    // seen in real UI translations: program identifiers and words derived from a term
    "recht; Rechts ausrichten", "recht; Text rechts", "tag; Tags bearbeiten",
    "ort; TreeModelSort", "ort; GtkSortModel", "zeiger; Fokusanzeiger", "zeiger; Anzeiger", "recht; Rechtschreibung",
  })
  void refusesGermanLookAlikes(String entry, String text) {
    assertTrue(all(DE, text).stream().noneMatch(h -> h.startsWith(entry + "=")), () -> all(DE, text).toString());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = ';', value = {
    "name; adı", "name; KULLANICI ADI", "name; adlarının", "name; Adınızı", "netzwerk; ağdaki", "netzwerk; Ağlar",
    "netzwerk; AĞLAR", "netzwerk; ağa", "leistung; gücü", "leistung; güce", "konto; hesabı", "konto; HESAPLARI",
    "recht; hakkı", "recht; hakları", "berechtigung; izni", "berechtigung; İZİN", "berechtigung; izinler",
    "bild; resmi", "farbe; rengi", "werkzeug; aracı", "baum; ağacı", "spur; izi", "anhang; ekte",
    "fingerabdruck; parmak izini", "fingerabdruck; parmak iziniz", "schriftart; yazı tipini",
    "schritt; adımda", "passwort; parolayla", "passwort; Şifreyi",
  })
  void findsTurkishForms(String entry, String text) {
    assertTrue(all(TR, text).stream().anyMatch(h -> h.startsWith(entry + "=")), () -> all(TR, text).toString());
  }

  @ParameterizedTest(name = "{0} not in {1}")
  @CsvSource(delimiter = ';', value = {
    "netzwerk; ağaç", "netzwerk; ağız", "netzwerk; ağzı", "netzwerk; ağır", "leistung; güçlü", "leistung; güçlük",
    "berechtigung; parmak izi", "berechtigung; izini", "spur; izin", "spur; İzinler", "name; adım", "name; adımda",
    "name; ada", "name; adres", "name; adet", "name; adlı", "anhang; ekle", "anhang; Ekim", "anhang; ekran",
    "konto; Hesapla", "konto; hesaplanıyor", "recht; hakkında", "recht; haklı", "dienst; hizmetçi",
    "einstellung; ayarla", "sicherung; yedekle", "wert; değerli", "farbe; renkli", "benutzer; kullanım",
    "recht; hakkındaki", "nachricht; iletim", "nachricht; İletimi", "tag; günce",
  })
  void refusesTurkishDerivationsAndLookAlikes(String entry, String text) {
    assertTrue(all(TR, text).stream().noneMatch(h -> h.startsWith(entry + "=")), () -> all(TR, text).toString());
  }

  @Test
  void aDeterminerMakesAWordInLaANoun() {
    assertEquals(List.of("konto=hesapla"), all(TR, "bu hesapla").stream().filter(h -> h.startsWith("konto")).toList());
    assertTrue(all(TR, "Toplamı hesapla").stream().noneMatch(h -> h.startsWith("konto")));
  }

  @Test
  void aModifierIsReportedWithoutItsLinkingElement() {
    String text = "Zugriffsberechtigungen";
    assertEquals(List.of("zugriff=Zugriff", "berechtigung=berechtigungen"), all(DE, text));
  }

  @Test
  void acceleratorMarksOfUiStringsAreUndone() {
    assertEquals(List.of("datei=Da&tei"), all(DE, "Da&tei öffnen"));
    assertEquals(List.of("datei=Datei"), all(DE, "_Datei"));
    assertEquals(List.of("passwort=Parolayı"), all(TR, "&Parolayı değiştir"));
    assertEquals(List.of("konto=K&onto"), all(DE, "K&onto"));
  }

  @Test
  void aNounInErWithNIsADativePluralOnlyAfterAWordThatAsksForOne() {
    assertTrue(all(DE, "Speichern unter …").isEmpty());
    assertEquals(List.of("fehler=Fehler", "datei=Datei"), all(DE, "Fehler beim Speichern der Datei"));
    assertEquals(List.of("ordner=Ordnern"), all(DE, "in allen Ordnern suchen"));
    assertEquals(List.of("speicher=Speichern"), all(DE, "in den Speichern"));
  }

  @Test
  void aGlossaryCompoundIsFoundWholeAndShowsItsParts() {
    Glossary glossary = new GlossaryCsv().parse("id,de,tr\nbk,Benutzerkonto,kullanıcı hesabı\nkonto,Konto,hesap\n"
        + "zr,Zugriffsrecht,erişim hakkı\n", "t.csv");
    TermMatcher de = new TermMatcher(glossary, Lang.DE);
    assertEquals(List.of("bk=Benutzerkonto"), de.find("Benutzerkonto").stream()
        .map(h -> h.concept().id() + "=" + h.in("Benutzerkonto")).toList());
    assertTrue(all(de, "Benutzerkontoeinstellungen").containsAll(List.of("bk=Benutzerkonto", "konto=konto")));
    assertEquals(List.of("zr=zugriffsrechte"), all(de, "Lesezugriffsrechte"));
    // the longest term wins in the source: Seitenleiste (sidebar) is not read as Seite (page)
    assertEquals(List.of("seitenleiste"), DE.find("Seitenleiste").stream().map(h -> h.concept().id()).toList());
  }
}
