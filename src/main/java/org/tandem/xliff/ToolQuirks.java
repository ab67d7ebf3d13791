package org.tandem.xliff;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs, for checking only, two things tools write that no XML parser accepts: a UTF-16 file whose
 * declaration says {@code encoding="utf-8"} (Trados writes those; the byte order mark is right, the
 * declaration wrong), and control characters, raw or as references like {@code &#x3;}, which XML 1.0
 * forbids (they come from the tools' source documents). The first is read as the byte order mark says;
 * each control character becomes U+FFFD, which the encoding-damage rule then reports where it matters,
 * in a source or target. The import path stays strict.
 */
final class ToolQuirks {
  private static final Pattern DECLARED = Pattern.compile("^(<\\?xml[^>]*?encoding\\s*=\\s*[\"'])[^\"']*");
  private static final byte[] REPLACEMENT = "&#xFFFD;".getBytes(StandardCharsets.US_ASCII);
  private static final int LONGEST_REFERENCE = 12; // &#x0000001F; and a little more

  private ToolQuirks() {}

  /** The stream as a parser can read it; {@code in} is read only as far as the parser reads. */
  static InputStream repaired(InputStream in) throws IOException {
    BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
    buffered.mark(4);
    byte[] head = buffered.readNBytes(4);
    buffered.reset();
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new ControlCharacters(utf16AsUtf8(buffered));
    }
    boolean wide = head.length >= 2 && (head[0] == 0 || head[1] == 0);
    return wide ? buffered : new ControlCharacters(buffered);
  }

  /** A UTF-16 file (with its byte order mark) as UTF-8, its declaration saying so. */
  private static InputStream utf16AsUtf8(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_16);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = DECLARED.matcher(text).replaceFirst("$1UTF-8");
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** True for a code point XML 1.0 does not allow in a document. */
  static boolean forbidden(long c) {
    return c < 0x20 && c != 0x9 && c != 0xA && c != 0xD || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE
        || c == 0xFFFF || c > 0x10FFFF;
  }

  /**
   * Replaces forbidden control bytes and character references with {@code &#xFFFD;}, byte by byte, in
   * an encoding that is ASCII in its first 128 bytes (UTF-8, the ISO and Windows code pages).
   */
  private static final class ControlCharacters extends FilterInputStream {
    private byte[] pending = new byte[0];
    private int next;

    ControlCharacters(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (next < pending.length) {
        return pending[next++] & 0xFF;
      }
      int b = super.read();
      if (b >= 0 && b < 0x20 && forbidden(b)) {
        return queue(REPLACEMENT);
      }
      return b == '&' ? queue(reference()) : b;
    }

    /** After an '&': the reference as it was, or the replacement for a forbidden one. */
    private byte[] reference() throws IOException {
      byte[] read = new byte[LONGEST_REFERENCE + 1];
      read[0] = '&';
      int n = 1;
      while (n < read.length) {
        in.mark(1);
        int b = in.read();
        if (b < 0 || !(b == '#' || b == 'x' || b == 'X' || b == ';' || Character.digit(b, 16) >= 0)) {
          if (b >= 0) {
            in.reset();
          }
          break;
        }
        read[n++] = (byte) b;
        if (b == ';') {
          break;
        }
      }
      String ref = new String(read, 0, n, StandardCharsets.US_ASCII);
      return isForbiddenReference(ref) ? REPLACEMENT : java.util.Arrays.copyOf(read, n);
    }

    private static boolean isForbiddenReference(String ref) {
      if (!ref.startsWith("&#") || !ref.endsWith(";") || ref.length() < 4) {
        return false;
      }
      boolean hex = ref.charAt(2) == 'x';
      try {
        return forbidden(Long.parseLong(ref.substring(hex ? 3 : 2, ref.length() - 1), hex ? 16 : 10));
      } catch (NumberFormatException e) {
        return false;
      }
    }

    private int queue(byte[] bytes) {
      pending = bytes;
      next = 1;
      return bytes[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
        if (next >= pending.length && in.available() == 0) {
          break; // do not block for more than the parser needs
        }
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
