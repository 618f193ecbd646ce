package org.factmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The JSONL export lists the accounts and their roles only for an admin; other users' exports name people only. */
@SpringBootTest
class ExportAccountsTest {
    @Autowired
    ExportService exports;
    @Autowired
    WebApplicationContext ctx;

    private String export(String user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestUsers.run(user, () -> exports.export(ExportFilter.parse("ALL", null, null, null, null, null),
                ExportFormat.JSONL, out, null));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_annotators_jsonl_export_has_no_account_records() {
        String jsonl = export("alice");
        assertThat(jsonl).startsWith("{\"type\":\"header\"");
        assertThat(jsonl).doesNotContain("\"type\":\"user\"").doesNotContain("\"roles\"");
    }

    @Test
    void an_admins_jsonl_export_lists_every_account_with_its_roles() {
        String jsonl = export("admin");
        assertThat(jsonl).contains("\"type\":\"user\",\"username\":\"alice\"").contains("\"roles\":[\"ANNOTATOR\"]");
    }

    @Test
    void the_same_rule_holds_over_rest() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(ctx).apply(springSecurity()).build();
        assertThat(rest(mvc, "alice")).doesNotContain("\"type\":\"user\"");
        assertThat(rest(mvc, "admin")).contains("\"type\":\"user\",\"username\":\"bob\"");
    }

    private static String rest(MockMvc mvc, String user) throws Exception {
        MvcResult started = mvc.perform(get("/api/export?format=jsonl&status=ALL").with(httpBasic(user, "demo")))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
