package org.factmark.claim;

/** Why a verdict (one user's rating of one claim) exists. */
public enum VerdictKind {
    /** The claim author's verdict, submitted for review. */
    AUTHOR,
    /** A reviewer's independent rating given before seeing the author's (blind second opinion). */
    SECOND_OPINION,
    /** The rating a reviewer gave with an approval (the author's) or a dispute (their own). */
    REVIEW,
    /** The final rating of an adjudicator settling a dispute. */
    ADJUDICATION
}
