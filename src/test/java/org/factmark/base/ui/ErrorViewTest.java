package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

class ErrorViewTest {
    @Test
    void a_failing_page_shows_a_plain_message_and_a_reference_never_the_exception_text() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("articles/1"));
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("could not execute statement [select secret from users]")));
        String text = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(text).contains("Something went wrong").contains("reference");
        assertThat(text).doesNotContain("IllegalStateException").doesNotContain("select secret");
    }
}
