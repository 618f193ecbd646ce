package org.factmark.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.VerdictVisibility.Viewer;
import org.factmark.claim.Rating;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset card of an export (a README for the dataset): what was exported, when, by which Factmark version, with
 * which filters, how many items per label, the rating mapping the format uses and the licence
 * ({@code factmark.export.licence}). Counts come from one aggregate query over the same WHERE clause the export uses
 * (claims per rating in force, mapped to the format's labels); for the CheckThat! format, from one pass over the
 * selected articles' sentences (the labels are per sentence, which SQL cannot count).
 */
@Service
public class DatasetCardService {
    /** The count of claims whose rating is hidden from the viewer until they give their blind rating. */
    static final String HIDDEN = "(rating hidden until your blind rating)";
    private static final String HIDDEN_MARK = "#hidden";

    public static final String DEFAULT_LICENCE = "unspecified — set factmark.export.licence";
    static final String NO_VERDICT = "(no verdict in force)";

    private final DataSource dataSource;
    private final JsonMapper json;
    private final String licence;

    public DatasetCardService(DataSource dataSource, JsonMapper json,
                              @Value("${factmark.export.licence:" + DEFAULT_LICENCE + "}") String licence) {
        this.dataSource = dataSource;
        this.json = json;
        this.licence = licence == null || licence.isBlank() ? DEFAULT_LICENCE : licence.strip();
    }

    /** The card's content; {@code counts} are per label of the format, {@code mapping} rating name to format label. */
    public record DatasetCard(String format, String formatLabel, String contentType, String fileName, Instant exportedAt,
                              String factmarkVersion, Map<String, String> filters, String unit, long total,
                              Map<String, Long> counts, Map<String, String> mapping, String labelRule, String licence) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DatasetCard card(ExportFilter filter, ExportFormat format) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            Long annotatorId = annotatorId(con, filter);
            Map<String, Long> counts = new LinkedHashMap<>();
            String unit;
            if (format == ExportFormat.CHECKTHAT) {
                unit = "sentences";
                long[] yesNo = new long[2];
                CheckThatExport.run(con, filter, annotatorId, s -> yesNo[s.checkWorthy() ? 0 : 1]++);
                counts.put(CheckThatExport.YES, yesNo[0]);
                counts.put(CheckThatExport.NO, yesNo[1]);
            } else {
                unit = "claims";
                long[] hidden = new long[1];
                counts.putAll(labelCounts(ratingCounts(con, filter, annotatorId, hidden), format));
                if (hidden[0] > 0) counts.put(HIDDEN, hidden[0]);
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new DatasetCard(format.id(), format.label(), format.contentType(),
                    ExportService.fileName(filter, format, LocalDate.ofInstant(now, ZoneOffset.UTC)), now, version(),
                    filters(filter), unit, total, counts, mapping(format), labelRule(format), licence);
        } catch (SQLException e) {
            throw new IllegalStateException("dataset card failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static Long annotatorId(Connection con, ExportFilter filter) throws SQLException {
        if (filter.annotator() == null) return null;
        try (PreparedStatement ps = con.prepareStatement("select id from users where username = ?")) {
            ps.setString(1, filter.annotator());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InvalidInputException("annotator", "annotator: there is no user named '" + filter.annotator() + "'.");
                }
                return rs.getLong(1);
            }
        }
    }

    /**
     * One aggregate query: claims per rating in force (null = no verdict). Ratings the viewer may not see yet
     * (blind second opinion, {@link org.factmark.claim.VerdictVisibility}; the same rule as the export's, in SQL)
     * are counted apart as {@link #HIDDEN}, so a card never tells what the export hides.
     */
    static Map<Rating, Long> ratingCounts(Connection con, ExportFilter filter, Long annotatorId) throws SQLException {
        return ratingCounts(con, filter, annotatorId, new long[1]);
    }

    static Map<Rating, Long> ratingCounts(Connection con, ExportFilter filter, Long annotatorId, long[] hidden)
            throws SQLException {
        ExportService.Where w = ExportService.where(filter, annotatorId);
        Viewer viewer = Viewer.current();
        String rating = "v.rating";
        if (!viewer.admin()) {
            long me = -1;
            if (viewer.username() != null) {
                try (PreparedStatement ps = con.prepareStatement("select id from users where username = ?")) {
                    ps.setString(1, viewer.username());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) me = rs.getLong(1);
                    }
                }
            }
            rating = "case when a.blind_review and c.status in ('DRAFT', 'IN_REVIEW') and c.author_id <> " + me
                    + " and coalesce(v.author_id, -1) <> " + me + " and not exists (select 1 from verdicts s"
                    + " where s.claim_id = c.id and s.kind = 'SECOND_OPINION' and s.author_id = " + me + ")"
                    + " then '" + HIDDEN_MARK + "' else v.rating end";
        }
        Map<Rating, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = con.prepareStatement("select r, count(*) from (select " + rating + " as r from claims c "
                + "left join verdicts v on v.id = c.verdict_id join articles a on a.id = c.article_id" + w.sql()
                + ") t group by r")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String r = rs.getString(1);
                    if (HIDDEN_MARK.equals(r)) {
                        hidden[0] += rs.getLong(2);
                    } else {
                        counts.put(r == null ? null : Rating.valueOf(r), rs.getLong(2));
                    }
                }
            }
        }
        return counts;
    }

    /** Claims per label of the format, in the order of the desk's scale, labels without claims left out. */
    static Map<String, Long> labelCounts(Map<Rating, Long> byRating, ExportFormat format) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            Long n = byRating.get(r);
            if (n != null) out.merge(label(r, format), n, Long::sum);
        }
        Long none = byRating.get(null);
        if (none != null) out.put(NO_VERDICT, none);
        return out;
    }

    /** How the format writes a rating. */
    static String label(Rating r, ExportFormat format) {
        return switch (format) {
            case FEVER -> RatingMappings.fever(r);
            case AVERITEC -> RatingMappings.averitec(r);
            case CLAIMREVIEW -> {
                Integer v = RatingMappings.claimReviewValue(r);
                yield (v == null ? "no ratingValue" : "ratingValue " + v) + " (" + RatingMappings.claimReviewLabel(r) + ")";
            }
            default -> r.name();
        };
    }

    static Map<String, String> mapping(ExportFormat format) {
        Map<String, String> m = new LinkedHashMap<>();
        if (format == ExportFormat.CHECKTHAT) return m;
        for (Rating r : Rating.values()) m.put(r.name(), label(r, format));
        return m;
    }

    static String labelRule(ExportFormat format) {
        return switch (format) {
            case CHECKTHAT -> "A sentence is Yes when it overlaps a claim of its article in the selected status(es); "
                    + "the other filters choose the articles (those with at least one matching claim).";
            case FEVER, AVERITEC, CLAIMREVIEW -> "Ratings of the verdict in force, mapped by export.RatingMappings (table below).";
            default -> "Ratings of the verdict in force, by the desk's own names (TRUE ... UNVERIFIABLE).";
        };
    }

    static Map<String, String> filters(ExportFilter f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", f.status() == null ? "ALL" : f.status().name());
        if (f.articleId() != null) m.put("article", f.articleId().toString());
        if (f.from() != null) m.put("from", f.from().toString());
        if (f.to() != null) m.put("to", f.to().toString());
        if (f.rating() != null) m.put("rating", f.rating().name());
        if (f.annotator() != null) m.put("annotator", f.annotator());
        return m;
    }

    static String version() {
        String v = DatasetCardService.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The card as Markdown (a README for the dataset). */
    public static String markdown(DatasetCard c) {
        StringBuilder b = new StringBuilder();
        b.append("# Dataset card: ").append(c.fileName()).append("\n\n");
        b.append("| | |\n| --- | --- |\n");
        row(b, "Format", "`" + c.format() + "` — " + c.formatLabel() + " (`" + c.contentType() + "`)");
        row(b, "Exported at", c.exportedAt().toString());
        row(b, "Exported by", "Factmark " + c.factmarkVersion());
        StringBuilder f = new StringBuilder();
        c.filters().forEach((k, v) -> f.append(f.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        row(b, "Filters", f.toString());
        row(b, "Items", c.total() + " " + c.unit());
        row(b, "Licence", c.licence());
        b.append("\n## Counts per label\n\n").append(c.labelRule()).append("\n\n| label | ").append(c.unit()).append(" |\n| --- | ---: |\n");
        c.counts().forEach((k, v) -> b.append("| ").append(cell(k)).append(" | ").append(v).append(" |\n"));
        if (!c.mapping().isEmpty()) {
            b.append("\n## Rating mapping\n\n| Factmark rating | ").append(c.format()).append(" label |\n| --- | --- |\n");
            c.mapping().forEach((k, v) -> b.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
        }
        b.append("\nField-by-field mapping of every format: docs/export.md.\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n");
    }

    /** Markdown table cells: a pipe or line break in a value (a username, the licence) must not break the table. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** The card as JSON. */
    public String json(DatasetCard c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", c.format());
        m.put("format_label", c.formatLabel());
        m.put("content_type", c.contentType());
        m.put("file_name", c.fileName());
        m.put("exported_at", c.exportedAt().toString());
        m.put("factmark_version", c.factmarkVersion());
        m.put("filters", c.filters());
        m.put("unit", c.unit());
        m.put("total", c.total());
        m.put("counts", c.counts());
        m.put("label_rule", c.labelRule());
        m.put("rating_mapping", c.mapping());
        m.put("licence", c.licence());
        return json.writeValueAsString(m);
    }
}
