package org.factmark.claim;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    @Query("select c from Claim c join fetch c.author left join fetch c.verdict where c.article.id = :articleId order by c.start, c.end desc, c.id")
    List<Claim> findByArticle(long articleId);

    @Query(value = "select c from Claim c join fetch c.author left join fetch c.verdict"
            + " where (:status is null or c.status = :status) and (:articleId is null or c.article.id = :articleId) order by c.id",
            countQuery = "select count(c) from Claim c"
            + " where (:status is null or c.status = :status) and (:articleId is null or c.article.id = :articleId)")
    Page<Claim> search(ClaimStatus status, Long articleId, Pageable pageable);
}
