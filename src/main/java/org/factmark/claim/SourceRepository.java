package org.factmark.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    @Query("select s from Source s left join fetch s.createdBy where s.claim.id = :claimId order by s.id")
    List<Source> findByClaim(long claimId);

    @Query("select count(s) from Source s where s.claim.id = :claimId")
    long countByClaim(long claimId);
}
