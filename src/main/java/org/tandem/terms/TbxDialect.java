package org.tandem.terms;

/**
 * The element names of the two TBX versions tandem reads and writes; the content model (entry,
 * language section, term section, data categories) is the same.
 *
 * @param root the root element
 * @param header the header element
 * @param entry the concept element
 * @param language the language section
 * @param term the term section
 * @param namespace the namespace the version's elements are in (empty for 2008)
 * @param name how the version is named in messages
 */
record TbxDialect(String root, String header, String entry, String language, String term,
    String namespace, String name) {
  /** TBX 2008 (ISO 30042:2008), TBX-Basic as martif. */
  static final TbxDialect V2008 =
      new TbxDialect("martif", "martifHeader", "termEntry", "langSet", "tig", "", "TBX 2008 (martif)");
  /** TBX v3 (ISO 30042:2019), TBX-Basic in DCA style; the DCT style is read too. */
  static final TbxDialect V3 = new TbxDialect("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec",
      "urn:iso:std:iso:30042:ed-2", "TBX v3");

  /** The TBX-Basic name of a term status, with the suffix both versions use. */
  static final String PREFERRED = "preferredTerm-admn-sts";
  /** Admitted term status. */
  static final String ADMITTED = "admittedTerm-admn-sts";
  /** Deprecated term status (forbidden in tandem). */
  static final String DEPRECATED = "deprecatedTerm-admn-sts";
  /** tandem's own data categories, prefixed with {@code x-} as TBX asks of private ones. */
  static final String CASE_SENSITIVE = "x-caseSensitive";
  /** Do-not-translate flag. */
  static final String DO_NOT_TRANSLATE = "x-doNotTranslate";
  /** Exact or inflected matching. */
  static final String MATCHING = "x-matching";
}
