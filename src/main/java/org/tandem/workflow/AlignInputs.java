package org.tandem.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.align.BlockKind;
import org.tandem.align.LanguageGuess;
import org.tandem.align.Sentence;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Chapter;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;

/**
 * The two sides of an alignment as sentences: the chapter's stored segments, with the block kinds of
 * its source, and the translation read and segmented through the chapter's own extraction, with the
 * target language's rules. Refuses a translation tandem cannot pair with the chapter.
 */
final class AlignInputs {
  private AlignInputs() {}

  /**
   * The translation, segmented.
   *
   * @param doc the extracted document
   * @param sentences its sentences as the aligner sees them
   */
  record Translation(ExtractedDocument doc, List<Sentence> sentences) {}

  /** Reads and segments {@code file} as a translation of {@code chapter}. */
  static Translation translation(Project project, Chapter chapter, Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new TandemException(name, 0, Files.isDirectory(file) ? "this is a folder, not a translation"
          : "the file does not exist");
    }
    if (!extension(file.toString()).equals(extension(chapter.file()))) {
      throw new TandemException(name, 0, "the translation is a ." + extension(name) + " file but chapter '"
          + chapter.id() + "' is a ." + extension(chapter.file()) + " file; save the translation in the"
          + " chapter's format and try again");
    }
    Chapter asTranslation = new Chapter(chapter.id(), file.toAbsolutePath().normalize().toString(),
        chapter.targetLang());
    ExtractedDocument doc = project.extract(asTranslation, project.source(asTranslation));
    if (doc.segments().isEmpty()) {
      throw new TandemException(name, 0, "the file has no text to align; give the translation of chapter '"
          + chapter.id() + "'");
    }
    checkLanguage(name, chapter, doc);
    return new Translation(doc, sentences(doc, doc.segments().stream().map(ExtractedSegment::source).toList(),
        doc.segments()));
  }

  private static void checkLanguage(String name, Chapter chapter, ExtractedDocument doc) {
    String text = doc.segments().stream().map(s -> s.source().plainText()).collect(Collectors.joining(" "));
    Lang guessed = LanguageGuess.of(text);
    if (guessed == chapter.sourceLang()) {
      throw new TandemException(name, 0, "this file is written in " + language(guessed) + ", the language"
          + " chapter '" + chapter.id() + "' is written in; give its " + language(chapter.targetLang())
          + " translation");
    }
  }

  private static String language(Lang lang) {
    return lang == Lang.DE ? "German" : "Turkish";
  }

  private static String extension(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The chapter's segments as sentences; block kinds come from its source when the source is as it
   * was segmented (else every segment counts as a paragraph's).
   *
   * @return the sentences, and the source's extracted segments matching the stored ones, or null
   */
  static List<Sentence> source(List<Segment> stored, ExtractedDocument current) {
    List<Content> contents = stored.stream().map(Segment::source).toList();
    if (current != null) {
      return sentences(current, contents, current.segments());
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Segment s : stored) {
      sentences.add(new Sentence(s.source().plainText(), s.para(), BlockKind.PARAGRAPH, codes(s.source())));
    }
    return sentences;
  }

  /** The chapter's source, with joined units joined, when it still gives the stored segments; else null. */
  static ExtractedDocument current(Project project, Chapter chapter, List<Segment> stored) {
    try {
      ExtractedDocument doc = Joins.apply(project.extract(chapter), stored);
      if (doc.segments().size() != stored.size()) {
        return null;
      }
      for (int i = 0; i < stored.size(); i++) {
        if (!doc.segments().get(i).source().equals(stored.get(i).source())) {
          return null;
        }
      }
      return doc;
    } catch (TandemException e) {
      return null; // the source is missing or unreadable: align with the store alone
    }
  }

  private static List<Sentence> sentences(ExtractedDocument doc, List<Content> contents, List<ExtractedSegment> at) {
    List<Sentence> sentences = new ArrayList<>(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      ExtractedSegment x = at.get(i);
      sentences.add(new Sentence(contents.get(i).plainText(), x.para(), kind(doc, x), codes(contents.get(i))));
    }
    return sentences;
  }

  /** The block kind of a segment: read from the Markdown before it; other formats' blocks count as paragraphs. */
  private static BlockKind kind(ExtractedDocument doc, ExtractedSegment x) {
    String text = doc.parts().get(x.part()).text();
    boolean markdown = doc.parts().size() == 1 && !text.stripLeading().startsWith("<");
    return markdown ? BlockKind.ofMarkdown(text, x.start()) : BlockKind.PARAGRAPH;
  }

  /** The types of the codes that open something or stand alone, in order: "bold link". */
  private static String codes(Content content) {
    return content.codes().stream().filter(c -> c.kind() != CodeKind.CLOSE).map(Code::type)
        .collect(Collectors.joining(" "));
  }
}
