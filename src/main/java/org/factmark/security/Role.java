package org.factmark.security;

/** The desk's roles. Names are stored; never rename one. */
public enum Role {
    /** Marks claims and writes verdicts. */
    ANNOTATOR,
    /** Reviews colleagues' verdicts. */
    REVIEWER,
    /** Manages users and settles disputes. */
    ADMIN;

    /** Constants for annotations such as {@code @RolesAllowed(Role.Names.REVIEWER)}. */
    public static final class Names {
        public static final String ANNOTATOR = "ANNOTATOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
