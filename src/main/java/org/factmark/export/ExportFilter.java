package org.factmark.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;

/**
 * Which claims an export holds. {@code status} null means all statuses (the default is CHECKED); {@code from}/{@code to}
 * are inclusive days (UTC) of checked_at, or of created_at for claims that were never checked; {@code rating} is the
 * rating of the verdict in force; {@code annotator} the username of the claim's author. Null = no restriction.
 */
public record ExportFilter(ClaimStatus status, Long articleId, LocalDate from, LocalDate to, Rating rating,
                           String annotator) {

    public static final ExportFilter CHECKED = new ExportFilter(ClaimStatus.CHECKED, null, null, null, null, null);
    public static final ExportFilter ALL = new ExportFilter(null, null, null, null, null, null);

    public ExportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "to: the end date " + to + " is before the start date " + from + ".");
        }
        if (annotator != null && annotator.isBlank()) annotator = null;
        if (annotator != null) annotator = annotator.strip();
    }

    /** True when every claim in the database matches (status ALL, no other restriction). */
    public boolean unrestricted() {
        return status == null && articleId == null && from == null && to == null && rating == null && annotator == null;
    }

    public ExportFilter withStatus(ClaimStatus s) {
        return new ExportFilter(s, articleId, from, to, rating, annotator);
    }

    /** "CHECKED" (default when blank), "ALL", or another claim status name. */
    public static ClaimStatus parseStatus(String s) {
        if (s == null || s.isBlank()) return ClaimStatus.CHECKED;
        String v = s.strip().toUpperCase(Locale.ROOT);
        if (v.equals("ALL")) return null;
        try {
            return ClaimStatus.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status: use CHECKED (the default), ALL, or one of "
                    + Arrays.toString(ClaimStatus.values()) + "; got '" + s + "'.");
        }
    }

    public static Rating parseRating(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Rating.valueOf(s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rating", "rating: use one of " + Arrays.toString(Rating.values()) + "; got '" + s + "'.");
        }
    }

    public static LocalDate parseDate(String field, String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + ": use a date like 2026-01-31; got '" + s + "'.");
        }
    }

    public static Long parseArticle(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            long id = Long.parseLong(s.strip());
            if (id <= 0) throw new NumberFormatException();
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("article", "article: give an article id (a positive number); got '" + s + "'.");
        }
    }

    /** Builds a filter from text parameters (REST query parameters, CLI options), naming the bad one on error. */
    public static ExportFilter parse(String status, String article, String from, String to, String rating, String annotator) {
        return new ExportFilter(parseStatus(status), parseArticle(article), parseDate("from", from), parseDate("to", to),
                parseRating(rating), annotator);
    }

    /** A short description for file names and summaries: "checked", "all", "in_review". */
    public String statusLabel() {
        return status == null ? "all" : status.name().toLowerCase(Locale.ROOT);
    }
}
