package org.tandem.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextFragment;
import org.tandem.model.TandemException;

/**
 * Finds where every text unit of an Okapi filter with a generic skeleton (HTML, plain text) stands
 * in the source text, character by character and code by code.
 *
 * <p>The filter's skeleton is the document with markers where its units and properties go
 * ({@code <p>[#$$self$]</p>}, {@code <a href="[#$$self$@%href]" [#$tu4]>}); a unit's inline codes
 * may refer to other resources (a link's tag holding a translatable {@code title}). The aligner walks
 * skeleton and units against the source: literal skeleton text must be there as written, a property
 * matches whatever stands before the next literal, a unit's text matches the source with its
 * character references decoded and (outside preformatted text) its white space collapsed, as the
 * filter reads it. A unit inside a code (an attribute in a tag) becomes its own paragraph; the code
 * keeps the exact source text of the tag, so the splice can write translated attributes into it.
 */
public final class SkeletonAligner {
  private static final Pattern MARKER = Pattern.compile("\\[#\\$([^\\]@]+)(@%[^\\]]*)?\\]");
  private static final String SELF = "$self$";
  private static final Pattern TAG_NAME = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*");
  /** The skeleton of an attribute unit: {@code title="[#$$self$]"}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][A-Za-z0-9_:.-]*)=[\"']?\\[#\\$\\$self\\$\\]");

  /**
   * What a unit needs besides its text.
   *
   * @param escaping how typed text is escaped there
   * @param lineBreak what a typed line break becomes, or null for a newline and the indentation of the
   *     unit's second line (plain text)
   * @param dropsIndentation whether the indentation after a line break inside the unit stays out of its text
   */
  public record Place(Escaping escaping, String lineBreak, boolean dropsIndentation) {}

  /** A piece of a skeleton template. */
  private sealed interface Tpl {}

  private record Lit(String text) implements Tpl {}

  private record Wild() implements Tpl {}

  private record Self() implements Tpl {}

  private record Ref(String id) implements Tpl {}

  private final String src;
  private final String fileName;
  private final Function<ITextUnit, Place> places;
  private final Map<String, IResource> referents = new HashMap<>();
  private final List<Block> blocks = new ArrayList<>();

  private SkeletonAligner(String src, String fileName, Function<ITextUnit, Place> places) {
    this.src = src;
    this.fileName = fileName;
    this.places = places;
  }

  /**
   * The paragraphs of {@code events} aligned with {@code src} from offset {@code from}, in source
   * order, numbered from 1.
   *
   * @param places where a unit's text goes (attribute value, element content, preformatted text)
   */
  public static List<Block> align(String src, int from, List<Event> events, String fileName,
      Function<ITextUnit, Place> places) {
    SkeletonAligner aligner = new SkeletonAligner(src, fileName, places);
    for (Event e : events) {
      if (e.getResource() != null && e.getResource().getId() != null && isReferent(e)) {
        aligner.referents.put(e.getResource().getId(), e.getResource());
      }
    }
    int pos = from;
    for (Event e : events) {
      if (e.getResource() != null && !isReferent(e)) {
        pos = aligner.top(e, pos);
      }
    }
    List<Block> sorted = new ArrayList<>(aligner.blocks);
    sorted.sort(Comparator.comparingInt(Block::start).thenComparing(b -> -b.end()));
    List<Block> result = new ArrayList<>();
    for (Block b : sorted) {
      result.add(new Block(result.size() + 1, b.part(), b.atoms(), b.escaping(), b.lineBreak()));
    }
    return result;
  }

  private static boolean isReferent(Event e) {
    if (e.isTextUnit()) {
      return e.getTextUnit().isReferent();
    }
    return e.isDocumentPart() && e.getDocumentPart().isReferent();
  }

  /** Places a top-level resource at or after {@code pos}; returns where the next one starts. */
  private int top(Event e, int pos) {
    IResource r = e.getResource();
    if (r.getSkeleton() == null && !e.isTextUnit()) {
      return pos;
    }
    List<Tpl> t = r.getSkeleton() == null ? List.of(new Self()) : template(r.getSkeleton().toString());
    ITextUnit unit = e.isTextUnit() ? e.getTextUnit() : null;
    int end = match(t, unit, pos);
    if (end >= 0) {
      return end;
    }
    if (unit == null) {
      return pos; // a skeleton the filter rewrote: the next unit is searched for from here
    }
    for (int p = pos + 1; p < src.length(); p++) {
      end = match(t, unit, p);
      if (end >= 0) {
        return end;
      }
    }
    String text = UnitText.plain(unit.getSource().getUnSegmentedContentCopy());
    if (text.isEmpty()) {
      return pos; // codes only (an empty element the filter reports): nothing to translate, left as it is
    }
    throw new TandemException(fileName, lineOf(pos), 0, null, "tandem could not find the text \""
        + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\" in the source after this point;"
        + " the document may use a construct tandem does not support yet (please report it with the file)", null);
  }

  /** Matches a template from {@code p}; the end offset, or -1 (then no paragraph of it is kept). */
  private int match(List<Tpl> t, ITextUnit self, int p) {
    int mark = blocks.size();
    int end = matchPieces(t, self, p);
    if (end < 0) {
      blocks.subList(mark, blocks.size()).clear();
    }
    return end;
  }

