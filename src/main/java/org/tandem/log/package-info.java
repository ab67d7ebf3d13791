/** Where the libraries' log lines go: nowhere, or with --verbose to standard error as tandem's notes. */
package org.tandem.log;
