/**
 * Word (DOCX) and OpenDocument (ODT) documents: zip packages read with limits, XML parts read with the
 * exact offset of every character, translations spliced back into the original XML without loss.
 */
package org.tandem.format.office;
