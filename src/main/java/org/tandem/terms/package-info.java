/** The glossary: its CSV format, and language-aware matching of its terms in German and Turkish text. */
package org.tandem.terms;
