/**
 * Tests of what tandem ships beside its classes: the release archive (unpacked and run as a user would,
 * after {@code mvn package}), the GitHub Action's script and the pre-commit hook. The {@code *IT} classes
 * run in Maven's verify phase (failsafe).
 */
package org.tandem.dist;
