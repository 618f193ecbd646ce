package org.factmark.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inter-rater agreement, as plain arithmetic over category labels (no database, no Spring). Conventions:
 * <ul>
 *   <li>A statistic that is undefined returns {@link Double#NaN} (JSON: null, UI: "n/a"): percent agreement and
 *   kappa over zero items; Cohen's kappa when the expected agreement is 1 (both raters used one and the same
 *   category for every item, so chance alone explains the agreement); Krippendorff's alpha when there is no
 *   pairable value or all pairable values are the same category (expected disagreement 0).</li>
 *   <li>Percent agreement is a fraction in [0, 1].</li>
 * </ul>
 */
public final class AgreementStatistics {
    private AgreementStatistics() {
    }

    /** Two raters' labels for the same item. */
    public record Pair<T>(T a, T b) {
        public Pair {
            Objects.requireNonNull(a);
            Objects.requireNonNull(b);
        }
    }

    /** Share of items on which both raters chose the same category; NaN for no items. */
    public static <T> double percentAgreement(List<Pair<T>> pairs) {
        if (pairs.isEmpty()) return Double.NaN;
        long same = pairs.stream().filter(p -> p.a().equals(p.b())).count();
        return (double) same / pairs.size();
    }

    /**
     * Cohen's kappa for two raters: (p_o - p_e) / (1 - p_e), where p_e sums over categories the product of the two
     * raters' marginal shares. NaN for no items or when p_e = 1 (undefined).
     */
    public static <T> double cohensKappa(List<Pair<T>> pairs) {
        if (pairs.isEmpty()) return Double.NaN;
        int n = pairs.size();
        Map<T, Integer> ma = new HashMap<>();
        Map<T, Integer> mb = new HashMap<>();
        int same = 0;
        for (Pair<T> p : pairs) {
            ma.merge(p.a(), 1, Integer::sum);
            mb.merge(p.b(), 1, Integer::sum);
            if (p.a().equals(p.b())) same++;
        }
        double po = (double) same / n;
        double pe = 0;
        for (var e : ma.entrySet()) {
            pe += ((double) e.getValue() / n) * ((double) mb.getOrDefault(e.getKey(), 0) / n);
        }
        if (Math.abs(1 - pe) < 1e-12) return Double.NaN;
        return (po - pe) / (1 - pe);
    }

    /**
     * Krippendorff's alpha for nominal data with any number of coders and missing values: each unit is the
     * collection of values it received; units with fewer than two values are not pairable and are skipped.
     * alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k, with the coincidence matrix
     * o_ck = sum_u (number of ordered c-k value pairs in u) / (m_u - 1) and n the number of pairable values.
     */
    public static <T> double krippendorffAlphaNominal(Collection<? extends Collection<T>> units) {
        Map<T, Double> nc = new HashMap<>();
        double observedDisagreement = 0;
        double n = 0;
        for (Collection<T> unit : units) {
            int m = unit.size();
            if (m < 2) continue;
            Map<T, Integer> counts = new HashMap<>();
            for (T v : unit) counts.merge(Objects.requireNonNull(v), 1, Integer::sum);
            // ordered pairs of values from different coders: m(m-1) in all, c(c-1) of them within category c
            double differentPairs = (double) m * (m - 1);
            for (int c : counts.values()) differentPairs -= (double) c * (c - 1);
            observedDisagreement += differentPairs / (m - 1);
            for (var e : counts.entrySet()) nc.merge(e.getKey(), (double) e.getValue(), Double::sum);
            n += m;
        }
        if (n < 2) return Double.NaN;
        double expected = n * n;
        for (double v : nc.values()) expected -= v * v; // sum_{c != k} n_c n_k
        if (expected <= 0) return Double.NaN;
        return 1 - (n - 1) * observedDisagreement / expected;
    }

    /** Counts of (row label, column label) pairs, rows and columns in the order of {@code labels}. */
    public static <T> long[][] confusion(List<T> labels, List<Pair<T>> pairs) {
        Map<T, Integer> index = new LinkedHashMap<>();
        for (T l : labels) index.put(l, index.size());
        long[][] m = new long[labels.size()][labels.size()];
        for (Pair<T> p : pairs) {
            Integer r = index.get(p.a());
            Integer c = index.get(p.b());
            if (r == null || c == null) throw new IllegalArgumentException("label not in the list: " + p);
            m[r][c]++;
        }
        return m;
    }

    /** How often each label occurs, in the order of {@code labels} (labels not listed are ignored). */
    public static <T> Map<T, Long> distribution(List<T> labels, Collection<T> values) {
        Map<T, Long> out = new LinkedHashMap<>();
        for (T l : labels) out.put(l, 0L);
        for (T v : values) out.computeIfPresent(v, (k, c) -> c + 1);
        return out;
    }

    /** The labels used anywhere in {@code pairs}, in first-seen order. */
    public static <T> List<T> labelsOf(List<Pair<T>> pairs) {
        Set<T> s = new LinkedHashSet<>();
        for (Pair<T> p : pairs) {
            s.add(p.a());
            s.add(p.b());
        }
        return new ArrayList<>(s);
    }
}
