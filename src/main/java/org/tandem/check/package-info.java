/** Checks of translated segments, one rule per class, a runner, and report writers. */
package org.tandem.check;
