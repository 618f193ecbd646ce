package org.factmark.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    @Query("select v from Verdict v join fetch v.author where v.claim.id = :claimId order by v.createdAt, v.id")
    List<Verdict> findByClaim(long claimId);

    /** Whether {@code username} has given their blind rating (a SECOND_OPINION verdict) on the claim. */
    @Query("select count(v) > 0 from Verdict v where v.claim.id = :claimId and v.author.username = :username"
            + " and v.kind = org.factmark.claim.VerdictKind.SECOND_OPINION")
    boolean existsBlindRating(long claimId, String username);
}
