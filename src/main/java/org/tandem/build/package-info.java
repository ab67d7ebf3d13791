/** Reassembly of translated chapters and the bilingual edition from sources and stored translations. */
package org.tandem.build;
