package org.tandem.format.office;

import static org.tandem.format.office.SampleDocx.para;
import static org.tandem.format.office.SampleDocx.run;

import java.util.List;
import java.util.Map;

/**
 * The sample publication's DOCX chapter, chapters/tr/zeytinburnu-konusma-kulupleri.docx: an Istanbul
 * district's press release with a table, a footnote and a hyperlink (see PressReleaseTest).
 */
final class PressRelease {
  static final String FILE = "chapters/tr/zeytinburnu-konusma-kulupleri.docx";

  private PressRelease() {}

  static Map<String, String> parts() {
    Map<String, String> p = SampleDocx.parts();
    p.put("docProps/core.xml", p.get("docProps/core.xml").replace("Mahalle Dayanışma Ağı başladı",
        "Zeytinburnu’nda kadınlar için Türkçe konuşma kulüpleri"));
    p.put("word/header1.xml", p.get("word/header1.xml").replace("Kadıköy Belediyesi – Basın Bülteni",
        "Zeytinburnu Belediyesi · Basın Bülteni"));
    p.put("word/footnotes.xml", p.get("word/footnotes.xml").replace(
        " Program, 2026 yılı bütçesinden karşılanmaktadır. Ek kaynak gerekmemektedir.",
        " Kulüpler, Sosyal Destek Hizmetleri Müdürlüğünün bütçesinden ve bir Avrupa Birliği hibe programının"
            + " katkısıyla finanse ediliyor."));
    p.put("word/comments.xml", p.get("word/comments.xml").replace("Sayıyı Sosyal Destek Müdürlüğü ile teyit edelim.",
        "Saatleri konak sorumlularıyla bir kez daha teyit edelim."));
    p.put("word/_rels/document.xml.rels", p.get("word/_rels/document.xml.rels").replace(
        "https://www.kadikoy.bel.tr/dayanisma?kaynak=bulten&amp;yil=2026",
        "https://www.zeytinburnu.istanbul/e-hizmet/konusma-kulubu?kaynak=bulten&amp;yil=2026"));
    p.put("word/document.xml", SampleDocx.document(body()));
    return p;
  }

  static byte[] bytes() {
    return SampleDocx.bytes(parts());
  }

  private static String body() {
    String heading1 = "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>";
    return para(heading1, "<w:r w:rsidR=\"00A1B2C3\"><w:t xml:space=\"preserve\">Zeytinburnu’nda Kadınlar İçin </w:t></w:r>"
        + "<w:r w:rsidR=\"00D4E5F6\"><w:t>Türkçe Konuşma Kulüpleri Açılıyor</w:t></w:r>")
        + para("", run("<w:b/>", "Zeytinburnu, 2 Aralık 2026") + run("", " – Zeytinburnu Belediyesi, ilçede yaşayan göçmen"
            + " kadınların gündelik hayatta Türkçeyi daha rahat kullanabilmesi için mahalle konaklarında ücretsiz konuşma"
            + " kulüpleri açıyor. Kulüpler, ocak ayının ikinci haftasında üç mahallede birden çalışmaya başlayacak."))
        + para("", run("", "Her kulüpte en fazla on iki katılımcı yer alacak. Buluşmalar, ")
            + run("<w:i/>", "gönüllü Türkçe öğretmenlerinin") + run("", " eşliğinde haftada bir kez yapılacak ve iki saat sürecek.")
            + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
            + run("", " Katılımcıların çocukları için aynı saatlerde konakta oyun atölyesi düzenlenecek."))
        + para(heading1, run("", "Buluşma yerleri ve saatleri"))
        + SampleDocx.table(List.of(List.of("Mahalle konağı", "Gün", "Saat"), List.of("Beştelsiz", "Salı", "10.00–12.00"),
            List.of("Nuripaşa", "Çarşamba", "14.00–16.00"), List.of("Yeşiltepe", "Cuma", "10.00–12.00")))
        + para("", run("", "Başvurular 20 Aralık’a kadar ") + "<w:hyperlink r:id=\"rId8\" w:history=\"1\">"
            + run("<w:rStyle w:val=\"Hyperlink\"/>", "belediyenin e-hizmet sayfasından") + "</w:hyperlink>"
            + run("", " ya da mahalle konaklarında şahsen yapılabilir. Başvuru sırasında kimlik kartını ya da geçici"
                + " koruma kimlik belgesini göstermek yeterli."))
        + para("", run("", "Belediye Başkan Yardımcısı Elif Karaca projeyi şöyle anlattı: “Dil, bir şehre ait hissetmenin"
            + " ilk adımıdır. Komşularımızın pazarda, okulda ve hastanede kendini rahatça ifade edebilmesini istiyoruz.”"))
        + para("", "<w:r><w:rPr><w:b/></w:rPr><w:t>Bilgi için:</w:t></w:r><w:r><w:tab/>"
            + "<w:t>Basın ve Halkla İlişkiler Müdürlüğü</w:t><w:br/><w:t>Telefon: 0212 555 01 23</w:t></w:r>");
  }
}
