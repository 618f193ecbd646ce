package org.factmark.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {
    List<ApiToken> findByUserOrderByCreatedAtDescIdDesc(AppUser user);

    long countByUserAndRevokedFalse(AppUser user);
}
