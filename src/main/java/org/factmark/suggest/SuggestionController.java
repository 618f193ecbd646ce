package org.factmark.suggest;

import java.util.List;
import java.util.Locale;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimJson;
import org.factmark.claim.ClaimType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** REST for claim suggestions (docs/suggestions.md); rules live in {@link SuggestionService}. */
@RestController
@RequestMapping("/api")
class SuggestionController {
    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    record SuggestionJson(int start, int end, String quote, String type, String cue, double score) {
        static SuggestionJson of(Suggestion s) {
            return new SuggestionJson(s.start(), s.end(), s.quote(), s.type().name(), s.cue().key(), s.score());
        }
    }

    record DecisionRequest(Integer start, Integer end, String decision, String type) {
    }

    record QualityJson(String engineVersion, long decisions, long accepted, long rejected, double acceptanceRate,
                       List<SuggestionQualityReport.Row> perCue, List<SuggestionQualityReport.Row> perEngineVersion) {
    }

    @GetMapping("/articles/{articleId}/suggestions")
    List<SuggestionJson> list(@PathVariable long articleId) {
        return suggestions.suggestions(articleId).stream().map(SuggestionJson::of).toList();
    }

    @PostMapping("/articles/{articleId}/suggestions/decisions")
    ResponseEntity<?> decide(@PathVariable long articleId, @RequestBody DecisionRequest in) {
        if (in.start() == null) throw new InvalidInputException("start", "start is required (code points).");
        if (in.end() == null) throw new InvalidInputException("end", "end is required (code points, end exclusive).");
        String d = in.decision() == null ? "" : in.decision().trim().toUpperCase(Locale.ROOT);
        switch (d) {
            case "ACCEPT" -> {
                ClaimType type = null;
                if (in.type() != null && !in.type().isBlank()) {
                    try {
                        type = ClaimType.valueOf(in.type().trim().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("type", "type must be one of " + List.of(ClaimType.values()) + ".");
                    }
                }
                Claim c = suggestions.accept(articleId, in.start(), in.end(), type);
                return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/claims/{id}").buildAndExpand(c.getId()).toUri()).body(ClaimJson.of(c));
            }
            case "REJECT" -> {
                suggestions.reject(articleId, in.start(), in.end());
                return ResponseEntity.noContent().build();
            }
            default -> throw new InvalidInputException("decision", "decision must be ACCEPT or REJECT.");
        }
    }

    @GetMapping("/suggestions/quality")
    QualityJson quality() {
        SuggestionQualityReport r = suggestions.quality();
        return new QualityJson(suggestions.engineVersion(), r.overall().decisions(), r.overall().accepted(),
                r.overall().rejected(), r.overall().acceptanceRate(), r.perCue(), r.perEngineVersion());
    }
}
