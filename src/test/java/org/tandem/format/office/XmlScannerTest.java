package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlScannerTest {
  private static List<String> tokens(String xml) {
    XmlScanner sc = new XmlScanner(xml);
    List<String> out = new ArrayList<>();
    for (XmlScanner.Token t; (t = sc.next()) != null; ) {
      out.add(t + ":" + xml.substring(sc.start(), sc.end()));
    }
    return out;
  }

  @Test
  void tokensKeepTheirExactPlaces() {
    String xml = "\uFEFF<?xml version=\"1.0\"?><a x='1>2'><!-- c --><b/>t&amp;<![CDATA[<x>]]></a>";
    assertEquals(List.of("OTHER:<?xml version=\"1.0\"?>", "START:<a x='1>2'>", "OTHER:<!-- c -->", "EMPTY:<b/>",
        "TEXT:t&amp;", "OTHER:<![CDATA[<x>]]>", "END:</a>"), tokens(xml));
  }

  @Test
  void malformedXmlIsAnErrorWithItsLine() {
    XmlScanner.XmlError e = assertThrows(XmlScanner.XmlError.class, () -> tokens("<a>\n<b></a>"));
    assertEquals(2, e.line("<a>\n<b></a>"));
    assertThrows(XmlScanner.XmlError.class, () -> tokens("<a>"));
    assertThrows(XmlScanner.XmlError.class, () -> tokens("<a x=\"1></a>"));
    assertThrows(XmlScanner.XmlError.class, () -> XmlChars.decode("a &b; c", 0, 7));
  }

  @Test
  void attributesAreFoundOutsideOtherValuesOnly() {
    String tag = "<wp:docPr title=\"x descr=&quot;no&quot;\" descr=\"G&#252;l &amp; Su\"/>";
    int[] range = XmlScanner.attrRange(tag, 0, tag.length(), "descr");
    assertEquals("Gül & Su", XmlChars.decode(tag, range[0], range[1]));
    assertNull(XmlScanner.attrRange(tag, 0, tag.length(), "name"));
  }

  @Test
  void theRootsPrefixForANamespace() {
    assertEquals("w", XmlScanner.prefixOf("<?xml?><w:document xmlns:w=\"urn:w\"/>", "urn:w"));
    assertEquals("", XmlScanner.prefixOf("<document xmlns=\"urn:w\"/>", "urn:w"));
    assertNull(XmlScanner.prefixOf("<document/>", "urn:w"));
  }

  @Test
  void translatedMarkupMustNestAsTheOriginal() {
    String original = "</w:t></w:r><w:hyperlink><w:r><w:t>x</w:t></w:r></w:hyperlink><w:r><w:t>";
    assertTrue(PartWriter.sameNesting(original, original));
    assertTrue(PartWriter.sameNesting("</w:t></w:r><w:r><w:t>", ""), "a run boundary may disappear");
    assertFalse(PartWriter.sameNesting(original, "</w:t></w:r></w:hyperlink><w:r><w:t>y</w:t></w:r><w:hyperlink><w:r><w:t>"));
  }

  @Test
  void escapingForTextAndAttributes() {
    assertEquals("a &lt;b&gt; &amp; c", XmlChars.escapeText("a <b> & c\u0001"));
    assertEquals("&quot;x&quot; &apos;y&apos;&#10;", XmlChars.escapeAttribute("\"x\" 'y'\n"));
    assertArrayEquals(new String[] {"t", "/t", "r/"}, Dialect.tagNames("<t></t><r/>").toArray());
  }
}
