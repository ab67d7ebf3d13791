package org.tandem.terms;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.model.TandemException;

/** The TBX glossary formats, 2008 and v3: safe reading into a tree, the dialect check, reading and writing glossaries. */
final class TbxFiles {
  private TbxFiles() {}

  /** Reads an XML glossary file into its element tree. */
  static XmlTree.Node tree(Path file, String displayName) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return XmlTree.read(in, displayName);
    } catch (NoSuchFileException e) {
      throw new TandemException(displayName, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, 0, null, "cannot read the glossary: " + e.getMessage(), e);
    }
  }

  /** Checks that the root is the dialect's, naming the version the file really is otherwise. */
  static void expectRoot(XmlTree.Node root, TbxDialect dialect, String file) {
    if (root.name().equals(dialect.root())) {
      return;
    }
    TbxDialect other = dialect == TbxDialect.V2008 ? TbxDialect.V3 : TbxDialect.V2008;
    String message = root.name().equals(other.root())
        ? "this is " + other.name() + ", not " + dialect.name()
        : "not a TBX file: the root element is <" + root.name() + ">, expected <" + dialect.root() + ">";
    throw new TandemException(file, root.line(), 0, null, message, null);
  }

  /**
   * Reads a glossary in a TBX dialect: TBX-Basic 2008 ({@code martif}: {@code termEntry},
   * {@code langSet}, {@code tig}, also {@code ntig}) or TBX v3 ({@code tbx}: {@code conceptEntry},
   * {@code langSec}, {@code termSec}, DCA or DCT style). Concept ids are kept;
   * {@code administrativeStatus} gives the status (deprecated and superseded terms are forbidden),
   * {@code partOfSpeech} the part of speech, and tandem's {@code x-caseSensitive},
   * {@code x-doNotTranslate} and {@code x-matching} its flags. Errors name the file and line.
   */
  static Glossary read(Path file, String displayName, TbxDialect dialect) {
    return glossary(tree(file, displayName), displayName, dialect);
  }

  /** The same from a stream (left open). */
  static Glossary read(InputStream in, String displayName, TbxDialect dialect) {
    return glossary(XmlTree.read(in, displayName), displayName, dialect);
  }

  private static Glossary glossary(XmlTree.Node root, String file, TbxDialect dialect) {
    expectRoot(root, dialect, file);
    return new TbxEntries(file, dialect).glossary(root);
  }

  /** The xml:lang of every language section that holds a term, lower case, sorted. */
  static List<String> languages(XmlTree.Node root, TbxDialect dialect) {
    Set<String> languages = new TreeSet<>();
    for (XmlTree.Node text : root.all("text")) {
      for (XmlTree.Node body : text.all("body")) {
        for (XmlTree.Node entry : body.all(dialect.entry())) {
          for (XmlTree.Node section : entry.all(dialect.language())) {
            if (!section.all(dialect.term()).isEmpty() || !section.all("ntig").isEmpty()) {
              languages.add(section.attribute("lang").strip().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return List.copyOf(languages);
  }

  /**
   * The TBX text of a glossary in a dialect (TBX-Basic 2008, or TBX v3 in DCA style), keeping concept
   * ids, notes, statuses and tandem's flags.
   */
  static String format(Glossary glossary, TbxDialect dialect) {
    return new TbxText(dialect).document(glossary);
  }
}
