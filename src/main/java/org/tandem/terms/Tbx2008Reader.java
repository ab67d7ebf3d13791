package org.tandem.terms;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a glossary from TBX-Basic 2008 ({@code martif}: {@code termEntry}, {@code langSet}, {@code tig}, also {@code ntig}). Concept ids are kept;
 * {@code administrativeStatus} gives the status (deprecated and superseded terms are forbidden),
 * {@code partOfSpeech} the part of speech, and tandem's {@code x-caseSensitive},
 * {@code x-doNotTranslate} and {@code x-matching} its flags. Errors name the file and line.
 */
public final class Tbx2008Reader {
  /** Reads a file, naming it {@code displayName} in errors. */
  public Glossary read(Path file, String displayName) {
    return glossary(TbxFiles.tree(file, displayName), displayName);
  }

  /** Reads a file. */
  public Glossary read(Path file) {
    return read(file, file.toString());
  }

  /** Reads from a stream (left open). */
  public Glossary read(InputStream in, String displayName) {
    return glossary(XmlTree.read(in, displayName), displayName);
  }

  private static Glossary glossary(XmlTree.Node root, String file) {
    TbxFiles.expectRoot(root, TbxDialect.V2008, file);
    return new TbxEntries(file, TbxDialect.V2008).glossary(root);
  }
}
