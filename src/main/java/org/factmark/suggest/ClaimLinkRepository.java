package org.factmark.suggest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {
    List<ClaimLink> findByClaimId(long claimId);
}
