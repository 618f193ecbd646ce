package org.factmark.review;

import java.util.List;
import java.util.Optional;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.VerdictKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    @Query("select r from Review r join fetch r.reviewer where r.claim.id = :claimId order by r.createdAt, r.id")
    List<Review> findByClaim(long claimId);

    @Query("select r from Review r join fetch r.reviewer where r.claim.id = :claimId and r.decision = :decision"
            + " order by r.createdAt desc, r.id desc")
    List<Review> findLatest(long claimId, ReviewDecision decision, Pageable page);

    default Optional<Review> latestDispute(long claimId) {
        return findLatest(claimId, ReviewDecision.DISPUTE, Pageable.ofSize(1)).stream().findFirst();
    }

    @Query("select c from Claim c join fetch c.author join fetch c.article where c.id = :claimId")
    Optional<Claim> findClaim(long claimId);

    /** Claims in a status that neither the given user marked nor whose verdict in force they wrote, oldest submission first. */
    @Query("select c from Claim c join fetch c.author a join fetch c.verdict v join fetch v.author va join fetch c.article"
            + " where c.status = :status and a.username <> :username and va.username <> :username"
            + " order by c.submittedAt, c.id")
    List<Claim> findOthersClaims(ClaimStatus status, String username, Pageable page);

    @Query("select c from Claim c join fetch c.article left join fetch c.verdict v left join fetch c.checkedBy"
            + " where c.author.username = :username order by c.updatedAt desc, c.id desc")
    List<Claim> findByAuthor(String username, Pageable page);

    @Query("select count(v) from Verdict v where v.claim.id = :claimId and v.author.username = :username and v.kind = :kind")
    long countVerdicts(long claimId, String username, VerdictKind kind);

    /** Every rating that can be a judgement: claim id, rater, kind, rating, claim author; oldest first. */
    @Query("select v.claim.id, v.author.username, v.kind, v.rating, c.author.username from Verdict v join v.claim c"
            + " where v.kind in :kinds order by v.createdAt, v.id")
    List<Object[]> findRatings(List<VerdictKind> kinds);

    /** Reviews (approvals, disputes) by others of the given user's claims after {@code since}, newest first. */
    @Query("select r from Review r join fetch r.reviewer rv join fetch r.claim cl join fetch cl.article"
            + " where cl.author.username = :username and rv.username <> :username and r.createdAt > :since"
            + " order by r.createdAt desc, r.id desc")
    List<Review> findOnClaimsOf(String username, java.time.Instant since, Pageable page);

    @Query("select count(c) from Claim c where c.author.username = :username and c.status = :status")
    long countByAuthorAndStatus(String username, ClaimStatus status);
}
