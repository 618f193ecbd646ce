package org.factmark.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST for personal API tokens: create (the only time the token is shown), list, revoke. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {
    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, Instant expiresAt) {
    }

    @PostMapping
    ResponseEntity<ApiTokenService.CreatedToken> create(@RequestBody NewToken body) {
        ApiTokenService.CreatedToken t = tokens.create(body.name(), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/tokens/" + t.id())).body(t);
    }

    @GetMapping
    List<ApiTokenService.TokenInfo> list() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
