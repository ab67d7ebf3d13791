/** Reading files from outside safely: size limits shared by the XLIFF, TMX and TBX readers. */
package org.tandem.io;
