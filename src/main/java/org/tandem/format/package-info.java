/** Document formats behind one interface: each reads its documents into aligned paragraphs and writes translations back. */
package org.tandem.format;
