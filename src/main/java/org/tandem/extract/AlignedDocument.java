package org.tandem.extract;

import java.util.List;

/**
 * A source document read by its format: its parts and its translatable paragraphs aligned with
 * them, before sentence segmentation.
 *
 * @param bytes the file exactly as read
 * @param parts the texts the paragraphs stand in
 * @param blocks the paragraphs in document order, numbered from 1
 */
public record AlignedDocument(byte[] bytes, List<DocumentPart> parts, List<Block> blocks) {
  public AlignedDocument {
    parts = List.copyOf(parts);
    blocks = List.copyOf(blocks);
  }
}
