package org.tandem.extract;

/**
 * One text of a source document in which segments stand: the whole file for Markdown, HTML and plain
 * text; one XML part of the zip for DOCX and ODT.
 *
 * @param name the part's name: the zip entry name, or "" for a document that is one text
 * @param text the part's text exactly as decoded from the file
 */
public record DocumentPart(String name, String text) {}
