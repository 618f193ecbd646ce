package org.factmark.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factmark.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** When a user last opened My claims (what counts as new for them is what happened after it). */
@Entity
@Table(name = "my_claims_visits")
@Audited
public class MyClaimsVisit extends AbstractEntity {
    @Column(name = "username", nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected MyClaimsVisit() {
    }

    MyClaimsVisit(String username, Instant visitedAt) {
        this.username = username;
        this.visitedAt = visitedAt;
    }

    public String getUsername() {
        return username;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    void visitedAt(Instant at) {
        this.visitedAt = at;
    }
}
