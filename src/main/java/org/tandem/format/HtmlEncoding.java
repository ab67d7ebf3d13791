package org.tandem.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.TandemException;

/**
 * The character encoding of an HTML page, found as browsers find it: a byte-order mark, else the
 * charset its head declares ({@code <meta charset>}, {@code http-equiv} or an XML declaration), else
 * UTF-8. A page that declares nothing and is not UTF-8 is refused: guessing would garble it.
 */
final class HtmlEncoding {
  private static final Pattern META = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML = Pattern.compile(
      "^<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']");
  /** How far browsers look for a declaration. */
  private static final int PRESCAN = 1024;

  private HtmlEncoding() {}

  /** The decoded page (a byte-order mark kept as U+FEFF) and its encoding. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, String displayName) {
    Charset charset = bom(bytes);
    String declared = null;
    if (charset == null) {
      declared = declared(bytes);
      charset = declared == null ? StandardCharsets.UTF_8 : charset(declared, displayName);
    }
    try {
      String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(text, charset);
    } catch (CharacterCodingException e) {
      throw new TandemException(displayName, 0, declared == null && charset == StandardCharsets.UTF_8
          ? "the page is not UTF-8 and does not say which encoding it is in; add <meta charset=\"...\">"
              + " with its encoding (for example windows-1252) to its head, or save it as UTF-8"
          : "the page is not valid " + charset.name() + " although it says it is; save it again in"
              + " that encoding or as UTF-8");
    }
  }

  /** The page's text in {@code charset}; a character the encoding lacks becomes a character reference. */
  static byte[] encode(String text, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp < 0x80 || encoder.canEncode(text.substring(i, i + n))) {
        out.append(text, i, i + n);
      } else {
        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
      }
      i += n;
    }
    try {
      ByteBuffer buffer = charset.newEncoder().encode(CharBuffer.wrap(out));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("every character left can be encoded", e);
    }
  }

  /** The encoding a byte-order mark at the start says, or null. */
  static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher xml = XML.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META.matcher(head.replaceAll("(?s)<!--.*?-->", ""));
    return meta.find() ? meta.group(1) : null;
  }

  private static Charset charset(String label, String displayName) {
    String name = label.toLowerCase(Locale.ROOT);
    // as in browsers: pages labelled Latin-1 or ASCII are read as windows-1252, their superset
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    if (name.startsWith("utf-16")) {
      return StandardCharsets.UTF_8; // a declaration readable as ASCII is not UTF-16: browsers read UTF-8
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new TandemException(displayName, 0, "the page declares the encoding '" + label
          + "', which tandem does not know; save it as UTF-8");
    }
  }
}
