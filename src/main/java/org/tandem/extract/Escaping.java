package org.tandem.extract;

/** How text a translator typed must be written at a segment's place so that it reads as text, never as markup. */
public enum Escaping {
  /** Markdown text: characters that would start formatting are backslash-escaped. */
  MARKDOWN,
  /** HTML element content: {@code & < >} become character references. */
  HTML,
  /** HTML or XML attribute value: {@code & < > " '} become character references. */
  ATTRIBUTE,
  /** HTML attribute value without quotes ({@code alt=Foto}): white space and quotes become references too. */
  UNQUOTED_ATTRIBUTE,
  /** XML element content (the text of DOCX and ODT parts): {@code & < >} become entity references. */
  XML,
  /** Plain text: written as typed. */
  NONE
}
