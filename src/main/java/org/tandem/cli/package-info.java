/** The command line: picocli commands that parse arguments, call one use case and print its result. */
package org.tandem.cli;
