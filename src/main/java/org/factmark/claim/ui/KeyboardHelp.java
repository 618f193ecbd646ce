package org.factmark.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factmark.claim.ClaimType;

/**
 * Every key of the annotator, in one list: the {@code ?} help dialog is built from it, and docs/annotator.md's
 * keyboard table must equal {@link #markdownRows()} (KeyboardHelpTest compares them). Keys are written as in
 * Markdown, each key in {@code **bold**}; the dialog shows them as {@code <kbd>} elements.
 */
final class KeyboardHelp {
    /** One row: keys (Markdown, keys in bold), where they work, what they do; {@code marking}: annotators only. */
    record Key(String keys, String where, String does, boolean marking) {
    }

    static final String CARET = "article text focused";

    static final List<Key> ALL = List.of(
            new Key("**Tab** / **Shift+Tab**", "everywhere", "move the focus: menu, claim list, suggestions, article text, claim panel fields and buttons", false),
            new Key("**←** / **→**", CARET, "move the caret one character (a flag, an emoji or a letter with accents is one); with **Shift**, extend the selection", false),
            new Key("**Ctrl+←** / **Ctrl+→**", CARET, "start of the previous word / end of the next word (**Alt** on macOS); with **Shift**, extend", false),
            new Key("**Ctrl+↑** / **Ctrl+↓**", CARET, "start / end of the sentence (**Alt** on macOS); with **Shift**, extend", false),
            new Key("**↑** / **↓**", CARET, "previous / next line; with **Shift**, extend", false),
            new Key("**Home** / **End**", CARET, "start / end of the paragraph; with **Shift**, extend", false),
            new Key("**Ctrl+Home** / **Ctrl+End**", CARET, "start / end of the article; with **Shift**, extend", false),
            new Key("**M**", "annotator, text selected", "mark the selection as a claim (its type is guessed from the text)", true),
            new Key("**1** … **" + ClaimType.values().length + "**", "annotator, a claim of yours open",
                    "set its type: " + typeList(), true),
            new Key("**J** / **K**", "annotator", "next / previous claim", false),
            new Key("**N** / **P**", "annotator, suggestions shown", "next / previous suggestion", true),
            new Key("**A** / **X**", "annotator, a suggestion focused", "accept it as a claim / reject it", true),
            new Key("**?**", "annotator", "this list of keys", false),
            new Key("**Esc**", "dialogs", "close without saving", false),
            new Key("**Enter**", "articles list, a row focused", "open the article", false));

    private KeyboardHelp() {
    }

    private static String typeList() {
        ClaimType[] types = ClaimType.values();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < types.length; i++) out.add((i + 1) + " " + types[i].label());
        return String.join(", ", out);
    }

    /** The rows a user sees: without the marking keys for users who cannot mark. */
    static List<Key> rows(boolean canMark) {
        return ALL.stream().filter(k -> canMark || !k.marking()).toList();
    }

    /** The table as docs/annotator.md shows it, one Markdown row per key (without the header). */
    static List<String> markdownRows() {
        return ALL.stream().map(k -> "| " + k.keys() + " | " + k.where() + " | " + k.does() + " |")
                .collect(Collectors.toList());
    }

    /** The help dialog (role dialog, labelled by its title; Esc closes it). */
    static Dialog dialog(boolean canMark) {
        Dialog d = new Dialog();
        d.setId("keyboard-help");
        d.addClassName("keyboard-help");
        d.setHeaderTitle("Keyboard shortcuts");
        d.setWidth("min(52rem, 95vw)");
        Element table = new Element("table");
        table.setAttribute("id", "keyboard-help-table");
        Element head = new Element("tr");
        for (String h : List.of("Key", "Where", "Does")) head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        table.appendChild(new Element("thead").appendChild(head));
        Element rowsEl = new Element("tbody");
        for (Key k : rows(canMark)) {
            Element tr = new Element("tr");
            tr.appendChild(withKeys(new Element("td"), k.keys()), new Element("td").setText(k.where()),
                    withKeys(new Element("td"), k.does()));
            rowsEl.appendChild(tr);
        }
        table.appendChild(rowsEl);
        Span intro = new Span(canMark
                ? "Tab to the article text, move with the arrow keys, hold Shift to select, press M to mark."
                : "Tab to the article text and move with the arrow keys; J / K open the next / previous claim.");
        intro.addClassName("muted");
        // the list scrolls inside its own focusable region, so keyboard users can scroll it (axe: scrollable-region-focusable)
        com.vaadin.flow.component.html.Div list = new com.vaadin.flow.component.html.Div();
        list.addClassName("keyboard-help-list");
        list.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", "Keys");
        list.getElement().appendChild(table);
        d.add(intro, list);
        Button close = new Button("Close", e -> d.close());
        close.setId("keyboard-help-close");
        d.getFooter().add(close);
        return d;
    }

    /** Text with {@code **key**} parts as {@code <kbd>} elements, everything set as text (never HTML). */
    private static Element withKeys(Element cell, String markdown) {
        String[] parts = markdown.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            cell.appendChild(i % 2 == 1 ? new Element("kbd").setText(parts[i]) : Element.createText(parts[i]));
        }
        return cell;
    }
}
