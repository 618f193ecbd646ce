package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.factmark.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The bootstrap admin gets the password policy too; a weak password stops the start with one clear line. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminPolicyTest {

    @Test
    void a_guessable_bootstrap_password_stops_the_start_with_one_clear_line_and_no_stack_trace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--factmark.demo=false",
                "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--factmark.bootstrap-admin.username=editor", "--factmark.bootstrap-admin.password=password1"))
                .isInstanceOf(AdminBootstrap.BootstrapAdminRefused.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The bootstrap admin 'editor' is refused: This password is too easy to guess")
                .contains("Start again with a stronger --factmark.bootstrap-admin.password")
                .doesNotContain("at org.factmark.security.AdminBootstrap.run");
    }
}
