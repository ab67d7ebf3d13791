/** The workspace on disk: {@code tandem.json}, the segment store, atomic writes and the write lock. */
package org.tandem.store;
