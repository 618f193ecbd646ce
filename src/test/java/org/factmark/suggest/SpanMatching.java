package org.factmark.suggest;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import org.factmark.base.TextSpan;

/**
 * One-to-one matching of predicted and gold spans for the quality figures: a maximum bipartite matching
 * (Kuhn's augmenting paths, predictions tried in text order) under one of three criteria. A gold span is matched
 * by at most one prediction and a prediction matches at most one gold span, so a long prediction covering two
 * gold spans counts once.
 */
final class SpanMatching {
    private SpanMatching() {
    }

    enum Criterion {
        EXACT("exact boundaries", (p, g) -> p.start() == g.start() && p.end() == g.end()),
        OVERLAP("any overlap", TextSpan::overlaps),
        IOU("IoU >= 0.5", (p, g) -> iou(p, g) >= 0.5);

        final String label;
        final BiPredicate<TextSpan, TextSpan> matches;

        Criterion(String label, BiPredicate<TextSpan, TextSpan> matches) {
            this.label = label;
            this.matches = matches;
        }
    }

    static double iou(TextSpan a, TextSpan b) {
        int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return union == 0 ? 0 : (double) inter / union;
    }

    /** For each prediction, the index of the gold span it is matched to, or -1. */
    static int[] match(List<TextSpan> predicted, List<TextSpan> gold, Criterion c) {
        int[] goldOwner = new int[gold.size()];
        Arrays.fill(goldOwner, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, predicted, gold, c, goldOwner, new boolean[gold.size()]);
        }
        int[] predGold = new int[predicted.size()];
        Arrays.fill(predGold, -1);
        for (int g = 0; g < gold.size(); g++) if (goldOwner[g] >= 0) predGold[goldOwner[g]] = g;
        return predGold;
    }

    private static boolean augment(int p, List<TextSpan> predicted, List<TextSpan> gold, Criterion c, int[] goldOwner,
                                   boolean[] seen) {
        for (int g = 0; g < gold.size(); g++) {
            if (seen[g] || !c.matches.test(predicted.get(p), gold.get(g))) continue;
            seen[g] = true;
            if (goldOwner[g] < 0 || augment(goldOwner[g], predicted, gold, c, goldOwner, seen)) {
                goldOwner[g] = p;
                return true;
            }
        }
        return false;
    }

    /** Matched pairs, predictions and gold spans: precision, recall and F1 follow. */
    record Counts(int matched, int predicted, int gold) {
        Counts plus(Counts o) {
            return new Counts(matched + o.matched, predicted + o.predicted, gold + o.gold);
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
