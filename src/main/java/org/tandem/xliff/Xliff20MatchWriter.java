package org.tandem.xliff;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.model.Content;

/**
 * Writes a unit's offered translations ({@link XliffMatch}: memory matches, the previous version)
 * in the XLIFF 2 Matches module, the counterpart of XLIFF 1.2's {@code <alt-trans>}:
 * {@code <mtc:matches>} first in the unit, one {@code <mtc:match ref="#seg">} per offer with its
 * {@code similarity} (the offer's quality), its {@code origin}, {@code type="tm"} for a memory match
 * or {@code type="other" subType="tandem:previous-version"} for the unit's previous version, and its
 * own original data, source and target. tandem writes these for the translator and never reads them.
 */
final class Xliff20MatchWriter {
  /** The Matches module's namespace. */
  static final String NAMESPACE = "urn:oasis:names:tc:xliff:matches:2.0";

  private final XMLStreamWriter xml;

  Xliff20MatchWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes {@code <mtc:matches>} at {@code depth} when there are matches. */
  void write(List<XliffMatch> matches, int depth) throws XMLStreamException {
    if (matches.isEmpty()) {
      return;
    }
    newline(depth);
    xml.writeStartElement("mtc", "matches", NAMESPACE);
    xml.writeNamespace("mtc", NAMESPACE);
    for (XliffMatch match : matches) {
      writeMatch(match, depth + 1);
    }
    newline(depth);
    xml.writeEndElement();
  }

  private void writeMatch(XliffMatch match, int depth) throws XMLStreamException {
    newline(depth);
    xml.writeStartElement("mtc", "match", NAMESPACE);
    xml.writeAttribute("ref", "#" + Xliff20CodeLayout.SEGMENT_ID);
    xml.writeAttribute("similarity", Integer.toString(match.quality()));
    if (!match.origin().isEmpty()) {
      xml.writeAttribute("origin", Xliff20Writer.checkedAttribute(match.origin(), "a match's origin", null));
    }
    boolean previous = match.kind() == XliffMatch.Kind.PREVIOUS_VERSION;
    xml.writeAttribute("type", previous ? "other" : "tm");
    if (previous) {
      xml.writeAttribute("subType", "tandem:previous-version");
    }
    Xliff20CodeLayout layout = Xliff20CodeLayout.plan(match.source(), match.target());
    Xliff20Writer.writeData(xml, layout.data(), depth + 1);
    content("source", match.source(), layout.source(), depth + 1);
    content("target", match.target(), layout.target(), depth + 1);
    newline(depth);
    xml.writeEndElement();
  }

  private void content(String element, Content content, Map<Integer, Xliff20CodeLayout.Placed> placed, int depth)
      throws XMLStreamException {
    newline(depth);
    xml.writeStartElement(element);
    new Xliff20ContentWriter(xml).write(content.pieces(), placed);
    xml.writeEndElement();
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
