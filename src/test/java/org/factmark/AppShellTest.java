package org.factmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppShellTest {
    @Test
    void article_pages_preload_the_annotator_scripts_other_pages_do_not() {
        assertThat(AppShell.isArticlePage("/articles/12")).isTrue();
        assertThat(AppShell.isArticlePage("/articles/12/claims/345")).isTrue();
        assertThat(AppShell.isArticlePage("/")).isFalse();
        assertThat(AppShell.isArticlePage("/login")).isFalse();
        assertThat(AppShell.isArticlePage("/articles/12/../../admin")).isFalse();
        assertThat(AppShell.isArticlePage(null)).isFalse();
        assertThat(AppShell.ARTICLE_SCRIPTS).containsExactly("app/annotator.js", "app/suggestions.js");
    }
}
