package org.factmark.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c join fetch c.author where c.claim.id = :claimId order by c.createdAt, c.id")
    List<Comment> findByClaim(long claimId);
}
