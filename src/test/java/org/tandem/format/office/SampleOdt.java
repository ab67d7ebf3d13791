package org.tandem.format.office;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A LibreOffice document written for the tests: a German town's newsletter of its integration
 * office, with spans that differ only by LibreOffice's revision ids, bold and italic, a link, a
 * footnote, repeated spaces ({@code text:s}), a tab and a line break, a table, a text frame, an
 * image with title and description, a comment, a hidden section, a header and footer and a title.
 */
final class SampleOdt {
  static final String CONTENT_NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
      + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
      + " xmlns:officeooo=\"http://openoffice.org/2009/office\" office:version=\"1.3\"";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private SampleOdt() {}

  /** The parts, in package order: mimetype first. */
  static Map<String, String> parts() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mimetype", "application/vnd.oasis.opendocument.text");
    p.put("META-INF/manifest.xml", DECL + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + entry("content.xml") + entry("styles.xml") + entry("meta.xml")
        + "<manifest:file-entry manifest:full-path=\"Pictures/bild.png\" manifest:media-type=\"image/png\"/></manifest:manifest>");
    p.put("meta.xml", DECL + "<office:document-meta" + CONTENT_NS + "><office:meta><dc:title>Neues aus dem Integrationsbüro</dc:title>"
        + "<dc:language>de-DE</dc:language></office:meta></office:document-meta>");
    p.put("styles.xml", DECL + "<office:document-styles" + CONTENT_NS + "><office:styles>"
        + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"12pt\" fo:language=\"de\" fo:country=\"DE\"/></style:default-style>"
        + "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\">"
        + "<style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/></style:style></office:styles>"
        + "<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"/>"
        + "<style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>"
        + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
        + "<style:header><text:p>Stadt Altena · Integrationsbüro</text:p></style:header>"
        + "<style:footer><text:p>Seite <text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>"
        + "</style:master-page></office:master-styles></office:document-styles>");
    p.put("content.xml", DECL + "<office:document-content" + CONTENT_NS + "><office:automatic-styles>"
        + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties officeooo:rsid=\"0012ab34\"/></style:style>"
        + "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties officeooo:rsid=\"0034cd56\"/></style:style>"
        + "<style:style style:name=\"T3\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"T4\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
        + "<style:style style:name=\"P1\" style:family=\"paragraph\"><style:text-properties fo:language=\"de\" fo:country=\"DE\"/></style:style>"
        + "</office:automatic-styles><office:body><office:text>" + body() + "</office:text></office:body></office:document-content>");
    return p;
  }

  static byte[] bytes() {
    return bytes(parts());
  }

  static byte[] bytes(Map<String, String> parts) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    parts.forEach((name, text) -> entries.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    entries.put("Pictures/bild.png", SampleDocx.PNG);
    return Packages.zipBytes(entries);
  }

  private static String body() {
    return "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Willkommen im Quartier</text:h>"
        + "<text:p text:style-name=\"P1\"><text:span text:style-name=\"T1\">Das Integrationsbüro der Stadt </text:span>"
        + "<text:span text:style-name=\"T2\">Altena lädt</text:span> alle neuen Nachbarinnen und Nachbarn zum "
        + "<text:span text:style-name=\"T3\">Begrüßungsfrühstück</text:span> ein.<text:note text:id=\"ftn1\" text:note-class=\"footnote\">"
        + "<text:note-citation>1</text:note-citation><text:note-body><text:p>Das Frühstück ist kostenlos. Spenden sind willkommen.</text:p>"
        + "</text:note-body></text:note> Es findet am 3. Oktober im Bürgerhaus statt.</text:p>"
        + "<text:p>Anmeldung bitte über <text:a xlink:type=\"simple\" xlink:href=\"https://www.altena.de/integration?ref=brief&amp;jahr=2026\">"
        + "unser Online-Formular</text:a> oder telefonisch.</text:p>"
        + "<text:p>Wir sprechen Deutsch,<text:s/> Türkisch<text:s text:c=\"3\"/>und Arabisch.<text:tab/>Straße &amp; Hausnummer:"
        + "<text:line-break/>Lindenstraße 22</text:p>"
        + "<text:p><office:annotation><dc:creator>Redaktion</dc:creator><text:p>Adresse noch einmal prüfen.</text:p></office:annotation>"
        + "Die <text:span text:style-name=\"T4\">Sprechstunde</text:span> ist jeden Dienstag geöffnet.<text:soft-page-break/></text:p>"
        + "<table:table table:name=\"Zeiten\"><table:table-column table:number-columns-repeated=\"2\"/>"
        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Tag</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"><text:p>Uhrzeit</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Dienstag</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"><text:p>9–12 Uhr</text:p></table:table-cell></table:table-row></table:table>"
        + "<text:p><draw:frame draw:name=\"Rahmen1\" text:anchor-type=\"as-char\" svg:width=\"6cm\" svg:height=\"2cm\">"
        + "<draw:text-box><text:p>Wir freuen uns auf Sie!</text:p></draw:text-box></draw:frame></text:p>"
        + "<text:p><draw:frame draw:name=\"Bild1\" text:anchor-type=\"as-char\" svg:width=\"2cm\" svg:height=\"2cm\">"
        + "<draw:image xlink:href=\"Pictures/bild.png\" xlink:type=\"simple\"/><svg:title>Das Bürgerhaus</svg:title>"
        + "<svg:desc>Eingang des Bürgerhauses mit Rampe</svg:desc></draw:frame></text:p>"
        + "<text:section text:name=\"Intern\" text:display=\"none\"><text:p>Nur für das Team: Kaffee bestellen.</text:p></text:section>";
  }

  private static String entry(String path) {
    return "<manifest:file-entry manifest:full-path=\"" + path + "\" manifest:media-type=\"text/xml\"/>";
  }
}
