package org.factmark.review;

/** A reviewer's decision on a verdict. */
public enum ReviewDecision {
    APPROVE,
    DISPUTE
}
