package org.factmark.claim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyboard table in docs/annotator.md and the ? help dialog come from one list and stay identical. */
class KeyboardHelpTest {
    static List<String> docsTable() throws IOException {
        Path docs = Path.of("docs/annotator.md");
        assumeTrue(Files.exists(docs), "docs/annotator.md not found (run from the project root)");
        List<String> lines = Files.readAllLines(docs);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).trim().equals("| Key | Where | Does |")) header = i;
        assertTrue(header >= 0, "docs/annotator.md has the keyboard table");
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) rows.add(lines.get(i).trim());
        return rows;
    }

    @Test
    void the_docs_keyboard_table_lists_exactly_the_keys_of_the_help_dialog() throws IOException {
        assertEquals(KeyboardHelp.markdownRows(), docsTable());
    }

    @Test
    void users_who_cannot_mark_are_not_shown_the_marking_keys() {
        List<String> reader = KeyboardHelp.rows(false).stream().map(KeyboardHelp.Key::keys).toList();
        assertFalse(reader.contains("**M**"));
        assertFalse(reader.stream().anyMatch(k -> k.startsWith("**1**") || k.startsWith("**A**") || k.startsWith("**N**")));
        assertTrue(reader.contains("**J** / **K**"));
        assertTrue(reader.contains("**?**"));
        assertTrue(KeyboardHelp.rows(true).stream().anyMatch(k -> k.keys().equals("**M**")));
    }

    @Test
    void the_digit_keys_name_every_claim_type_in_order() {
        String does = KeyboardHelp.ALL.stream().filter(k -> k.keys().startsWith("**1**")).findFirst().orElseThrow().does();
        org.factmark.claim.ClaimType[] types = org.factmark.claim.ClaimType.values();
        for (int i = 0; i < types.length; i++) assertTrue(does.contains((i + 1) + " " + types[i].label()), does);
    }
}
