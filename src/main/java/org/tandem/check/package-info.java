/** Quality checks of translations: one class per rule, the runner, and the report writers. */
package org.tandem.check;
