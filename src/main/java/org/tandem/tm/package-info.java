/** Translation memory: earlier translations indexed for exact and fuzzy lookup, and TMX 1.4b files. */
package org.tandem.tm;
