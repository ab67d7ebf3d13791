/** XLIFF 1.2 export and import of a chapter's segments, written and read with StAX. */
package org.tandem.xliff;
