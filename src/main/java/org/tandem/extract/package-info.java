/** Source documents to segments: Okapi's Markdown filter, source alignment, and SRX sentence segmentation. */
package org.tandem.extract;
