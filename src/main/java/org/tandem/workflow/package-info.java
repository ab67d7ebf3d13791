/** The use cases behind the commands: segment, export, import, status; they read and write the workspace. */
package org.tandem.workflow;
