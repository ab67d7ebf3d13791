package org.tandem.format.office;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.TandemException;

/** Decodes XML parts: UTF-8 only, no DTDs, as every part Word and LibreOffice write. */
final class PartText {
  private static final Pattern ENCODING = Pattern.compile("^\uFEFF?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private PartText() {}

  /** The text of an XML part; refuses a part in another encoding or with a DTD, naming file and part. */
  static String decode(byte[] bytes, String file, String part) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      throw new TandemException(file, 0, "the part " + part + " is in UTF-16; tandem reads parts in UTF-8 only"
          + " (save the document again with Word or LibreOffice)");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new TandemException(file, 0, "the part " + part + " is not valid UTF-8 though it declares no other"
          + " encoding; the document is damaged (save it again with Word or LibreOffice)");
    }
    Matcher m = ENCODING.matcher(text);
    if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8")) {
      throw new TandemException(file, 0, "the part " + part + " declares the encoding " + m.group(1)
          + "; tandem reads parts in UTF-8 only (save the document again with Word or LibreOffice)");
    }
    return text;
  }

  /** Refuses any XML part of the package that holds a DTD, which tandem never reads. */
  static void refuseDtds(ZipPackage zip, String file) {
    for (String name : zip.names()) {
      if ((name.endsWith(".xml") || name.endsWith(".rels")) && contains(zip.bytes(name), "<!DOCTYPE")) {
        throw new TandemException(file, 0, "the part " + name + " holds a document type declaration (DTD);"
            + " tandem refuses XML with DTDs or entities because they can read other files or expand without end");
      }
    }
  }

  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
