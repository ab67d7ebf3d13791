package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishInflectionTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    // the lemma itself and plural, possessive, case, -ki, copula
    "belediye, belediye", "belediye, belediyeler", "belediye, belediyelerin", "belediye, belediyesi",
    "belediye, belediyesinin", "belediye, belediyeye", "belediye, belediyelerle", "belediye, belediyedeki",
    "belediye, belediyeden", "belediye, belediyelerde", "belediye, belediyesinde", "belediye, belediyemiz",
    "belediye, belediyemizin", "belediye, belediyelerimiz", "belediye, belediyedekiler",
    "belediye, belediyedekilere", "belediye, belediyedir", "belediye, belediyeydi", "belediye, belediyeyle",
    "belediye, belediyece", "belediye, belediyeninki",
    "mülteci, mülteciler", "mülteci, mültecilere", "mülteci, mültecilerin", "mülteci, mülteciyi",
    "mülteci, mülteciyim", "mülteci, mültecisiniz", "mülteci, mültecilerdir", "mülteci, mülteciymiş",
    "kurs, kurslar", "kurs, kursları", "kurs, kurslarına", "kurs, kursta", "kurs, kursun", "kurs, kursa",
    "kurs, kurstan", "kurs, kursu",
    // final consonant changes before a vowel
    "danışmanlık, danışmanlığı", "danışmanlık, danışmanlığa", "danışmanlık, danışmanlıklar",
    "danışmanlık, danışmanlıkta", "kitap, kitabı", "kanat, kanadı", "ağaç, ağacı", "renk, rengi",
    "katalog, kataloğu", "destek, desteği",
    // vowel harmony of loanwords, and the closed vowel-drop list
    "kontrol, kontrolü", "kontrol, kontrolde", "saat, saati", "izin, izni", "izin, izinler",
    "şehir, şehre", "şehir, şehirde", "kayıt, kaydı", "kayıt, kayıtlar",
    // u/ü harmony, voiceless assimilation
    "eğitim, eğitimde", "eğitim, eğitimi", "göçmen, göçmenler", "istihdam, istihdamı",
    "toplum, toplumu", "yurt, yurtta", "işyeri, işyerinde", "hizmet, hizmetten", "çocuk, çocuğu",
  })
  void acceptsInflectedForms(String lemma, String word) {
    assertEquals(true, TurkishInflection.isForm(lemma, word));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
    // derivations and look-alikes
    "göç, göçük", "göç, göçmen", "eğitim, eğitmen", "eğitim, eğitimci", "eğitim, eğitimli",
    "eğitim, eğitimsiz", "komün, komünizm", "komün, komünist", "belediye, belediyecilik",
    "belediye, belediyeli", "mülteci, mültecilik", "kurs, kursiyer", "göçmen, göçmenlik",
    "yardım, yardımcı", "sosyal, sosyalizm", "sosyal, sosyalist", "kamu, kamuoyu", "kamp, kampanya",
    "staj, stajyer", "uyum, uyumlu", "gönüllü, gönüllülük", "vatandaş, vatandaşlık", "işveren, işverenlik",
    // wrong harmony, wrong order, a mutated consonant before a consonant
    "belediye, belediyelar", "kurs, kursler", "kurs, kursi", "belediye, belediyeyeler",
    "danışmanlık, danışmanlığda", "eğitim, eğitm", "izin, izn", "belediye, belediy",
  })
  void rejectsOtherWords(String lemma, String word) {
    assertEquals(false, TurkishInflection.isForm(lemma, word));
  }

  @ParameterizedTest(name = "{0} ~ {1} (last word of a term)")
  @CsvSource({
    "kuruluşu, kuruluşlarıyla", "kuruluşu, kuruluşları", "kuruluşu, kuruluşuna", "kuruluşu, kuruluşunun",
    "başkanı, başkanları", "başkanı, başkanına", "başkanı, başkanlarının", "sigortası, sigortaları",
    "sigortası, sigortasına", "müdürlüğü, müdürlükleri", "müdürlüğü, müdürlüğüne", "izni, izinleri",
    "izni, iznini", "dairesi, dairelerine", "birliği, birlikleri", "cemaati, cemaatleri",
    "cemaati, cemaatlerine",
  })
  void compoundHeadsTakeThePluralBeforeTheirEnding(String head, String word) {
    assertEquals(true, TurkishInflection.isForm(head, word, true));
  }

  @ParameterizedTest(name = "{0} !~ {1} (last word of a term)")
  @CsvSource({"kuruluşu, kuruluş", "kuruluşu, kuruluşlar", "kuruluşu, kuruluşta", "başkanı, başkan",
      "başkanı, başkanlık"})
  void compoundHeadsNeedTheirEnding(String head, String word) {
    assertEquals(false, TurkishInflection.isForm(head, word, true));
  }
}
