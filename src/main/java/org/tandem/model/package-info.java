/** Domain values shared by every part of tandem: languages, states, segments, glossary concepts, findings. */
package org.tandem.model;