  private int matchPieces(List<Tpl> t, ITextUnit self, int p) {
    for (int k = 0; k < t.size() && p >= 0; k++) {
      Tpl piece = t.get(k);
      if (piece instanceof Lit lit) {
        p = literal(lit.text(), p, k > 0 && !(t.get(k - 1) instanceof Lit));
      } else if (piece instanceof Wild) {
        // a property's value (an href, the language) stands before the literal that follows it
        p = k + 1 < t.size() && t.get(k + 1) instanceof Lit next ? src.indexOf(next.text(), p) : -1;
      } else if (piece instanceof Self) {
        p = self == null ? -1 : unit(self, p);
      } else {
        p = ref(((Ref) piece).id(), p);
      }
    }
    return p;
  }

  /**
   * Where literal skeleton text ends when it starts at {@code p}, or -1; after a unit, white space the
   * filter trimmed from the unit's end may come first.
   */
  private int literal(String lit, int p, boolean afterUnit) {
    int end = exactEnd(lit, p);
    if (end >= 0) {
      return end;
    }
    int q = p;
    while (afterUnit && q < src.length() && UnitText.isSpace(src.charAt(q))) {
      q++;
    }
    end = q > p ? exactEnd(lit, q) : -1;
    if (end >= 0) {
      return end;
    }
    return lit.indexOf('<') >= 0 ? Tags.looseEnd(lit, src, q) : -1;
  }

  /** Where {@code lit} ends in the source from {@code p}, a newline in it matching a CR LF there; -1 if not there. */
  private int exactEnd(String lit, int p) {
    if (src.startsWith(lit, p)) {
      return p + lit.length();
    }
    int q = p;
    for (int j = 0; j < lit.length(); j++) {
      if (q < src.length() && src.charAt(q) == lit.charAt(j)) {
        q++;
      } else if (lit.charAt(j) == '\n' && src.startsWith("\r\n", q)) {
        q += 2;
      } else {
        return -1;
      }
    }
    return q;
  }

  private int ref(String id, int p) {
    IResource r = referents.get(id);
    if (r == null || r.getSkeleton() == null) {
      return r instanceof ITextUnit u ? unit(u, p) : -1;
    }
    return matchPieces(template(r.getSkeleton().toString()), r instanceof ITextUnit u ? u : null, p);
  }

  /** Matches a unit's content from {@code p}: its end, or -1. A unit with text becomes a paragraph. */
  private int unit(ITextUnit unit, int p) {
    TextFragment fragment = unit.getSource().getUnSegmentedContentCopy();
    Place place = places.apply(unit);
    if (place.escaping() == Escaping.ATTRIBUTE && p > 0 && src.charAt(p - 1) != '"' && src.charAt(p - 1) != '\'') {
      place = new Place(Escaping.UNQUOTED_ATTRIBUTE, " ", false);
    }
    UnitText matcher = new UnitText(src, fragment, unit.preserveWhitespaces(), place.dropsIndentation(),
        this::codeEnd);
    List<Atom> atoms = matcher.match(p);
    if (atoms == null) {
      return -1;
    }
    if (atoms.stream().anyMatch(a -> a.text() != null && !a.text().isBlank())) {
      String lineBreak = place.lineBreak() != null ? place.lineBreak() : Block.continuation(src, atoms, " \t");
      blocks.add(new Block(1, 0, atoms, place.escaping(), lineBreak));
    }
    return atoms.isEmpty() ? p : atoms.get(atoms.size() - 1).end();
  }

  /** Where a code's source text ends when it starts at {@code p}, or -1; its data may refer to resources. */
  private int codeEnd(String data, int p) {
    int mark = blocks.size();
    int end = data.contains("[#$") ? matchPieces(template(data), null, p)
        : src.startsWith(data, p) ? p + data.length() : -1;
    if (end < 0) {
      blocks.subList(mark, blocks.size()).clear();
      end = tagEnd(data, p);
    }
    return end;
  }

  /**
   * The filter writes some tags otherwise than the source has them ({@code class=x} becomes
   * {@code class="x"}): a code that stands for one tag matches the source's tag of that name as
   * written, and its translatable attributes are found in it by name.
   */
  private int tagEnd(String data, int p) {
    Matcher only = MARKER.matcher(data);
    IResource r = only.matches() && only.group(2) == null ? referents.get(only.group(1)) : null;
    if (r != null && r.getSkeleton() != null) {
      data = r.getSkeleton().toString(); // a tag with translatable attributes is a resource of its own
    }
    Matcher name = TAG_NAME.matcher(data);
    if (!name.lookingAt() || !src.regionMatches(true, p, name.group(), 0, name.group().length())) {
      return -1;
    }
    int end = Tags.end(src, p);
    if (end < 0 || end < p + name.group().length()) {
      return -1;
    }
    for (Tpl piece : template(data)) {
      if (piece instanceof Ref ref && referents.get(ref.id()) instanceof ITextUnit unit && unit.getSkeleton() != null) {
        Matcher attr = ATTRIBUTE.matcher(unit.getSkeleton().toString());
        if (attr.lookingAt()) {
          int value = Tags.attributeValue(src, p, end, attr.group(1));
          int mark = blocks.size();
          if (value < 0 || unit(unit, value) < 0) {
            blocks.subList(mark, blocks.size()).clear(); // left as it is: not translated
          }
        }
      }
    }
    return end;
  }

  /** A skeleton's text cut into literal text and markers. */
  private static List<Tpl> template(String skeleton) {
    List<Tpl> t = new ArrayList<>();
    Matcher m = MARKER.matcher(skeleton);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        t.add(new Lit(skeleton.substring(last, m.start())));
      }
      if (m.group(2) != null) {
        t.add(new Wild());
      } else {
        t.add(SELF.equals(m.group(1)) ? new Self() : new Ref(m.group(1)));
      }
      last = m.end();
    }
    if (last < skeleton.length()) {
      t.add(new Lit(skeleton.substring(last)));
    }
    return t;
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
