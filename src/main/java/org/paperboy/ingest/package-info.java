/**
 * Reading sources into papers: one {@link org.paperboy.ingest.SourceReader} per source format, text
 * cleaning, and the resumable {@link org.paperboy.ingest.IngestRunner} that feeds the store and
 * counts skips by reason.
 */
package org.paperboy.ingest;
