package org.factmark.claim.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factmark.claim.ClaimStatus;

/**
 * A claim's status as a small dot that never relies on colour alone: each status has its own glyph (✎ draft, …
 * in review, ✓ checked, ! disputed) in white on a dark colour (text contrast at least 4.5:1, the dot against white
 * at least 3:1; see annotator.css), and its name as title and accessible label.
 */
final class StatusDot {
    private StatusDot() {
    }

    /** The status as it appears in CSS classes ({@code status-draft}, {@code hl-in_review}...). */
    static String css(ClaimStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static String glyph(ClaimStatus s) {
        return switch (s) {
            case DRAFT -> "✎";
            case IN_REVIEW -> "…";
            case CHECKED -> "✓";
            case DISPUTED -> "!";
        };
    }

    /** Lit template for grid cells; bind {@code status}, {@code label} and {@code glyph} (all from the enum, no user text). */
    static final String LIT = "<span class=\"status-dot status-${item.status}\" role=\"img\" aria-label=\"${item.label}\" "
            + "title=\"${item.label}\">${item.glyph}</span>";

    /**
     * A dot for {@code s}; {@code labelled}: it stands alone and carries the status name for screen readers, else it
     * sits next to the written status and is hidden from them.
     */
    static Span of(ClaimStatus s, boolean labelled) {
        Span dot = new Span(glyph(s));
        dot.addClassNames("status-dot", "status-" + css(s));
        dot.getElement().setAttribute("title", s.label());
        if (labelled) {
            dot.getElement().setAttribute("role", "img");
            dot.getElement().setAttribute("aria-label", s.label());
        } else {
            dot.getElement().setAttribute("aria-hidden", "true");
        }
        return dot;
    }
}
