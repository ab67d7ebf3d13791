package org.tandem.xliff;

/**
 * What an XLIFF {@code <file>} element says about its units, whatever its languages.
 *
 * @param version the XLIFF version of the document
 * @param id the {@code <file>}'s id (XLIFF 2), or null (XLIFF 1.2 has none)
 * @param original the {@code original} attribute, or {@code ""} when absent (optional in XLIFF 2)
 * @param chapter the tandem chapter the file names (1.2: the header note {@code chapter: ID}; 2.0: the
 *     file id), or null
 * @param sourceLanguage the source language as written (BCP 47), e.g. {@code de} or {@code en-US}
 * @param targetLanguage the target language as written, or null when the file names none
 * @param line the line where the {@code <file>} starts
 */
public record XliffFileInfo(XliffVersion version, String id, String original, String chapter,
    String sourceLanguage, String targetLanguage, int line) {}
