-- The store is the source of truth: papers, the raw records they were derived from, and ingest bookkeeping.
CREATE TABLE paper (
  id              INTEGER PRIMARY KEY,
  arxiv_id        TEXT UNIQUE,
  arxiv_version   INTEGER NOT NULL DEFAULT 0,
  doi             TEXT UNIQUE,
  acl_id          TEXT UNIQUE,
  openreview_id   TEXT UNIQUE,
  title           TEXT NOT NULL,
  abstract        TEXT,
  categories      TEXT NOT NULL,          -- space-separated, primary first
  venue           TEXT,
  comment         TEXT,
  first_published TEXT,                   -- ISO-8601 date
  version_date    TEXT,                   -- listing date of the version shown
  links           TEXT NOT NULL,          -- JSON array of {rel, url}
  revision        INTEGER NOT NULL        -- store revision of the last change; the index catches up by it
);
CREATE INDEX paper_revision ON paper (revision);

CREATE TABLE paper_author (
  paper_id INTEGER NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (paper_id, position)
);

CREATE TABLE paper_listing (
  listing_date TEXT NOT NULL,
  paper_id     INTEGER NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
  PRIMARY KEY (listing_date, paper_id)
);
CREATE INDEX paper_listing_paper ON paper_listing (paper_id);

CREATE TABLE source_record (
  id             INTEGER PRIMARY KEY,
  source         TEXT NOT NULL,
  source_id      TEXT NOT NULL,
  payload_sha256 TEXT NOT NULL,
  fetched_at     TEXT NOT NULL,
  origin         TEXT NOT NULL,
  payload        TEXT NOT NULL,
  paper_id       INTEGER REFERENCES paper (id),
  UNIQUE (source, source_id, payload_sha256)
);
CREATE INDEX source_record_paper ON source_record (paper_id);

-- One row per bad input row or unreadable file; re-reading the same file does not count it twice.
CREATE TABLE ingest_issue (
  id          INTEGER PRIMARY KEY,
  file        TEXT NOT NULL,
  line        INTEGER NOT NULL,
  reason      TEXT NOT NULL,
  message     TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (file, line, reason)
);

-- Files read to the end, by content hash: a rerun skips them, an interrupted file is read again.
CREATE TABLE ingested_file (
  sha256       TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  source       TEXT NOT NULL,
  rows_read    INTEGER NOT NULL,
  completed_at TEXT NOT NULL
);

CREATE TABLE store_counter (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO store_counter (name, value) VALUES ('revision', 0);
