package org.tandem.format.office;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word document written for the tests: a Turkish district municipality's press release with a
 * heading split into revision-id runs, nested bold and italic, a footnote, a hyperlink, a table, a
 * text box (with its fallback copy), an image with a description, a comment, fields, hidden text, a
 * tab and a line break, a header and a footer, and a title.
 */
final class SampleDocx {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NS = " xmlns:w=\"" + W + "\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
      + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
  /** A 1x1 PNG. */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private SampleDocx() {}

  /** The parts of the document, in package order. */
  static Map<String, String> parts() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("[Content_Types].xml", DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        + override("word/document.xml", "document.main") + override("word/styles.xml", "styles")
        + override("word/settings.xml", "settings") + override("word/footnotes.xml", "footnotes")
        + override("word/comments.xml", "comments") + override("word/header1.xml", "header")
        + override("word/footer1.xml", "footer")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>");
    p.put("_rels/.rels", DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rel("rId1", "officeDocument", "word/document.xml")
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>");
    p.put("docProps/core.xml", DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Mahalle Dayanışma Ağı başladı</dc:title>"
        + "<dc:creator>Basın Birimi</dc:creator><dc:language>tr-TR</dc:language></cp:coreProperties>");
    p.put("word/_rels/document.xml.rels", DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rel("rId1", "styles", "styles.xml") + rel("rId2", "settings", "settings.xml")
        + rel("rId3", "footnotes", "footnotes.xml") + rel("rId4", "comments", "comments.xml")
        + rel("rId5", "header", "header1.xml") + rel("rId6", "footer", "footer1.xml")
        + rel("rId7", "image", "media/image1.png")
        + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
        + " Target=\"https://www.kadikoy.bel.tr/dayanisma?kaynak=bulten&amp;yil=2026\" TargetMode=\"External\"/>"
        + "</Relationships>");
    p.put("word/document.xml", document(body()));
    p.put("word/styles.xml", DECL + "<w:styles" + NS + "><w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/><w:sz w:val=\"24\"/>"
        + "<w:lang w:val=\"tr-TR\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
        + "<w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
        + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>"
        + "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
        + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "</w:tblBorders></w:tblPr></w:style></w:styles>");
    p.put("word/settings.xml", DECL + "<w:settings" + NS + "><w:zoom w:percent=\"100\"/>"
        + "<w:themeFontLang w:val=\"tr-TR\"/><w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/><w:rsid w:val=\"00A1B2C3\"/>"
        + "<w:rsid w:val=\"00D4E5F6\"/></w:rsids></w:settings>");
    p.put("word/footnotes.xml", DECL + "<w:footnotes" + NS + ">"
        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"1\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
        + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> Program, 2026 yılı bütçesinden karşılanmaktadır. Ek kaynak gerekmemektedir.</w:t></w:r>"
        + "</w:p></w:footnote></w:footnotes>");
    p.put("word/comments.xml", DECL + "<w:comments" + NS + "><w:comment w:id=\"0\" w:author=\"Editör\" w:initials=\"E\">"
        + "<w:p><w:r><w:t>Sayıyı Sosyal Destek Müdürlüğü ile teyit edelim.</w:t></w:r></w:p></w:comment></w:comments>");
    p.put("word/header1.xml", DECL + "<w:hdr" + NS + "><w:p><w:r><w:t>Kadıköy Belediyesi – Basın Bülteni</w:t></w:r></w:p></w:hdr>");
    p.put("word/footer1.xml", DECL + "<w:ftr" + NS + "><w:p><w:r><w:t xml:space=\"preserve\">Sayfa </w:t></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>");
    return p;
  }

  /** A document.xml with this body and the sample's section properties (header, footer, A4). */
  static String document(String body) {
    return DECL + "<w:document" + NS + "><w:body>" + body + SECTION + "</w:body></w:document>";
  }

  private static final String SECTION = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
      + "<w:footerReference w:type=\"default\" r:id=\"rId6\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1134\" w:left=\"1417\" w:header=\"708\""
      + " w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";

  /** The document as a package, with its image. */
  static byte[] bytes() {
    return bytes(parts());
  }

  /** A package of these parts, with the image. */
  static byte[] bytes(Map<String, String> parts) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    parts.forEach((name, text) -> entries.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    entries.put("word/media/image1.png", PNG);
    return Packages.zipBytes(entries);
  }

  private static String body() {
    return para("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>", "<w:r w:rsidR=\"00A1B2C3\"><w:t xml:space=\"preserve\">Kadıköy’de Mahalle </w:t></w:r>"
        + "<w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"00D4E5F6\"><w:t>Dayanışma</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
        + "<w:r w:rsidR=\"00A1B2C3\"><w:t xml:space=\"preserve\"> Ağı başladı</w:t></w:r>")
        + para("", run("<w:b/>", "İstanbul, 12 Kasım 2026") + run("", " – Kadıköy Belediyesi, ilçede yaşayan yaşlı ve engelli komşulara destek olmak için ")
            + run("<w:i/>", "Mahalle Dayanışma Ağı") + run("", "’nı hayata geçirdi.")
            + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
            + run("", " Gönüllüler haftada iki gün alışverişe ve doktor randevularına eşlik edecek."))
        + para("", run("", "Başvurular ") + "<w:hyperlink r:id=\"rId8\" w:history=\"1\">"
            + run("<w:rStyle w:val=\"Hyperlink\"/>", "belediyenin internet sitesinden") + "</w:hyperlink>"
            + run("", " ya da 444 55 22 numaralı çağrı merkezinden yapılabilir."))
        + para("", run("<w:b/>", "Önemli: ") + run("<w:b/><w:i/>", "kayıt ücretsizdir") + run("", " ve her yaştan gönüllüye açıktır."))
        + para("", "<w:bookmarkStart w:id=\"5\" w:name=\"tablo1\"/>" + run("", "Tablo 1") + "<w:bookmarkEnd w:id=\"5\"/>"
            + run("", ": Mahallelere göre gönüllü sayıları"))
        + table()
        + para("", "<w:r><w:t xml:space=\"preserve\">Program ilk aşamada </w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
            + "<w:r><w:t>12 mahallede</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> uygulanacak.</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> İÇ NOT: bütçe onayı bekleniyor.</w:t></w:r>")
        + para("", run("", "Ayrıntılar için bkz. ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> REF tablo1 \\h </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("", "Tablo 1")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run("", "."))
        + para("", "<w:r><w:t>Bilgi için:</w:t><w:tab/><w:t>Basın Birimi</w:t><w:br/><w:t>Tel. 0216 555 00 00</w:t></w:r>")
        + para("", "<w:r>" + textBox() + "</w:r>")
        + para("", "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"952500\" cy=\"952500\"/>"
            + "<wp:docPr id=\"2\" name=\"Resim 1\" descr=\"Gönüllüler Moda sahilinde bir araya geldi\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"rId7\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
            + "</wp:inline></w:drawing></w:r>");
  }

  private static String table() {
    return table(List.of(List.of("Mahalle", "Gönüllü sayısı"), List.of("Moda", "48"), List.of("Fenerbahçe", "35")));
  }

  /** A table with grid lines, one paragraph per cell. */
  static String table(List<List<String>> rows) {
    int width = 9000 / rows.get(0).size();
    StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
        + "</w:tblPr><w:tblGrid>");
    rows.get(0).forEach(c -> sb.append("<w:gridCol w:w=\"").append(width).append("\"/>"));
    sb.append("</w:tblGrid>");
    for (List<String> row : rows) {
      sb.append("<w:tr>");
      for (String cell : row) {
        sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>")
            .append(para("", run("", cell))).append("</w:tc>");
      }
      sb.append("</w:tr>");
    }
    return sb.append("</w:tbl>").toString();
  }

  private static String textBox() {
    String content = "<w:txbxContent>" + para("", run("<w:i/>", "„Komşuluk, bu şehrin en güçlü bağıdır.“")) + "</w:txbxContent>";
    return "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
        + "<wp:extent cx=\"2857500\" cy=\"571500\"/><wp:docPr id=\"1\" name=\"Metin Kutusu 1\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2857500\" cy=\"571500\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape style=\"width:225pt;height:45pt\"><v:textbox>" + content
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>";
  }

  static String para(String properties, String runs) {
    return "<w:p>" + properties + runs + "</w:p>";
  }

  static String run(String properties, String text) {
    String space = text.startsWith(" ") || text.endsWith(" ") ? " xml:space=\"preserve\"" : "";
    return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t" + space + ">"
        + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r>";
  }

  private static String override(String part, String kind) {
    return "<Override PartName=\"/" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
        + kind + "+xml\"/>";
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + type + "\" Target=\"" + target + "\"/>";
  }
}
