package org.factmark.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new claim starts with a type guessed from its text; any script's digits and currency symbols count. */
class DefaultClaimTypeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade reached $245 billion in 2024                      | STATISTIC
            Unemployment held at 4.1%                               | STATISTIC
            Die Inflation lag bei 2,3 Prozent                       | STATISTIC
            38,40 €                                                 | STATISTIC
            ¥9.8 trillion                                           | STATISTIC
            1,412 vessels passed in 2024                            | STATISTIC
            exports rose ١٢٫٤٪                                       | STATISTIC
            ۱۲ میلیون                                               | STATISTIC
            the plant employs २३०० workers                           | STATISTIC
            ５０％の増加                                              | STATISTIC
            The leaders met in Kazan in October                     | DATE_EVENT
            The summit ended on Wednesday                           | DATE_EVENT
            The pact was signed in 2024                             | DATE_EVENT
            im November in Leipzig                                  | DATE_EVENT
            on 12.10.2024 the plant opened                          | DATE_EVENT
            trading stopped at 10:30                                | DATE_EVENT
            at 6:45 a.m. the ship docked                            | DATE_EVENT
            ２０２４年１０月に署名された                                  | DATE_EVENT
            签约于२०२४年                                              | DATE_EVENT
            “We are closer than ever,” Varga told reporters         | QUOTATION
            „Wir sind bereit“, sagte sie                            | QUOTATION
            «Nous sommes prêts», a-t-il dit                          | QUOTATION
            「半導体は新しい石油だ」と述べた                                | QUOTATION
            “Sales rose 40% in 2024,” she said                      | QUOTATION
            India’s dairy sector stays closed                       | OTHER
            Kenichi Satō (佐藤健一)                                  | OTHER
            The minister may resign                                 | OTHER
            """)
    void a_new_claim_starts_with_the_type_its_text_suggests(String text, ClaimType expected) {
        assertEquals(expected, DefaultClaimType.of(text.strip()));
    }

    @ParameterizedTest(name = "blank {0}")
    @CsvSource({"''", "'   '"})
    void blank_text_stays_other(String text) {
        assertEquals(ClaimType.OTHER, DefaultClaimType.of(text));
    }
}
