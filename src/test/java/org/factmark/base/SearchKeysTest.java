package org.factmark.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void accents_strokes_and_case_fold_to_plain_lower_case_letters() {
        assertThat(SearchKeys.fold("Łódź")).isEqualTo("lodz");
        assertThat(SearchKeys.fold("LODZ")).isEqualTo("lodz");
        assertThat(SearchKeys.fold("Zürich Straße")).isEqualTo("zurich strasse");
        assertThat(SearchKeys.fold("São Tomé, Ærø, Đakovo")).isEqualTo("sao tome, aero, dakovo");
    }

    @Test
    void combining_marks_written_separately_fold_like_precomposed_letters() {
        assertThat(SearchKeys.fold("Cafe\u0301")).isEqualTo(SearchKeys.fold("Caf\u00e9")).isEqualTo("cafe");
    }

    @Test
    void full_width_forms_ligatures_and_curly_apostrophes_fold_to_their_plain_forms() {
        assertThat(SearchKeys.fold("ＷＷＩＩ")).isEqualTo("wwii");
        assertThat(SearchKeys.fold("ﬁnance")).isEqualTo("finance");
        assertThat(SearchKeys.fold("Xi\u2019s visit")).isEqualTo("xi's visit");
    }

    @Test
    void scripts_without_case_or_accents_are_kept() {
        assertThat(SearchKeys.fold("北京 🇨🇳")).isEqualTo("北京 🇨🇳");
        assertThat(SearchKeys.fold(null)).isEmpty();
    }

    @Test
    void upper_case_i_folds_to_dotted_i_whatever_the_default_locale() {
        assertThat(SearchKeys.fold("ISTANBUL İzmir")).isEqualTo("istanbul izmir");
    }
}
