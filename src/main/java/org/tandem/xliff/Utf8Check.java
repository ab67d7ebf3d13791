package org.tandem.xliff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.TandemException;

/**
 * Checks, byte by byte as the parser reads them, that a file which declares no other encoding is
 * UTF-8, as XML requires; a Latin-1 or Windows file saved without a declaration is refused with the
 * line where the first foreign byte is, and a hint how to fix it. (Left to the JDK's parser, such a
 * file would also print an error of the parser's own on the console.)
 */
final class Utf8Check {
  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private final String file;
  private int pending;
  private int lower = 0x80;
  private int upper = 0xBF;
  private int line = 1;

  private Utf8Check(String file) {
    this.file = file;
  }

  /** A check for {@code in} when its first bytes say it is UTF-8 (or say nothing); null otherwise. */
  static Utf8Check forStream(BufferedInputStream in, String file) throws IOException {
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    boolean utf16or32 = head.length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) >= 0xFE);
    if (utf16or32) {
      return null; // a BOM or zero bytes: UTF-16 or UTF-32, which the parser detects itself
    }
    Matcher declared = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\uFEFF|^\u00EF\u00BB\u00BF", ""));
    boolean utf8 = !declared.find() || declared.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8");
    return utf8 ? new Utf8Check(file) : null;
  }

  /** Checks the next bytes read. */
  void check(byte[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      check(buffer[i] & 0xFF);
    }
  }

  /** Checks the next byte read (or -1 at the end). */
  void check(int b) {
    if (b < 0) {
      if (pending > 0) {
        throw notUtf8("the file ends in the middle of a character");
      }
      return;
    }
    if (pending > 0) {
      if (b < lower || b > upper) {
        throw notUtf8(String.format("the byte 0x%02X", b));
      }
      pending--;
      lower = 0x80;
      upper = 0xBF;
      return;
    }
    if (b == '\n') {
      line++;
    }
    if (b >= 0x80) {
      lead(b);
    }
  }

  private void lead(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      lower = b == 0xE0 ? 0xA0 : 0x80;
      upper = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      lower = b == 0xF0 ? 0x90 : 0x80;
      upper = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw notUtf8(String.format("the byte 0x%02X", b));
    }
  }

  private TandemException notUtf8(String what) {
    return new TandemException(file, line, 0, null, "the file is not UTF-8 (" + what + " on this line is not"
        + " UTF-8) and declares no other encoding; save it as UTF-8, or declare its encoding in the first"
        + " line, e.g. <?xml version=\"1.0\" encoding=\"windows-1254\"?>", null);
  }

  /** A stream that checks what passes through it. */
  static InputStream checked(InputStream in, String file) throws IOException {
    BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
    Utf8Check check = forStream(buffered, file);
    if (check == null) {
      return buffered;
    }
    return new java.io.FilterInputStream(buffered) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        check.check(b);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
          check.check(-1);
        } else {
          check.check(buffer, offset, n);
        }
        return n;
      }
    };
  }
}
