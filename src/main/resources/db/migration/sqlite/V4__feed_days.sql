-- The days a paper appears in the daily feed: its listing days when a listing source gave them, else the
-- day it was first published (papers harvested over OAI-PMH or the API carry no announcement day).
CREATE INDEX paper_first_published ON paper (first_published);
CREATE VIEW feed_day (day, paper_id) AS
  SELECT listing_date, paper_id FROM paper_listing
  UNION ALL
  SELECT first_published, id FROM paper
   WHERE first_published IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM paper_listing l WHERE l.paper_id = paper.id);
