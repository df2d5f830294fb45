-- Preprint version history (arXiv v1, v2, …), and where each remote harvest stands, so that a harvest
-- interrupted at any point resumes from the last page it stored.
CREATE TABLE paper_version (
  paper_id  INTEGER NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
  number    INTEGER NOT NULL,
  submitted TEXT NOT NULL,                -- ISO-8601 date, UTC
  PRIMARY KEY (paper_id, number)
);

CREATE TABLE harvest_checkpoint (
  harvest            TEXT PRIMARY KEY,    -- base URL, format, set and date range, as one key
  resumption_token   TEXT,                -- null before the first page and after the last
  pages              INTEGER NOT NULL,
  records            INTEGER NOT NULL,
  complete_list_size INTEGER,
  last_response_date TEXT,                -- the repository's clock at the last page, for the next from=
  completed          INTEGER NOT NULL,    -- 1 when the last page was stored
  updated_at         TEXT NOT NULL
);
