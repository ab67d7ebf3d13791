package org.tandem.terms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermStatus;

/**
 * The glossary as a CSV file, the form translators edit in a spreadsheet.
 *
 * <p>The format:
 *
 * <ul>
 *   <li>UTF-8; a byte order mark at the start is tolerated. CSV as in RFC 4180: fields separated
 *       by commas; a field containing a comma, a quote or a line break is enclosed in double
 *       quotes, and a quote inside it is written twice ({@code ""}). CRLF and LF both end a line;
 *       blank lines are ignored.
 *   <li>The first row is the header. It must name the columns {@code id}, {@code de} and {@code tr},
 *       in any order; {@code note} is optional. Any other column is an error.
 *   <li>One row per concept. {@code id} is the entry's name, unique and not empty; it is reported
 *       as {@code entry} in check results.
 *   <li>A {@code de} or {@code tr} cell holds the terms of that language separated by {@code |}.
 *       The first term is the preferred one, later ones are admitted alternatives. A term written
 *       with a leading {@code !} is forbidden (for example {@code belediye|!komün}). A cell may hold
 *       only forbidden terms, or be empty; a row needs at least one term. Terms are written in
 *       their dictionary form (lemma); the checker finds inflected forms itself.
 *   <li>Optional columns {@code pos} (part of speech), {@code case} (case-sensitive), {@code dnt}
 *       (do not translate) and {@code exact} (exact or inflected matching) hold one value for the
 *       whole row, or the terms they apply to (see {@link GlossaryFlags}).
 *   <li>Spaces around terms are ignored; text is normalised to Unicode NFC.
 * </ul>
 *
 * <p>Errors name the file and the line of the row: a duplicate or empty id, an empty term
 * ({@code a||b}), a term both allowed and forbidden, a term listed twice, an unclosed quote, a row
 * with a different number of fields than the header. {@link #write} writes the same format (with
 * LF line ends and all four columns) through a temporary file, so a failed write never leaves a
 * half-written glossary.
 */
public final class GlossaryCsv {
  private static final List<String> COLUMNS = List.of("id", "de", "tr", "note");
  private static final List<String> ALL_COLUMNS = List.of("id", "de", "tr", "note", "pos", "case", "dnt", "exact");

  /** Reads a glossary file; a problem is reported as a {@link TandemException} with its line. */
  public Glossary read(Path file) {
    return read(file, file.toString());
  }

  /** Reads a glossary file, naming it {@code displayName} (e.g. relative to the workspace) in errors. */
  public Glossary read(Path file, String displayName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, 0, null, "cannot read the glossary: " + e, e);
    }
    return parse(decode(bytes, displayName), displayName);
  }

  /** Parses glossary CSV text; {@code file} names the source in error messages. */
  public Glossary parse(String text, String file) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<CsvRecords.Row> rows = CsvRecords.parse(body, file);
    if (rows.isEmpty()) {
      throw new TandemException(file, 1, 0, null, "the glossary is empty; the first row must be "
          + "the header id,de,tr,note", null);
    }
    Map<String, Integer> columns = header(rows.get(0), file);
    List<Concept> concepts = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRecords.Row row : rows.subList(1, rows.size())) {
      Concept concept = new GlossaryRow(file, row, columns).concept();
      Integer first = seen.putIfAbsent(concept.id(), row.line());
      if (first != null) {
        throw new TandemException(file, row.line(), 0, null, "the id '" + concept.id()
            + "' is already used on line " + first + "; every row needs its own id", null);
      }
      concepts.add(concept);
    }
    return new Glossary(concepts);
  }

  /**
   * One concept from cells named like the columns (id, de, tr, note, pos, case, dnt, exact; absent
   * ones empty), with the same checks as a row of the file; errors name {@code where}.
   */
  public Concept concept(Map<String, String> cells, String where) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> fields = new ArrayList<>();
    for (String column : ALL_COLUMNS) {
      columns.put(column, fields.size());
      fields.add(cells.getOrDefault(column, ""));
    }
    for (String name : cells.keySet()) {
      if (!ALL_COLUMNS.contains(name)) {
        throw new IllegalArgumentException("not a glossary column: " + name);
      }
    }
    return new GlossaryRow(where, new CsvRecords.Row(0, fields), columns).concept();
  }

  /** Writes the glossary atomically: to a temporary file in the same folder, then moved in place. */
  public void write(Glossary glossary, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      Files.writeString(tmp, format(glossary), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new TandemException(file.toString(), 0, 0, null, "cannot write the glossary: " + e, e);
    }
  }

  /** The CSV text of a glossary, as {@link #write} stores it. */
  public String format(Glossary glossary) {
    List<GlossaryFlags> flags = usedFlags(glossary);
    List<String> header = new ArrayList<>(COLUMNS);
    flags.forEach(f -> header.add(f.column()));
    StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
    for (Concept concept : glossary.concepts()) {
      sb.append(quote(concept.id())).append(',')
          .append(quote(cell(concept, Lang.DE))).append(',')
          .append(quote(cell(concept, Lang.TR))).append(',')
          .append(quote(concept.note()));
      for (GlossaryFlags flag : flags) {
        sb.append(',').append(quote(flag.cell(concept.terms())));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The optional flag columns some term of the glossary needs, in their fixed order. */
  private static List<GlossaryFlags> usedFlags(Glossary glossary) {
    List<GlossaryFlags> used = new ArrayList<>();
    for (GlossaryFlags flag : GlossaryFlags.values()) {
      boolean any = glossary.concepts().stream()
          .anyMatch(c -> c.terms().values().stream().flatMap(List::stream).anyMatch(flag::isSet));
      if (any) {
        used.add(flag);
      }
    }
    return used;
  }

  private static Map<String, Integer> header(CsvRecords.Row row, String file) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < row.fields().size(); i++) {
      String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!ALL_COLUMNS.contains(name)) {
        throw new TandemException(file, row.line(), 0, null, "unknown column '" + name
            + "' in the header; the columns are id, de, tr and (optional) note, pos, case, dnt, exact",
            null);
      }
      if (columns.put(name, i) != null) {
        throw new TandemException(file, row.line(), 0, null, "the column '" + name
            + "' appears twice in the header", null);
      }
    }
    for (String required : COLUMNS.subList(0, 3)) {
      if (!columns.containsKey(required)) {
        throw new TandemException(file, row.line(), 0, null, "the header has no column '"
            + required + "'; the first row must name the columns id,de,tr (and optionally note)", null);
      }
    }
    return columns;
  }

  /** The terms of a language as a cell: preferred first, then admitted, then forbidden with '!'. */
  private static String cell(Concept concept, Lang lang) {
    List<String> parts = new ArrayList<>();
    Term preferred = concept.preferred(lang);
    if (preferred != null) {
      parts.add(preferred.text());
    }
    for (Term term : concept.terms(lang)) {
      if (term != preferred) {
        parts.add(term.status() == TermStatus.FORBIDDEN ? "!" + term.text() : term.text());
      }
    }
    return String.join("|", parts);
  }

  private static String quote(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        && field.equals(field.strip());
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  /** Decodes strict UTF-8, naming the line of the first byte that is not UTF-8. */
  private static String decode(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new TandemException(file, line, 0, null, "the glossary is not UTF-8 text; "
          + "save it as \"CSV UTF-8\" in your spreadsheet program", null);
    }
    decoder.flush(out);
    return Normalizer.normalize(out.flip(), Normalizer.Form.NFC);
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the original error is the one worth reporting
      }
    }
  }
}
