package org.tandem.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.model.TandemException;

/** Strict UTF-8 decoding: a byte sequence that is not UTF-8 is an error naming the file, never a '?'. */
public final class Utf8 {
  private Utf8() {}

  /** Reads a file as strict UTF-8; {@code displayName} is used in error messages. */
  public static String read(Path file, String displayName) {
    try {
      return decode(Files.readAllBytes(file), displayName);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /** Decodes bytes as strict UTF-8. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Decodes a file's bytes as strict UTF-8. */
  public static String decode(byte[] bytes, String displayName) {
    try {
      return decode(bytes);
    } catch (CharacterCodingException e) {
      throw new TandemException(displayName, 0, "the file is not valid UTF-8; save it as UTF-8 and try again");
    }
  }
}
