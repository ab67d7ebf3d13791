/**
 * Reading files from outside safely: size limits shared by the XLIFF, TMX and TBX readers, and StAX
 * set up once for every XML file tandem reads or writes.
 */
package org.tandem.io;
