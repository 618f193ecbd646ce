package org.factmark.suggest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionDecisionRepository extends JpaRepository<SuggestionDecision, Long> {
    List<SuggestionDecision> findByArticleIdAndDecision(long articleId, SuggestionDecision.Kind decision);

    Optional<SuggestionDecision> findFirstByClaimId(long claimId);
}
