package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.tandem.extract.RegexNode.Alt;
import org.tandem.extract.RegexNode.Anchor;
import org.tandem.extract.RegexNode.Chars;
import org.tandem.extract.RegexNode.Group;
import org.tandem.extract.RegexNode.Look;
import org.tandem.extract.RegexNode.Repeat;
import org.tandem.extract.RegexNode.Seq;

/**
 * Reads a Java regular expression (one that {@code Pattern.compile} has accepted) into a {@link RegexNode}
 * tree. Whatever it does not model exactly (inline flags, back references, {@code \G}) is refused with
 * {@link Unsupported}, so that a caller can fall back to running the regex at every position.
 */
final class RegexParser {
  /** The regex uses a construct the tree cannot describe soundly. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private static final CharSet LINE_BREAK = CharSet.of('\n', 0x0B, '\f', '\r', 0x85, 0x2028, 0x2029);

  private final String re;
  private int pos;

  private RegexParser(String re) {
    this.re = re;
  }

  /** The tree of {@code regex}; throws {@link Unsupported} for what it cannot model. */
  static RegexNode parse(String regex) {
    RegexParser parser = new RegexParser(regex);
    RegexNode node;
    try {
      node = parser.alternatives();
    } catch (IndexOutOfBoundsException e) {
      throw new Unsupported("unexpected end of the regex");
    }
    if (parser.pos != regex.length()) {
      throw new Unsupported("unbalanced ')' at " + parser.pos);
    }
    return node;
  }

  private RegexNode alternatives() {
    List<RegexNode> options = new ArrayList<>();
    options.add(sequence());
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alt(List.copyOf(options));
  }

