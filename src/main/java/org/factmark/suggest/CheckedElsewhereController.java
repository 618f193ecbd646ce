package org.factmark.suggest;

import java.util.List;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Already checked elsewhere" over REST (docs/suggestions.md); rules live in {@link CheckedElsewhereService}. */
@RestController
@RequestMapping("/api")
class CheckedElsewhereController {
    private final CheckedElsewhereService service;

    CheckedElsewhereController(CheckedElsewhereService service) {
        this.service = service;
    }

    record StartFrom(Long earlierClaimId) {
    }

    @GetMapping("/claims/{id}/checked-elsewhere")
    List<CheckedElsewhereService.EarlierCheck> earlier(@PathVariable long id) {
        return service.earlier(id);
    }

    @PostMapping("/claims/{id}/checked-elsewhere")
    ClaimJson startFrom(@PathVariable long id, @RequestBody StartFrom in) {
        if (in.earlierClaimId() == null) throw new InvalidInputException("earlierClaimId", "earlierClaimId is required.");
        return ClaimJson.of(service.startFrom(id, in.earlierClaimId()));
    }
}
