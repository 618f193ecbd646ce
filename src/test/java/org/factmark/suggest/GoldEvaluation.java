package org.factmark.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factmark.article.TextNormalizer;
import org.factmark.base.TextSpan;
import org.factmark.claim.Anchors;
import org.factmark.claim.ClaimType;
import org.factmark.suggest.SpanMatching.Counts;
import org.factmark.suggest.SpanMatching.Criterion;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the engine against a gold folder: {@code articles/NAME.txt} (or, for seed-data, {@code ../articles/})
 * and {@code gold/NAME.json}. Overall per matching criterion, per cue (precision: gold lists carry types, not cues)
 * and per gold type (recall).
 */
final class GoldEvaluation {
    record Gold(String quote, ClaimType type, String prefix) {
    }

    record Article(String name, String title, String body, List<TextSpan> gold, List<ClaimType> goldTypes) {
    }

    final List<Article> articles = new ArrayList<>();
    final Map<Criterion, Counts> overall = new EnumMap<>(Criterion.class);
    final Map<Cue, Map<Criterion, Counts>> perCue = new TreeMap<>();
    final Map<ClaimType, Map<Criterion, Counts>> perType = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    static GoldEvaluation of(Path goldDir, Path articleDir) throws IOException {
        GoldEvaluation ev = new GoldEvaluation();
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.json$", "");
            String raw = TextNormalizer.normalize(Files.readString(articleDir.resolve(name + ".txt"), StandardCharsets.UTF_8));
            // as imported with its headline as title (the headline is the first line): the repeated title is dropped
            String body = TextNormalizer.withoutRepeatedTitle(raw.lines().findFirst().orElse(""), raw);
            if (body.equals(raw)) throw new IllegalStateException(name + ": expected a headline line repeating the title");
            List<Gold> gold = json.readValue(Files.readString(f),
                    json.getTypeFactory().constructCollectionType(List.class, Gold.class));
            List<TextSpan> spans = new ArrayList<>();
            List<ClaimType> types = new ArrayList<>();
            for (Gold g : gold) {
                List<TextSpan> at = Anchors.find(body, TextNormalizer.normalize(g.quote()), g.prefix(), null);
                if (at.size() != 1) throw new IllegalStateException(name + ": gold quote found " + at.size() + " times: " + g.quote());
                spans.add(at.get(0));
                types.add(g.type());
            }
            ev.articles.add(new Article(name, raw.lines().findFirst().orElse(""), body, spans, types));
        }
        ev.score(new SuggestionEngine());
        return ev;
    }

    private void score(SuggestionEngine engine) {
        for (Article a : articles) {
            List<Suggestion> sug = engine.suggest(a.body, a.title);
            List<TextSpan> pred = sug.stream().map(Suggestion::span).toList();
            for (Criterion c : Criterion.values()) {
                int[] m = SpanMatching.match(pred, a.gold, c);
                boolean[] goldHit = new boolean[a.gold.size()];
                int matched = 0;
                for (int p = 0; p < m.length; p++) {
                    if (m[p] >= 0) {
                        matched++;
                        goldHit[m[p]] = true;
                    }
                    Cue cue = sug.get(p).cue();
                    perCue.computeIfAbsent(cue, k -> new EnumMap<>(Criterion.class))
                            .merge(c, new Counts(m[p] >= 0 ? 1 : 0, 1, 0), Counts::plus);
                }
                for (int g = 0; g < a.gold.size(); g++) {
                    perType.computeIfAbsent(a.goldTypes.get(g), k -> new EnumMap<>(Criterion.class))
                            .merge(c, new Counts(goldHit[g] ? 1 : 0, 0, 1), Counts::plus);
                    if (c == Criterion.OVERLAP && !goldHit[g]) {
                        TextSpan s = a.gold.get(g);
                        misses.add(a.name + " missed: " + org.factmark.base.CodePoints.slice(a.body, s.start(), s.end()));
                    }
                }
                if (c == Criterion.OVERLAP) {
                    for (int p = 0; p < m.length; p++) {
                        if (m[p] < 0) misses.add(a.name + " extra [" + sug.get(p).cue().key() + "]: " + sug.get(p).quote());
                    }
                }
                overall.merge(c, new Counts(matched, pred.size(), a.gold.size()), Counts::plus);
            }
        }
    }

    String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n== %s: %d articles, %d gold spans, %d suggestions (engine %s)%n", title,
                articles.size(), overall.get(Criterion.EXACT).gold(), overall.get(Criterion.EXACT).predicted(),
                SuggestionEngine.VERSION));
        sb.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s%n", "matching (one-to-one)", "precision", "recall", "F1"));
        for (Criterion c : Criterion.values()) {
            Counts n = overall.get(c);
            sb.append(String.format(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f%n", c.label, n.precision(), n.recall(), n.f1()));
        }
        sb.append(String.format(Locale.ROOT, "per cue (precision)    %9s %9s %9s %6s%n", "exact", "overlap", "IoU>=.5", "n"));
        perCue.forEach((cue, m) -> sb.append(String.format(Locale.ROOT, "  %-20s %9.2f %9.2f %9.2f %6d%n", cue.key(),
                m.get(Criterion.EXACT).precision(), m.get(Criterion.OVERLAP).precision(), m.get(Criterion.IOU).precision(),
                m.get(Criterion.EXACT).predicted())));
        sb.append(String.format(Locale.ROOT, "per gold type (recall) %9s %9s %9s %6s%n", "exact", "overlap", "IoU>=.5", "n"));
        perType.forEach((t, m) -> sb.append(String.format(Locale.ROOT, "  %-20s %9.2f %9.2f %9.2f %6d%n", t.name(),
                m.get(Criterion.EXACT).recall(), m.get(Criterion.OVERLAP).recall(), m.get(Criterion.IOU).recall(),
                m.get(Criterion.EXACT).gold())));
        return sb.toString();
    }

    static GoldEvaluation seed() throws IOException {
        return of(Path.of("seed-data/gold"), Path.of("seed-data/articles"));
    }

    static GoldEvaluation extra() throws IOException {
        return of(Path.of("seed-data/gold-extra/gold"), Path.of("seed-data/gold-extra/articles"));
    }
}