  private RegexNode sequence() {
    List<RegexNode> items = new ArrayList<>();
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      items.add(quantified(atom()));
    }
    return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
  }

  private RegexNode quantified(RegexNode atom) {
    RegexNode node = atom;
    while (pos < re.length()) {
      char c = re.charAt(pos);
      int min;
      int max;
      if (c == '*' || c == '+' || c == '?') {
        pos++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : -1;
      } else if (c == '{') {
        int[] bounds = bounds();
        min = bounds[0];
        max = bounds[1];
      } else {
        return node;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same strings, tried in another order
      }
      node = new Repeat(node, min, max);
    }
    return node;
  }

  private int[] bounds() {
    int close = re.indexOf('}', pos);
    if (close < 0) {
      throw new Unsupported("'{' without '}'");
    }
    String[] parts = re.substring(pos + 1, close).split(",", -1);
    try {
      int min = Integer.parseInt(parts[0].strip());
      int max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].strip());
      pos = close + 1;
      return new int[] {min, max};
    } catch (NumberFormatException e) {
      throw new Unsupported("not a repetition: " + re.substring(pos, close + 1));
    }
  }

  private RegexNode atom() {
    char c = re.charAt(pos);
    return switch (c) {
      case '(' -> group();
      case '[' -> charClass();
      case '\\' -> escape();
      case '.' -> single(new Chars(CharSet.ALL, false));
      case '^' -> single(new Anchor(true));
      case '$' -> single(new Anchor(false));
      case '*', '+', '?', '{' -> throw new Unsupported("dangling '" + c + "'");
      default -> literal(re.codePointAt(pos), Character.charCount(re.codePointAt(pos)));
    };
  }

  private RegexNode single(RegexNode node) {
    pos++;
    return node;
  }

  private RegexNode literal(int codePoint, int width) {
    pos += width;
    return new Chars(CharSet.of(codePoint), codePoint < 0x10000);
  }

  private RegexNode group() {
    int start = pos;
    boolean look = false;
    if (re.startsWith("(?", pos)) {
      if (re.startsWith("(?:", pos) || re.startsWith("(?>", pos) || re.startsWith("(?=", pos)
          || re.startsWith("(?!", pos)) {
        look = re.charAt(pos + 2) == '=' || re.charAt(pos + 2) == '!';
        pos += 3;
      } else if (re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos)) {
        look = true;
        pos += 4;
      } else if (re.startsWith("(?<", pos) && pos + 3 < re.length() && Character.isLetter(re.charAt(pos + 3))) {
        pos = re.indexOf('>', pos) + 1; // a named capturing group
      } else {
        throw new Unsupported("inline flags or unknown group at " + pos);
      }
    } else {
      pos++;
    }
    RegexNode body = alternatives();
    if (pos >= re.length() || re.charAt(pos) != ')') {
      throw new Unsupported("unclosed group at " + start);
    }
    pos++;
    return look ? new Look(body) : new Group(body, start, pos);
  }

  private RegexNode charClass() {
    int start = pos;
    pos = RegexClasses.end(re, pos);
    return new Chars(classSet(re.substring(start, pos)), false);
  }

  private RegexNode escape() {
    int start = pos;
    if (pos + 1 >= re.length()) {
      throw new Unsupported("trailing backslash");
    }
    char n = re.charAt(pos + 1);
    pos += 2;
    switch (n) {
      case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V':
        return new Chars(classSet(re.substring(start, pos)), false);
      case 'p', 'P', 'N':
        pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
        return new Chars(classSet(re.substring(start, pos)), false);
      case 'R':
        return new Alt(List.of(new Seq(List.of(bmp('\r'), bmp('\n'))), new Chars(LINE_BREAK, true)));
      case 'X':
        return new Repeat(new Chars(CharSet.ALL, false), 1, -1);
      case 'b':
        if (pos < re.length() && re.charAt(pos) == '{') {
          pos = re.indexOf('}', pos) + 1; // \b{g}, a grapheme boundary
        }
        return new Anchor(false);
      case 'B', 'z', 'Z':
        return new Anchor(false);
      case 'A':
        return new Anchor(true);
      case 'Q':
        return quoted();
      default:
        return escapedLiteral(n, start);
    }
  }

  private RegexNode escapedLiteral(char n, int start) {
    int codePoint = switch (n) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'a' -> 0x07;
      case 'e' -> 0x1B;
      case 'c' -> re.charAt(pos++) ^ 64;
      case 'x' -> hex();
      case 'u' -> number(4, 4, 16);
      case '0' -> octal();
      default -> {
        if (Character.isLetterOrDigit(n)) {
          throw new Unsupported("escape \\" + n); // back references, \G, \k<name>
        }
        int c = re.codePointAt(start + 1);
        pos = start + 1 + Character.charCount(c);
        yield c;
      }
    };
    return new Chars(CharSet.of(codePoint), codePoint < 0x10000);
  }

  private int hex() {
    if (pos < re.length() && re.charAt(pos) == '{') {
      int close = re.indexOf('}', pos);
      pos++;
      int value = number(1, Math.max(0, close - pos), 16);
      if (pos != close) {
        throw new Unsupported("\\x{...} escape at " + pos);
      }
      pos++;
      return value;
    }
    return number(2, 2, 16);
  }

  /** Java's octal escape: \0n, \0nn, or \0mnn with m at most 3. */
  private int octal() {
    int first = digit(pos, 8);
    if (first < 0) {
      throw new Unsupported("octal escape without digits");
    }
    return number(1, first <= 3 ? 3 : 2, 8);
  }

  /** Reads from {@code min} to {@code max} digits in a radix at the current position. */
  private int number(int min, int max, int radix) {
    int value = 0;
    int count = 0;
    while (count < max && digit(pos, radix) >= 0) {
      value = value * radix + digit(pos, radix);
      pos++;
      count++;
    }
    if (count < min) {
      throw new Unsupported("numeric escape at " + pos);
    }
    return value;
  }

  private int digit(int at, int radix) {
    return at < re.length() ? Character.digit(re.charAt(at), radix) : -1;
  }

  private RegexNode quoted() {
    int end = re.indexOf("\\E", pos);
    String text = re.substring(pos, end < 0 ? re.length() : end);
    pos = end < 0 ? re.length() : end + 2;
    List<RegexNode> items = new ArrayList<>();
    text.codePoints().forEach(c -> items.add(new Chars(CharSet.of(c), c < 0x10000)));
    return new Seq(List.copyOf(items));
  }

  private static Chars bmp(char c) {
    return new Chars(CharSet.of(c), true);
  }

  private static CharSet classSet(String text) {
    try {
      return CharSet.ofClass(text);
    } catch (PatternSyntaxException e) {
      throw new Unsupported("class " + text);
    }
  }
}
