-- Sources beyond arXiv: a publication year (ACL, conference lists know only the year), Semantic Scholar ids,
-- and the sources' own ids for authors (ACL ids, OpenReview profiles, ORCID) kept on every author mention.
ALTER TABLE paper ADD COLUMN year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE paper ADD COLUMN s2_id TEXT;
CREATE UNIQUE INDEX paper_s2_id ON paper (s2_id);
ALTER TABLE paper_author ADD COLUMN external_id TEXT;
CREATE INDEX paper_author_external_id ON paper_author (external_id);
