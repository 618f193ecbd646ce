package org.factmark.claim;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factmark.base.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The claim REST API (docs/claims-api.md). Thin: it parses and names bad fields, the rules live in
 * {@link ClaimService}; errors become {"error","field","message"} through base.web.ApiExceptionHandler.
 */
@RestController
@RequestMapping("/api")
class ClaimController {
    static final int MAX_PAGE_SIZE = 200;

    private final ClaimService claims;

    ClaimController(ClaimService claims) {
        this.claims = claims;
    }

    /** Either offsets (start, end) or a quote with optional prefix/suffix context; offsets win if both come. */
    record MarkRequest(Integer start, Integer end, String quote, String prefix, String suffix, String type,
                       String claimant) {
    }

    /** Absent (or null) fields stay as they are; an empty string clears claimant or restatement. */
    record ClaimPatch(Long version, String type, String claimant, String restatement) {
    }

    record SourceRequest(String url, String title, String publisher, String excerpt, String accessedOn, String stance,
                         Long version) {
    }

    record VerdictRequest(String rating, String rationale) {
    }

    record ClaimPage(List<ClaimJson> items, long total, int page, int size, int totalPages) {
    }

    // ---- claims --------------------------------------------------------------------------------------------

    @PostMapping("/articles/{articleId}/claims")
    ResponseEntity<ClaimJson> mark(@PathVariable long articleId, @RequestBody MarkRequest in) {
        ClaimType type = parse(ClaimType.class, in.type(), "type");
        Claim c;
        if (in.start() != null || in.end() != null) {
            if (in.start() == null) throw new InvalidInputException("start", "start: give both start and end (code points, end exclusive).");
            if (in.end() == null) throw new InvalidInputException("end", "end: give both start and end (code points, end exclusive).");
            c = claims.markAt(articleId, in.start(), in.end(), blankToNull(in.quote()), type, in.claimant());
        } else if (in.quote() != null && !in.quote().isEmpty()) {
            c = claims.markQuote(articleId, in.quote(), in.prefix(), in.suffix(), type, in.claimant());
        } else {
            throw new InvalidInputException("quote", "Give start and end (code-point offsets) or the quote to mark.");
        }
        return ResponseEntity.created(location("/api/claims/{id}", c.getId())).body(ClaimJson.of(c));
    }

    @GetMapping("/articles/{articleId}/claims")
    List<ClaimJson> listForArticle(@PathVariable long articleId) {
        return claims.listJsonForArticle(articleId);
    }

    @GetMapping("/claims")
    ClaimPage list(@RequestParam(required = false) String status, @RequestParam(required = false) Long articleId,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ClaimStatus st = parse(ClaimStatus.class, status, "status");
        if (page < 0) throw new InvalidInputException("page", "page: counts from 0.");
        if (size < 1 || size > MAX_PAGE_SIZE) throw new InvalidInputException("size", "size: between 1 and " + MAX_PAGE_SIZE + ".");
        Page<ClaimJson> p = claims.findJson(st, articleId, org.factmark.base.web.Paging.of(page, size, MAX_PAGE_SIZE));
        return new ClaimPage(p.getContent(), p.getTotalElements(), page, size,
                p.getTotalPages());
    }

    @PatchMapping("/claims/{id}")
    ClaimJson patch(@PathVariable long id, @RequestBody ClaimPatch in) {
        if (in.version() == null) throw new InvalidInputException("version", "version: send the version you loaded.");
        ClaimType type = parse(ClaimType.class, in.type(), "type");
        Claim current = claims.get(id);
        if (current.getVersion() != in.version()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Claim.class, id);
        }
        // the service checks the version again inside its transaction, so current's values are the ones it replaces
        claims.update(id, in.version(), type == null ? current.getType() : type,
                in.claimant() == null ? current.getClaimant() : in.claimant(),
                in.restatement() == null ? current.getRestatement() : in.restatement());
        return claims.json(id);
    }

    @DeleteMapping("/claims/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        claims.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/claims/{id}/verdict")
    ClaimDetailJson verdict(@PathVariable long id, @RequestBody VerdictRequest in) {
        claims.submitVerdict(id, parse(Rating.class, in.rating(), "rating"), in.rationale());
        return ClaimDetailJson.of(claims.details(id));
    }

    /** The author takes the claim back out of review (IN_REVIEW to DRAFT); pending reviews of its verdict are void. */
    @PostMapping("/claims/{id}/withdraw")
    ClaimJson withdraw(@PathVariable long id) {
        claims.withdraw(id);
        return claims.json(id);
    }

    // ---- sources -------------------------------------------------------------------------------------------

    @GetMapping("/claims/{id}/sources")
    List<SourceJson> sources(@PathVariable long id) {
        claims.get(id);
        return claims.sources(id).stream().map(SourceJson::of).toList();
    }

    @PostMapping("/claims/{id}/sources")
    ResponseEntity<SourceJson> addSource(@PathVariable long id, @RequestBody SourceRequest in) {
        Source s = claims.addSource(id, input(in));
        return ResponseEntity.created(location("/api/sources/{id}", s.getId())).body(SourceJson.of(s));
    }

    @PutMapping("/sources/{id}")
    SourceJson updateSource(@PathVariable long id, @RequestBody SourceRequest in) {
        if (in.version() == null) throw new InvalidInputException("version", "version: send the version you loaded.");
        Source s = claims.updateSource(id, in.version(), input(in));
        long claimId = s.getClaim().getId();
        return claims.sources(claimId).stream().filter(x -> x.getId() == id).findFirst().map(SourceJson::of).orElseThrow();
    }

    @DeleteMapping("/sources/{id}")
    ResponseEntity<Void> removeSource(@PathVariable long id) {
        claims.removeSource(id);
        return ResponseEntity.noContent().build();
    }

    // ---- parsing -------------------------------------------------------------------------------------------

    private static SourceInput input(SourceRequest in) {
        LocalDate accessed = null;
        if (in.accessedOn() != null && !in.accessedOn().isBlank()) {
            try {
                accessed = LocalDate.parse(in.accessedOn().strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("accessedOn", "accessedOn: use an ISO date such as 2025-06-12.");
            }
        }
        Stance stance = parse(Stance.class, in.stance(), "stance");
        if (stance == null) throw new InvalidInputException("stance", "stance: one of " + Arrays.toString(Stance.values()) + ".");
        return new SourceInput(in.url(), in.title(), in.publisher(), in.excerpt(), accessed, stance);
    }

    /** Enum names, case-insensitive, spaces and hyphens read as underscores; blank is null; anything else: 400. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) return null;
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) return e;
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        throw new InvalidInputException(field, field + ": '" + shown + "' is not one of "
                + Arrays.toString(type.getEnumConstants()) + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static URI location(String path, Object id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
    }
}
