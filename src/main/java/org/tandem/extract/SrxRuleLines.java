package org.tandem.extract;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tandem.io.Stax;
import javax.xml.stream.XMLStreamReader;

/**
 * The line of every {@code <rule>} of an SRX file, per language rule, so that an explanation can send
 * an editor to the rule. Okapi's loader does not keep positions.
 */
final class SrxRuleLines {
  private SrxRuleLines() {}

  /**
   * Lines from 1 of the rules of each {@code <languagerule>}, in file order; empty when the bytes
   * cannot be read as XML (Okapi's loader reports that case).
   */
  static Map<String, List<Integer>> of(byte[] srx) {
    Map<String, List<Integer>> lines = new HashMap<>();
    try {
      XMLStreamReader xml = Stax.safeInputFactory().createXMLStreamReader(new ByteArrayInputStream(srx));
      List<Integer> current = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (xml.getLocalName().equals("languagerule")) {
          current = lines.computeIfAbsent(xml.getAttributeValue(null, "languagerulename"), k -> new ArrayList<>());
        } else if (xml.getLocalName().equals("rule") && current != null) {
          current.add(xml.getLocation().getLineNumber());
        }
      }
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      return Map.of(); // no lines then; the rules themselves are loaded by Okapi, which reports the error
    }
    return lines;
  }
}
