package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.stream.Collectors;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** An address with an article id too large for a number gets a friendly "no such article", not exception text. */
class ArticleAddressTest extends KaribuTest {
    @Test
    void an_article_id_with_too_many_digits_says_there_is_no_such_article() {
        loginAs("alice");
        UI.getCurrent().navigate("articles/99999999999999999999");
        String page = UI.getCurrent().getElement().getTextRecursively();
        String notices = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getTextRecursively() + " " + _find(n, com.vaadin.flow.component.html.Span.class)
                        .stream().map(com.vaadin.flow.component.html.Span::getText).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" "));
        assertThat(notices).as("page: %s; chain %s; location %s; notifications %s", page,
                UI.getCurrent().getInternals().getActiveRouterTargetsChain(),
                UI.getCurrent().getInternals().getActiveViewLocation().getPath(),
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).contains("There is no article 99999999999999999999");
        assertThat(page + notices).doesNotContain("NumberFormatException").doesNotContain("For input string");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
