package org.paperboy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * @param categories subject categories or keywords, primary first (e.g. {@code cs.CL})
 * @param venue publication venue (e.g. {@code ACL 2023}), null when unknown
 * @param year publication year, 0 when unknown
 * @param comment the authors' comment (pages, acceptance), null when none
 * @param listingDates every day a source listed the paper, ascending
 * @param firstPublished the earliest known publication or listing date, null when unknown (a source
 *     that knows only the year leaves it null and sets {@link #year})
 * @param versionDate the date of the version whose title and abstract are shown, null when unknown
 * @param links links to abstract page, PDF, DOI …
 * @param versions the preprint's version history, oldest first (empty when the sources do not tell)
 */
public record Paper(
    long id,
    ExternalIds ids,
    String title,
    List<Author> authors,
    String abstractText,
    List<String> categories,
    String venue,
    int year,
    String comment,
    SortedSet<LocalDate> listingDates,
    LocalDate firstPublished,
    LocalDate versionDate,
    List<Link> links,
    List<PaperVersion> versions) {

  public Paper {
    Require.nonNegative(id, "paper id");
    Objects.requireNonNull(ids, "ids");
    title = Require.nonBlank(title, "title").strip();
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    abstractText = abstractText == null || abstractText.isBlank() ? null : abstractText.strip();
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    for (String c : categories) {
      if (c.isBlank() || c.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "a category is one token without spaces, got '" + c + "'");
      }
    }
    venue = venue == null || venue.isBlank() ? null : venue.strip();
    if (year != 0 && (year < 1000 || year > 9999)) {
      throw new IllegalArgumentException("year must be 0 (unknown) or four digits, got " + year);
    }
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    listingDates =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(listingDates, "listingDates")));
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    versions = Objects.requireNonNull(versions, "versions").stream().sorted().toList();
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).number() == versions.get(i - 1).number()) {
        throw new IllegalArgumentException("version v" + versions.get(i).number() + " given twice");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .ids(ids)
        .title(title)
        .authors(authors)
        .abstractText(abstractText)
        .categories(categories)
        .venue(venue)
        .year(year)
        .comment(comment)
        .listingDates(listingDates)
        .firstPublished(firstPublished)
        .versionDate(versionDate)
        .links(links)
        .versions(versions);
  }

  public boolean isStored() {
    return id != 0;
  }

  public Paper withId(long newId) {
    return toBuilder().id(newId).build();
  }

  /** The first listing date, or {@link #firstPublished()} when the paper was never listed. */
  public LocalDate firstSeen() {
    return listingDates.isEmpty() ? firstPublished : listingDates.first();
  }

  /** The year of publication: {@link #year()} when known, else the year first seen, else 0. */
  public int publicationYear() {
    if (year != 0) {
      return year;
    }
    LocalDate first = firstSeen();
    return first == null ? 0 : first.getYear();
  }

  /** Builds papers field by field; validation happens in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private long id;
    private ExternalIds ids = ExternalIds.NONE;
    private String title;
    private List<Author> authors = new ArrayList<>();
    private String abstractText;
    private List<String> categories = new ArrayList<>();
    private String venue;
    private int year;
    private String comment;
    private SortedSet<LocalDate> listingDates = new TreeSet<>();
    private LocalDate firstPublished;
    private LocalDate versionDate;
    private List<Link> links = new ArrayList<>();
    private List<PaperVersion> versions = new ArrayList<>();

    private Builder() {}

    public Builder id(long value) {
      id = value;
      return this;
    }

    public Builder ids(ExternalIds value) {
      ids = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder authors(Collection<Author> value) {
      authors = new ArrayList<>(value);
      return this;
    }

    public Builder addAuthor(Author value) {
      authors.add(value);
      return this;
    }

    public Builder abstractText(String value) {
      abstractText = value;
      return this;
    }

    public Builder categories(Collection<String> value) {
      categories = new ArrayList<>(value);
      return this;
    }

    public Builder venue(String value) {
      venue = value;
      return this;
    }

    public Builder year(int value) {
      year = value;
      return this;
    }

    public Builder comment(String value) {
      comment = value;
      return this;
    }

    public Builder listingDates(Collection<LocalDate> value) {
      listingDates = new TreeSet<>(value);
      return this;
    }

    public Builder listedOn(LocalDate value) {
      listingDates.add(value);
      return this;
    }

    public Builder firstPublished(LocalDate value) {
      firstPublished = value;
      return this;
    }

    public Builder versionDate(LocalDate value) {
      versionDate = value;
      return this;
    }

    public Builder links(Collection<Link> value) {
      links = new ArrayList<>(value);
      return this;
    }

    public Builder addLink(Link value) {
      links.add(value);
      return this;
    }

    public Builder versions(Collection<PaperVersion> value) {
      versions = new ArrayList<>(value);
      return this;
    }

    public Paper build() {
      return new Paper(
          id,
          ids,
          title,
          authors,
          abstractText,
          categories,
          venue,
          year,
          comment,
          listingDates,
          firstPublished,
          versionDate,
          links,
          versions);
    }
  }
}
