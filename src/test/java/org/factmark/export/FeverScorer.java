package org.factmark.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A Java re-implementation of the official FEVER scorer's {@code fever_score} (sheffieldnlp/fever-scorer,
 * src/fever/scorer.py): label accuracy and the strict score, with its format check of predicted evidence. Kept
 * faithful to the Python: the strict score needs the right label and, for a verifiable claim, one complete gold
 * evidence set whose every [page, line] is among the predicted evidence; NOT ENOUGH INFO needs only the label.
 */
final class FeverScorer {
    private FeverScorer() {
    }

    /** One scored instance: gold label and evidence sets ([annotation, evidence, page, line]), prediction. */
    record Instance(String label, List<List<List<Object>>> evidence, String predictedLabel, List<List<Object>> predictedEvidence) {
    }

    record Score(double strict, double accuracy) {
    }

    private static final String NEI = "NOT ENOUGH INFO";

    /** Gold evidence as the scorer sees it after json.load: JSON null -> null, strings and ints kept. */
    static List<List<List<Object>>> evidence(JsonNode evidence) {
        List<List<List<Object>>> sets = new ArrayList<>();
        for (JsonNode set : evidence) {
            List<List<Object>> items = new ArrayList<>();
            for (JsonNode e : set) {
                List<Object> item = new ArrayList<>();
                for (JsonNode v : e) item.add(v.isNull() ? null : v.isIntegralNumber() ? (Object) v.asLong() : v.asString());
                items.add(item);
            }
            sets.add(items);
        }
        return sets;
    }

    /** check_predicted_evidence_format: a list of [page&lt;string&gt;, line&lt;int&gt;] lists. */
    static void checkPredictedEvidenceFormat(Instance i) {
        for (List<Object> p : i.predictedEvidence()) {
            if (p.size() != 2) throw new AssertionError("Predicted evidence must be a list of (page,line) lists");
            if (!(p.get(0) instanceof String) || !(p.get(1) instanceof Integer || p.get(1) instanceof Long)) {
                throw new AssertionError("Predicted evidence must be a list of (page<string>,line<int>) lists");
            }
        }
    }

    static boolean isCorrectLabel(Instance i) {
        return i.label().toUpperCase(Locale.ROOT).equals(i.predictedLabel().toUpperCase(Locale.ROOT));
    }

    static boolean isStrictlyCorrect(Instance i) {
        checkPredictedEvidenceFormat(i);
        String label = i.label().toUpperCase(Locale.ROOT);
        if (!label.equals(NEI) && isCorrectLabel(i)) {
            for (List<List<Object>> group : i.evidence()) {
                boolean all = true;
                for (List<Object> e : group) {
                    if (!contains(i.predictedEvidence(), e.get(2), e.get(3))) {
                        all = false;
                        break;
                    }
                }
                if (all) return true;
            }
        } else if (label.equals(NEI) && isCorrectLabel(i)) {
            return true;
        }
        return false;
    }

    /** Python's {@code [page, line] in predicted_evidence}: list equality, ints compared by value. */
    private static boolean contains(List<List<Object>> predicted, Object page, Object line) {
        for (List<Object> p : predicted) {
            if (java.util.Objects.equals(p.get(0), page) && sameNumber(p.get(1), line)) return true;
        }
        return false;
    }

    private static boolean sameNumber(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.longValue() == y.longValue();
        return java.util.Objects.equals(a, b);
    }

    static Score score(List<Instance> predictions) {
        double correct = 0;
        double strict = 0;
        for (Instance i : predictions) {
            if (isCorrectLabel(i)) {
                correct++;
                if (isStrictlyCorrect(i)) strict++;
            }
        }
        return new Score(strict / predictions.size(), correct / predictions.size());
    }
}
