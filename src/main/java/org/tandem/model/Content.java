package org.tandem.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text with inline codes, the content of a segment's source or target.
 *
 * <p>Its markup form, used in the segment store and shown to people, writes codes as
 * {@code {1}...{/1}} (a pair) and {@code {2/}} (standalone) and a literal brace as {@code {{}.
 */
public record Content(List<Piece> pieces) {
  /** Empty content. */
  public static final Content EMPTY = new Content(List.of());

  public Content {
    pieces = normalise(pieces);
  }

  /** Content of a single run of text without codes. */
  public static Content text(String text) {
    return new Content(List.of(new Text(text)));
  }

  private static List<Piece> normalise(List<Piece> pieces) {
    if (isNormal(pieces)) {
      return List.copyOf(pieces); // the common case, e.g. one run of text: nothing to join or drop
    }
    List<Piece> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        run.append(t.value());
      } else {
        flush(run, out);
        out.add(piece);
      }
    }
    flush(run, out);
    return List.copyOf(out);
  }

  /** True when no text run is empty and no two are adjacent. */
  private static boolean isNormal(List<Piece> pieces) {
    boolean lastWasText = false;
    for (Piece piece : pieces) {
      boolean text = piece instanceof Text;
      if (text && (lastWasText || ((Text) piece).value().isEmpty())) {
        return false;
      }
      lastWasText = text;
    }
    return true;
  }

  private static void flush(StringBuilder run, List<Piece> out) {
    if (run.length() > 0) {
      out.add(new Text(run.toString()));
      run.setLength(0);
    }
  }

  /** The text without codes, as a reader of the finished document sees it. */
  public String plainText() {
    if (pieces.size() == 1 && pieces.get(0) instanceof Text t) {
      return t.value();
    }
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        sb.append(t.value());
      }
    }
    return sb.toString();
  }

  /** The inline codes, in order of appearance. */
  public List<Code> codes() {
    List<Code> codes = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece instanceof Code c) {
        codes.add(c);
      }
    }
    return codes;
  }

  /** True when there is neither text nor code. */
  public boolean isEmpty() {
    return pieces.isEmpty();
  }

  /** The markup form: text with {@code {1}}-style tags for codes and {@code {{} for a brace. */
  public String markup() {
    if (pieces.size() == 1 && pieces.get(0) instanceof Text t) {
      return t.value().replace("{", "{{");
    }
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        sb.append(t.value().replace("{", "{{"));
      } else {
        sb.append(((Code) piece).tag());
      }
    }
    return sb.toString();
  }

  /** The document form: text and the original data of each code, as it stands in the source file. */
  public String raw() {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      sb.append(piece instanceof Text t ? t.value() : ((Code) piece).data());
    }
    return sb.toString();
  }

  /**
   * For each piece, the index of its partner: an opening code's closing code (the first one after it
   * with the same id not taken by an earlier opening code) and back; -1 for text, placeholders and
   * codes whose partner is not in this content (the writers then use isolated-code elements).
   */
  public int[] codePartners() {
    return codePartners(pieces);
  }

  /** {@link #codePartners()} of a list of pieces as it stands (not normalised). */
  public static int[] codePartners(List<Piece> pieces) {
    int[] partners = new int[pieces.size()];
    java.util.Arrays.fill(partners, -1);
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Code open && open.kind() == CodeKind.OPEN) {
        for (int j = i + 1; j < pieces.size(); j++) {
          if (partners[j] < 0 && pieces.get(j) instanceof Code c && c.kind() == CodeKind.CLOSE && c.id() == open.id()) {
            partners[i] = j;
            partners[j] = i;
            break;
          }
        }
      }
    }
    return partners;
  }

  /** The codes' tags sorted, so that two contents with the same codes in any order compare equal. */
  public Map<String, Integer> codeTags() {
    Map<String, Integer> tags = new TreeMap<>();
    for (Code code : codes()) {
      tags.merge(code.tag(), 1, Integer::sum);
    }
    return tags;
  }

  /** A short stable hash of markup and code data: equal sources have equal hashes. */
  public String hash() {
    StringBuilder sb = new StringBuilder(markup());
    for (Code code : codes()) {
      sb.append('\u0000').append(code.tag()).append('=').append(code.data());
    }
    byte[] digest = SHA256.get().digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** One digest per thread: looking the algorithm up costs as much as a short digest. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  });

  /**
   * Parses markup whose tags refer to {@code codes} (by tag); text outside tags is literal.
   *
   * @throws IllegalArgumentException naming the position of an unknown tag or a lone brace
   */
  public static Content parse(String markup, List<Code> codes) {
    if (markup.indexOf('{') < 0) {
      return markup.isEmpty() ? EMPTY : text(markup); // no tags: the common case
    }
    Map<String, Code> byTag = new TreeMap<>();
    for (Code code : codes) {
      byTag.put(code.tag(), code);
    }
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < markup.length()) {
      char c = markup.charAt(i);
      if (c != '{') {
        text.append(c);
        i++;
      } else if (i + 1 < markup.length() && markup.charAt(i + 1) == '{') {
        text.append('{');
        i += 2;
      } else {
        int end = markup.indexOf('}', i);
        String tag = end < 0 ? markup.substring(i) : markup.substring(i, end + 1);
        Code code = byTag.get(tag);
        if (code == null) {
          throw new IllegalArgumentException(
              "unknown inline code " + tag + " at character " + (i + 1) + " (a literal brace is written {{)");
        }
        pieces.add(new Text(text.toString()));
        text.setLength(0);
        pieces.add(code);
        i = end + 1;
      }
    }
    pieces.add(new Text(text.toString()));
    return new Content(pieces);
  }

  @Override
  public String toString() {
    return markup();
  }
}
