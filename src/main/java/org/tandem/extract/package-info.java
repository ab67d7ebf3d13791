/** What every format shares on the way to segments: alignment of a filter's units with the source, SRX sentence segmentation. */
package org.tandem.extract;
