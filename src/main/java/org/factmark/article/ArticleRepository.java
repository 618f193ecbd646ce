package org.factmark.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Articles whose folded title ({@link org.factmark.base.SearchKeys}) contains the folded search text. */
    List<Article> findByTitleKeyContaining(String titleKey, Pageable pageable);

    long countByTitleKeyContaining(String titleKey);

    Optional<Article> findFirstByBodySha256(String sha256);

    /** Claims per article and status, for the given articles: rows of [article_id, status, count]. */
    @Query(value = "select article_id, status, count(*) from claims where article_id in (:ids) group by article_id, status",
            nativeQuery = true)
    List<Object[]> countClaimsByStatus(List<Long> ids);
}
