package org.factmark.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factmark.claim.Rating;
import org.factmark.claim.VerdictKind;
import org.factmark.review.AgreementStatistics.Pair;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement between raters, from the database. A user's judgement of a claim is their earliest rating on it
 * (AUTHOR verdict, blind SECOND_OPINION, or the rating given in a REVIEW); adjudications are final decisions, not
 * judgements, and are left out, as are later ratings by the same user (a revision after seeing a dispute is no
 * longer independent).
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
public class AgreementService {
    public static final int DEFAULT_MIN_COMMON = 5;

    private final ReviewRepository reviews;

    AgreementService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** Agreement of one pair of users (a before b alphabetically) over the n claims both judged. */
    public record PairAgreement(String a, String b, int n, Double percentAgreement, Double kappa) {
    }

    /** Rows: the claim author's judgement; columns: another user's judgement of the same claim. */
    public record Confusion(List<String> labels, long[][] matrix) {
    }

    /**
     * The figures. {@code claims}: claims with two or more judgements (the base of alpha and of
     * {@code percentAgreement}, which counts agreeing pairs of judgements over all such claims); null stands for
     * "undefined" (see {@link AgreementStatistics}).
     */
    public record AgreementReport(int minCommon, List<PairAgreement> pairs, Double alpha, int claims,
                                  Double percentAgreement, Confusion confusion, Map<String, Long> distribution,
                                  int judgements) {
    }

    @Transactional(readOnly = true)
    public AgreementReport compute(int minCommon) {
        int min = Math.max(1, minCommon);
        // claim -> (user -> earliest rating); claim -> author
        Map<Long, LinkedHashMap<String, Rating>> judgements = new LinkedHashMap<>();
        Map<Long, String> authors = new HashMap<>();
        for (Object[] row : reviews.findRatings(List.of(VerdictKind.AUTHOR, VerdictKind.SECOND_OPINION, VerdictKind.REVIEW))) {
            long claimId = ((Number) row[0]).longValue();
            judgements.computeIfAbsent(claimId, k -> new LinkedHashMap<>()).putIfAbsent((String) row[1], (Rating) row[3]);
            authors.put(claimId, (String) row[4]);
        }
        Map<String, List<Pair<Rating>>> byPair = new TreeMap<>();
        List<Pair<Rating>> allPairs = new ArrayList<>();
        List<Pair<Rating>> authorVsOther = new ArrayList<>();
        List<List<Rating>> units = new ArrayList<>();
        List<Rating> all = new ArrayList<>();
        for (var e : judgements.entrySet()) {
            Map<String, Rating> byUser = new TreeMap<>(e.getValue());
            all.addAll(byUser.values());
            if (byUser.size() < 2) continue;
            units.add(List.copyOf(byUser.values()));
            List<String> names = List.copyOf(byUser.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    Pair<Rating> p = new Pair<>(byUser.get(names.get(i)), byUser.get(names.get(j)));
                    byPair.computeIfAbsent(names.get(i) + "\u0000" + names.get(j), k -> new ArrayList<>()).add(p);
                    allPairs.add(p);
                }
            }
            String author = authors.get(e.getKey());
            Rating authorRating = byUser.get(author);
            if (authorRating != null) {
                byUser.forEach((user, r) -> {
                    if (!user.equals(author)) authorVsOther.add(new Pair<>(authorRating, r));
                });
            }
        }
        List<PairAgreement> pairs = new ArrayList<>();
        byPair.forEach((key, list) -> {
            if (list.size() < min) return;
            String[] ab = key.split("\u0000");
            pairs.add(new PairAgreement(ab[0], ab[1], list.size(), orNull(AgreementStatistics.percentAgreement(list)),
                    orNull(AgreementStatistics.cohensKappa(list))));
        });
        List<Rating> labels = Arrays.asList(Rating.values());
        long[][] matrix = AgreementStatistics.confusion(labels, authorVsOther);
        Map<String, Long> distribution = new LinkedHashMap<>();
        AgreementStatistics.distribution(labels, all).forEach((r, n) -> distribution.put(r.name(), n));
        return new AgreementReport(min, pairs, orNull(AgreementStatistics.krippendorffAlphaNominal(units)), units.size(),
                orNull(AgreementStatistics.percentAgreement(allPairs)),
                new Confusion(labels.stream().map(Enum::name).toList(), matrix), distribution, all.size());
    }

    private static Double orNull(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
