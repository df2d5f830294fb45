-- The embedding cache: one vector per (model, text). Keyed by the SHA-256 (hex) of the embedded text, so the same
-- text is never embedded twice and re-ingesting a paper does not re-embed it. vector holds dims float32 values,
-- little-endian, 4 * dims bytes. Derivable from the papers: export/import do not carry it.
CREATE TABLE embedding (
  model_id    TEXT    NOT NULL,
  text_sha256 TEXT    NOT NULL,
  dims        INTEGER NOT NULL CHECK (dims > 0),
  vector      BLOB    NOT NULL CHECK (length(vector) = 4 * dims),
  PRIMARY KEY (model_id, text_sha256)
) WITHOUT ROWID;
