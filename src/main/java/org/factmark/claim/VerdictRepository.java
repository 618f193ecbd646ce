package org.factmark.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    @Query("select v from Verdict v join fetch v.author where v.claim.id = :claimId order by v.createdAt, v.id")
    List<Verdict> findByClaim(long claimId);
}
