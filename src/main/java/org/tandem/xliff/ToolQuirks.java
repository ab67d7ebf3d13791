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
   * Replaces forbidden control bytes and character references with {@code &#xFFFD;}, in an encoding
   * that is ASCII in its first 128 bytes (UTF-8, the ISO and Windows code pages). Works on a buffer of
   * its own, so that it costs next to nothing where there is nothing to replace.
   */
  private static final class ControlCharacters extends FilterInputStream {
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    private int lim;
    private boolean eof;
    private int replacing = REPLACEMENT.length; // bytes of REPLACEMENT handed on so far

    ControlCharacters(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (true) {
        if (replacing < REPLACEMENT.length) {
          int n = Math.min(len, REPLACEMENT.length - replacing);
          System.arraycopy(REPLACEMENT, replacing, b, off, n);
          replacing += n;
          return n;
        }
        if (lim - pos <= LONGEST_REFERENCE && !eof) {
          fill();
          continue;
        }
        if (pos == lim) {
          return -1;
        }
        int n = copy(b, off, len);
        if (n > 0) {
          return n;
        }
      }
    }

    /** Copies plain bytes up to the next forbidden character (which it starts replacing) or the buffer's end. */
    private int copy(byte[] b, int off, int len) {
      int n = 0;
      while (n < len && pos < lim) {
        byte c = buf[pos];
        if (c == '&' || c >= 0 && c < 0x20 && forbidden(c)) {
          if (lim - pos <= LONGEST_REFERENCE && !eof) {
            break; // the rest of a reference may not be read yet
          }
          int skip = c == '&' ? forbiddenReference() : 1;
          if (skip > 0) {
            pos += skip;
            replacing = 0;
            break;
          }
        }
        b[off + n++] = c;
        pos++;
      }
      return n;
    }

    private void fill() throws IOException {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }

    /** The length of the character reference at {@code pos} when it names a forbidden character, else 0. */
    private int forbiddenReference() {
      int end = Math.min(lim, pos + LONGEST_REFERENCE + 1);
      if (pos + 3 >= end || buf[pos + 1] != '#') {
        return 0;
      }
      boolean hex = buf[pos + 2] == 'x';
      long value = 0;
      for (int i = pos + (hex ? 3 : 2); i < end; i++) {
        int digit = Character.digit(buf[i], hex ? 16 : 10);
        if (buf[i] == ';' && i > pos + (hex ? 3 : 2)) {
          return forbidden(value) ? i - pos + 1 : 0;
        }
        if (digit < 0) {
          return 0;
        }
        value = value * (hex ? 16 : 10) + digit;
      }
      return 0;
    }

    @Override
    public int available() throws IOException {
      return REPLACEMENT.length - replacing + lim - pos;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
