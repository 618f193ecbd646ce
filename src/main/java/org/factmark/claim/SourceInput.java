package org.factmark.claim;

import java.time.LocalDate;

/** The editable fields of a source (evidence). */
public record SourceInput(String url, String title, String publisher, String excerpt, LocalDate accessedOn, Stance stance) {
}
