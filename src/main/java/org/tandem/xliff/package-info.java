/** XLIFF 1.2 and 2.0 export and import of a chapter's segments, written and read (streamed, safely) with StAX. */
package org.tandem.xliff;
