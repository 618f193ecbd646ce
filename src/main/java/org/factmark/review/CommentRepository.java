package org.factmark.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c join fetch c.author where c.claim.id = :claimId order by c.createdAt, c.id")
    List<Comment> findByClaim(long claimId);

    /** Comments by others on the given user's claims after {@code since}, newest first. */
    @Query("select c from Comment c join fetch c.author a join fetch c.claim cl join fetch cl.article"
            + " where cl.author.username = :username and a.username <> :username and c.createdAt > :since"
            + " order by c.createdAt desc, c.id desc")
    List<Comment> findOnClaimsOf(String username, java.time.Instant since, org.springframework.data.domain.Pageable page);

    @Query("select count(c) from Comment c where c.claim.author.username = :username"
            + " and c.author.username <> :username and c.createdAt > :since")
    long countOnClaimsOf(String username, java.time.Instant since);
}
