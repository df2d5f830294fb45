package org.paperboy.web;

import java.util.List;
import java.util.Map;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.harvest.Bootstrap;
import org.paperboy.index.SearchHit;
import org.paperboy.store.ListingDay;

/** The models the templates render. Plain records: templates read, never compute. */
public final class Pages {
  private Pages() {}

  /** A listing day; {@code day} is null when the store is empty. */
  public record DayPage(ListingDay day, List<Paper> papers, Bootstrap.Status bootstrap) {}

  /** A search result page. */
  public record SearchPage(
      String query,
      String from,
      String to,
      String category,
      long totalHits,
      boolean totalIsExact,
      List<SearchHit> hits,
      Map<Long, Paper> papers,
      int offset,
      int limit) {
    public boolean hasNext() {
      return offset + hits.size() < totalHits;
    }

    public boolean hasPrevious() {
      return offset > 0;
    }
  }

  /** One paper with where it came from. */
  public record PaperPage(Paper paper, List<SourceRecord> sources) {}

  /** An error page. */
  public record ErrorPage(int status, String message) {}
}
