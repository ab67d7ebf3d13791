package org.tandem.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The workspace's JSON files, read and written with Jackson's streaming API alone: deterministic
 * output (fixed key order, two-space indentation, LF, final newline), and no data-binding layer to
 * load, which keeps every command's start-up short.
 */
final class Json {
  static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** Writes a document through {@code body}. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one pretty-printed document with a final newline to {@code out} (left open). */
  static void write(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(PRINTER.createInstance());
      body.write(g);
      g.writeRaw('\n');
    }
  }

  /** The text of one pretty-printed document with a final newline. */
  static String text(Body body) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      write(buffer, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /**
   * The current scalar value as text, or {@code otherwise} for null, an object or an array (which are
   * skipped), as a lenient reader of hand-edited files wants it.
   */
  static String text(JsonParser p, String otherwise) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return otherwise;
    }
    return t == JsonToken.VALUE_NULL ? otherwise : p.getValueAsString(otherwise);
  }
}
