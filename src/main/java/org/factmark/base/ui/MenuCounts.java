package org.factmark.base.ui;

/**
 * Work waiting behind a menu entry, shown as a count next to it. Features implement it as a Spring bean; the
 * layout asks every such bean, so base.ui never imports a feature. The counting rule itself lives in the
 * feature's services (the same rule as the view behind the entry).
 */
public interface MenuCounts {
    /** Items waiting for the current user behind the menu entry with this route ("my-claims", "review"), or 0. */
    int count(String route);
}
