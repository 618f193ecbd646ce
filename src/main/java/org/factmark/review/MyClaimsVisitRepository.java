package org.factmark.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MyClaimsVisitRepository extends JpaRepository<MyClaimsVisit, Long> {
    Optional<MyClaimsVisit> findByUsername(String username);
}
