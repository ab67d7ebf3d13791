package org.tandem.format.office;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.TandemException;

/**
 * Decodes and encodes XML parts: UTF-8 as Word and LibreOffice write them, or UTF-16 after a
 * byte-order mark as some other programs do; no DTDs.
 */
final class PartText {
  private static final Pattern ENCODING = Pattern.compile("^\uFEFF?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final int BOM = 2;

  private PartText() {}

  /** UTF-16 (little or big endian) when the part starts with its byte-order mark, else UTF-8. */
  static Charset charset(byte[] bytes) {
    if (bytes.length >= BOM && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= BOM && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  /** The text of an XML part; refuses a part in another encoding or with a DTD, naming file and part. */
  static String decode(byte[] bytes, String file, String part) {
    Charset charset = charset(bytes);
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    int skip = utf8 ? 0 : BOM; // a UTF-8 byte-order mark stays in the text, as it stays in the part
    String text;
    try {
      text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TandemException(file, 0, "the part " + part + " is not valid " + (utf8
          ? "UTF-8 though it declares no other encoding" : "UTF-16") + "; the document is damaged (save it again"
          + " with Word or LibreOffice)");
    }
    Matcher m = ENCODING.matcher(text);
    if (m.find() && !declares(m.group(1), utf8)) {
      throw new TandemException(file, 0, "the part " + part + " declares the encoding " + m.group(1)
          + " but is in " + (utf8 ? "UTF-8" : "UTF-16") + "; tandem reads parts in UTF-8 or UTF-16"
          + " (save the document again with Word or LibreOffice)");
    }
    return text;
  }

  private static boolean declares(String encoding, boolean utf8) {
    String name = encoding.toUpperCase(java.util.Locale.ROOT).replace("-", "");
    return utf8 ? name.equals("UTF8") : name.startsWith("UTF16");
  }

  /** A rewritten part's bytes, in the encoding (and with the byte-order mark) of {@code original}. */
  static byte[] encode(String text, byte[] original) {
    Charset charset = charset(original);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    byte[] body = text.getBytes(charset);
    byte[] bytes = new byte[BOM + body.length];
    System.arraycopy(original, 0, bytes, 0, BOM);
    System.arraycopy(body, 0, bytes, BOM, body.length);
    return bytes;
  }

  /** Refuses any XML part of the package that holds a DTD, which tandem never reads. */
  static void refuseDtds(ZipPackage zip, String file) {
    for (String name : zip.names()) {
      byte[] bytes = zip.bytes(name);
      boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
      if (xml && (contains(bytes, "<!DOCTYPE") || !charset(bytes).equals(StandardCharsets.UTF_8)
          && new String(bytes, charset(bytes)).contains("<!DOCTYPE"))) {
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
