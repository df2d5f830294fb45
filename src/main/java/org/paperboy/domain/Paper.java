package org.paperboy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A paper as Paperboy shows it: one record per work, whatever number of sources listed it.
 *
 * @param id Paperboy's stable internal id; 0 for a paper not stored yet
 * @param ids identifiers outside Paperboy
 * @param title clean title text (no LaTeX markup, no hard wraps)
 * @param authors authors in byline order
 * @param abstractText clean abstract text, paragraphs separated by a blank line; null when no
 *     source has one
 * @param categories subject categories, primary first (e.g. {@code cs.CL})
 * @param venue publication venue, null when unknown
 * @param comment the authors' comment (pages, acceptance), null when none
 * @param listingDates every day a source listed the paper, ascending
 * @param firstPublished the earliest known publication or listing date, null when unknown
 * @param versionDate the listing date of the version whose title and abstract are shown, null when
 *     unknown
 * @param links links to abstract page, PDF, DOI …
 */
public record Paper(
    long id,
    ExternalIds ids,
    String title,
    List<Author> authors,
    String abstractText,
    List<String> categories,
    String venue,
    String comment,
    SortedSet<LocalDate> listingDates,
    LocalDate firstPublished,
    LocalDate versionDate,
    List<Link> links) {

  public Paper {
    Require.nonNegative(id, "paper id");
    Objects.requireNonNull(ids, "ids");
    title = Require.nonBlank(title, "title").strip();
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    abstractText = abstractText == null || abstractText.isBlank() ? null : abstractText.strip();
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    venue = venue == null || venue.isBlank() ? null : venue.strip();
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    listingDates =
        java.util.Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(listingDates, "listingDates")));
    links = List.copyOf(Objects.requireNonNull(links, "links"));
  }

  public boolean isStored() {
    return id != 0;
  }

  public Paper withId(long newId) {
    return new Paper(
        newId,
        ids,
        title,
        authors,
        abstractText,
        categories,
        venue,
        comment,
        listingDates,
        firstPublished,
        versionDate,
        links);
  }

  /** The first listing date, or {@link #firstPublished()} when the paper was never listed. */
  public LocalDate firstSeen() {
    return listingDates.isEmpty() ? firstPublished : listingDates.first();
  }
}
