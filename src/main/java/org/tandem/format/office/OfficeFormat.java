package org.tandem.format.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tandem.extract.AlignedDocument;
import org.tandem.extract.Block;
import org.tandem.extract.DocumentPart;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.format.DocumentFormat;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * What DOCX and ODT share: a zip package whose XML parts hold paragraphs. Reading finds every
 * character's offset in its part; writing splices translated segments into the original XML and
 * copies everything else unchanged, so a document whose targets equal its sources comes back with
 * the same parts and the same XML.
 */
public abstract class OfficeFormat implements DocumentFormat {
  /** The parts to read for text, in reading order; refuses packages tandem must not read (macros, encryption). */
  abstract List<String> textParts(ZipPackage zip, String file);

  /** The vocabulary of a part. */
  abstract Dialect dialect(String part, String text);

  /** Parts rewritten so that their language tags say {@code to} where they said {@code from}. */
  abstract Map<String, String> languageTags(ZipPackage zip, Map<String, String> texts, Lang from, Lang to, String file);

  @Override
  public int version() {
    return 1;
  }

  @Override
  public AlignedDocument align(byte[] bytes, String displayName, Lang lang) {
    Parsed parsed = parse(bytes, displayName);
    List<DocumentPart> parts = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (int p = 0; p < parsed.parts.size(); p++) {
      parts.add(parsed.parts.get(p));
      for (OfficeBlock b : parsed.blocks.get(p)) {
        Escaping escaping = b.escape() == OfficeBlock.Escape.ATTRIBUTE ? Escaping.ATTRIBUTE : Escaping.XML;
        blocks.add(new Block(blocks.size() + 1, p, b.atoms(), escaping, b.escape() == OfficeBlock.Escape.PARAGRAPH
            ? parsed.dialects.get(p).escapeParagraph("\n") : " "));
      }
    }
    return new AlignedDocument(bytes, parts, blocks);
  }

  @Override
  public byte[] write(ExtractedDocument doc, List<Content> targets, Lang targetLang, UnaryOperator<String> untranslated) {
    if (targets.size() != doc.segments().size()) {
      throw new IllegalArgumentException(targets.size() + " targets for " + doc.segments().size() + " segments");
    }
    String file = null; // the document was read before under its name: errors here are about translations
    Parsed parsed = parse(doc.bytes(), file);
    List<PartWriter> writers = new ArrayList<>();
    for (int p = 0; p < parsed.parts.size(); p++) {
      writers.add(new PartWriter(parsed.parts.get(p), parsed.blocks.get(p), parsed.dialects.get(p), untranslated));
    }
    for (int i = 0; i < targets.size(); i++) {
      ExtractedSegment s = doc.segments().get(i);
      writers.get(s.part()).add(s.start(), s.end(), targets.get(i));
    }
    Map<String, String> texts = new HashMap<>();
    boolean translated = false;
    for (int p = 0; p < writers.size(); p++) {
      String rewritten = writers.get(p).render();
      translated |= writers.get(p).translated();
      if (!rewritten.equals(parsed.parts.get(p).text())) {
        texts.put(parsed.parts.get(p).name(), rewritten);
      }
    }
    if (translated) {
      texts.putAll(languageTags(parsed.zip, texts, targetLang.other(), targetLang, file));
    }
    Map<String, byte[]> replaced = new HashMap<>();
    texts.forEach((name, text) -> replaced.put(name, PartText.encode(text, parsed.zip.bytes(name))));
    return parsed.zip.write(replaced);
  }

  /** The package, its text parts, their dialects and blocks. */
  private record Parsed(ZipPackage zip, List<DocumentPart> parts, List<Dialect> dialects, List<List<OfficeBlock>> blocks) {}

  private Parsed parse(byte[] bytes, String file) {
    ZipPackage zip = ZipPackage.read(bytes, file);
    PartText.refuseDtds(zip, file);
    List<DocumentPart> parts = new ArrayList<>();
    List<Dialect> dialects = new ArrayList<>();
    List<List<OfficeBlock>> blocks = new ArrayList<>();
    List<String> names;
    try {
      names = textParts(zip, file);
    } catch (XmlScanner.XmlError e) {
      throw new TandemException(file, 0, "the package's list of parts is damaged: " + e.getMessage());
    }
    for (String name : names) {
      String text = PartText.decode(zip.bytes(name), file, name);
      try {
        Dialect dialect = dialect(name, text);
        blocks.add(ParagraphReader.read(text, parts.size(), dialect));
        dialects.add(dialect);
      } catch (XmlScanner.XmlError e) {
        throw new TandemException(file, 0, "part " + name + ", line " + e.line(text) + ": " + e.getMessage());
      }
      parts.add(new DocumentPart(name, text));
    }
    return new Parsed(zip, parts, dialects, blocks);
  }

  /** The text of a part of the package as it is now: rewritten already, or as stored; null when absent. */
  static String current(ZipPackage zip, Map<String, String> texts, String name, String file) {
    String text = texts.get(name);
    if (text != null || zip.bytes(name) == null) {
      return text;
    }
    return PartText.decode(zip.bytes(name), file, name);
  }
}
