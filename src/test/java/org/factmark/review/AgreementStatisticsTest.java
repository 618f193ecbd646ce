package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.factmark.review.AgreementStatistics.Pair;
import org.junit.jupiter.api.Test;

/** The statistics against worked examples with published values. */
class AgreementStatisticsTest {

    /** Wikipedia, "Cohen's kappa", simple example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15. */
    static List<Pair<String>> wikipediaTable() {
        List<Pair<String>> pairs = new ArrayList<>();
        add(pairs, "yes", "yes", 20);
        add(pairs, "yes", "no", 5);
        add(pairs, "no", "yes", 10);
        add(pairs, "no", "no", 15);
        return pairs;
    }

    static void add(List<Pair<String>> pairs, String a, String b, int times) {
        for (int i = 0; i < times; i++) pairs.add(new Pair<>(a, b));
    }

    @Test
    void cohens_kappa_of_the_wikipedia_example_is_0_4() {
        assertThat(AgreementStatistics.cohensKappa(wikipediaTable())).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void percent_agreement_of_the_wikipedia_example_is_70_percent() {
        assertThat(AgreementStatistics.percentAgreement(wikipediaTable())).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void cohens_kappa_is_1_for_perfect_agreement_over_several_categories() {
        List<Pair<String>> pairs = new ArrayList<>();
        add(pairs, "TRUE", "TRUE", 3);
        add(pairs, "FALSE", "FALSE", 2);
        assertThat(AgreementStatistics.cohensKappa(pairs)).isEqualTo(1.0);
    }

    @Test
    void cohens_kappa_is_negative_when_raters_systematically_disagree() {
        List<Pair<String>> pairs = new ArrayList<>();
        add(pairs, "TRUE", "FALSE", 3);
        add(pairs, "FALSE", "TRUE", 3);
        // p_o = 0, p_e = 0.5 -> kappa = -1
        assertThat(AgreementStatistics.cohensKappa(pairs)).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void cohens_kappa_is_undefined_when_both_raters_always_use_the_same_single_category() {
        List<Pair<String>> pairs = new ArrayList<>();
        add(pairs, "TRUE", "TRUE", 7);
        assertThat(AgreementStatistics.cohensKappa(pairs)).isNaN();
        assertThat(AgreementStatistics.percentAgreement(pairs)).isEqualTo(1.0);
    }

    @Test
    void statistics_over_no_items_are_undefined() {
        assertThat(AgreementStatistics.cohensKappa(List.<Pair<String>>of())).isNaN();
        assertThat(AgreementStatistics.percentAgreement(List.<Pair<String>>of())).isNaN();
        assertThat(AgreementStatistics.krippendorffAlphaNominal(List.<List<String>>of())).isNaN();
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers, 12 units, values
     * 1..5 with missing data (null). Published nominal alpha = 0.743; unit 12 has one value and is not pairable.
     */
    @Test
    void krippendorffs_alpha_nominal_of_the_2011_reliability_data_example_is_0_743() {
        Integer[][] observers = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] o : observers) if (o[u] != null) values.add(o[u]);
            units.add(values);
        }
        double alpha = AgreementStatistics.krippendorffAlphaNominal(units);
        assertThat(alpha).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void krippendorffs_alpha_for_two_coders_without_missing_data_matches_the_hand_computation() {
        // two coders, 4 units: (a,a) (a,b) (b,b) (b,b): n = 8, n_a = 3, n_b = 5, o_ab + o_ba = 2
        // alpha = 1 - (8 - 1) * 2 / (64 - 9 - 25) = 1 - 14/30 = 0.5333...
        List<List<String>> units = List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "b"), List.of("b", "b"));
        assertThat(AgreementStatistics.krippendorffAlphaNominal(units)).isCloseTo(1 - 14.0 / 30, within(1e-12));
    }

    @Test
    void krippendorffs_alpha_is_1_for_perfect_agreement_and_undefined_when_every_value_is_the_same() {
        assertThat(AgreementStatistics.krippendorffAlphaNominal(List.of(List.of("a", "a"), List.of("b", "b", "b"))))
                .isEqualTo(1.0);
        assertThat(AgreementStatistics.krippendorffAlphaNominal(List.of(List.of("a", "a"), List.of("a", "a")))).isNaN();
    }

    @Test
    void units_with_a_single_value_do_not_count_for_alpha() {
        List<List<String>> units = List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "b"), List.of("b", "b"));
        List<List<String>> withSingles = new ArrayList<>(units);
        withSingles.add(List.of("a"));
        withSingles.add(List.of("b"));
        assertThat(AgreementStatistics.krippendorffAlphaNominal(withSingles))
                .isEqualTo(AgreementStatistics.krippendorffAlphaNominal(units));
    }

    @Test
    void confusion_matrix_counts_rows_by_first_and_columns_by_second_label() {
        long[][] m = AgreementStatistics.confusion(List.of("yes", "no"), wikipediaTable());
        assertThat(m[0]).containsExactly(20, 5);
        assertThat(m[1]).containsExactly(10, 15);
    }

    @Test
    void distribution_counts_each_listed_label_in_order() {
        Map<String, Long> d = AgreementStatistics.distribution(List.of("x", "y", "z"), Arrays.asList("y", "x", "y"));
        assertThat(d).containsExactly(Map.entry("x", 1L), Map.entry("y", 2L), Map.entry("z", 0L));
    }
}
