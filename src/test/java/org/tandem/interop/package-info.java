/** Interoperability tests: real third-party tools (translate-toolkit, OmegaT, Okapi) read and re-save tandem's XLIFF. */
package org.tandem.interop;
