package org.tandem.terms;

import java.nio.file.Path;

/**
 * Writes a glossary as TBX v3 ({@code tbx}, TBX-Basic, DCA style), keeping concept ids, notes, statuses
 * (forbidden terms as {@code deprecatedTerm-admn-sts}), parts of speech and tandem's flags.
 */
public final class Tbx3Writer {
  /** The document text. */
  public String format(Glossary glossary) {
    return new TbxText(TbxDialect.V3).document(glossary);
  }

  /** Writes the document atomically. */
  public void write(Glossary glossary, Path file) {
    TbxFiles.writeAtomically(file, format(glossary));
  }
}
