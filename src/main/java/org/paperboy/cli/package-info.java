/**
 * The {@code paperboy} command line (picocli): one class per command, all state under one data
 * directory. The only place besides tests that writes to standard output.
 */
package org.paperboy.cli;
