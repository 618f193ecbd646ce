package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimType;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {
    final SuggestionEngine engine = new SuggestionEngine();

    List<String> quotes(String body) {
        return engine.suggest(body).stream().map(Suggestion::quote).toList();
    }

    @Test
    void a_figure_with_its_year_is_proposed_as_a_statistic_with_the_money_cue() {
        String body = "Title line\n\nBilateral trade reached an estimated $245 billion in 2024, with gas leading.";
        List<Suggestion> s = engine.suggest(body);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).quote()).isEqualTo("Bilateral trade reached an estimated $245 billion in 2024");
        assertThat(s.get(0).cue()).isEqualTo(Cue.MONEY);
        assertThat(s.get(0).type()).isEqualTo(ClaimType.STATISTIC);
        assertThat(s.get(0).score()).isBetween(0.45, 0.99);
    }

    @Test
    void offsets_are_code_points_after_emoji_flags_and_cjk() {
        String body = "Headline\n\n👨‍👩‍👧 🇯🇵 佐藤健一 said exports rose 12.4% to ¥9.8 trillion in the first half.";
        Suggestion s = engine.suggest(body).get(0);
        assertThat(CodePoints.slice(body, s.start(), s.end())).isEqualTo(s.quote());
        assertThat(s.quote()).contains("12.4% to ¥9.8 trillion");
    }

    @Test
    void nbsp_thin_spaces_unicode_minus_and_decimal_commas_are_read_as_figures() {
        String body = "Titel\n\nDie Speicher sind zu 94,6\u00a0% gefüllt.\n\nIt fell to \u221238.2\u202f°C in the north.\n\n"
                + "Demand peaked at 26\u2009300 MW on the day.";
        List<Suggestion> s = engine.suggest(body);
        assertThat(s).extracting(Suggestion::cue).containsExactly(Cue.PERCENT, Cue.QUANTITY, Cue.QUANTITY);
        for (Suggestion x : s) assertThat(CodePoints.slice(body, x.start(), x.end())).isEqualTo(x.quote());
    }

    @Test
    void datelines_times_of_day_ages_and_page_numbers_are_not_claims() {
        String body = "Title\n\nOSLO, Jan 9 (Weather desk) – The service spoke at 6:45 a.m.\n\n"
                + "Ingrid Dahl, 47, an analyst, agreed.\n\nHe pointed to page 14 of the report.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void an_attributed_quotation_is_proposed_with_its_speaker() {
        String body = "Title\n\n“We are closer than we have ever been, but closer is not done,” Commissioner Helena Varga "
                + "told reporters, adding little.";
        List<Suggestion> s = engine.suggest(body);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).type()).isEqualTo(ClaimType.QUOTATION);
        assertThat(s.get(0).quote()).startsWith("“We are closer").endsWith("told reporters");
    }

    @Test
    void meetings_relative_times_and_predictions_are_proposed() {
        String body = "Title\n\nThe leaders met twice, in Astana in July and in Kazan in October.\n\n"
                + "Trade could reach €180 billion by 2030, officials say.\n\nTwo years later the plan was dropped.\n\n"
                + "Since 2021, output has doubled.";
        List<Suggestion> s = engine.suggest(body);
        // a relative time alone ("Two years later") is too weak; a year with a comparison is proposed
        assertThat(s).extracting(Suggestion::cue).containsExactly(Cue.MEETING, Cue.MONEY, Cue.DATE);
        assertThat(s.get(2).quote()).isEqualTo("Since 2021, output has doubled.");
        assertThat(s).filteredOn(x -> x.cue() == Cue.MONEY).extracting(Suggestion::type).containsExactly(ClaimType.PREDICTION);
    }

    @Test
    void suggestions_never_overlap_and_are_the_same_every_time() {
        String body = GoldEvaluationFixture.longArticle(200);
        List<Suggestion> a = engine.suggest(body);
        assertThat(engine.suggest(body)).isEqualTo(a);
        for (int i = 1; i < a.size(); i++) assertThat(a.get(i).start()).isGreaterThanOrEqualTo(a.get(i - 1).end());
    }
}
