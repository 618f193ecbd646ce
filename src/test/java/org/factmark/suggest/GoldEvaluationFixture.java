package org.factmark.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Long test articles made by repeating the seed articles' paragraphs. */
final class GoldEvaluationFixture {
    private GoldEvaluationFixture() {
    }

    static String longArticle(int paragraphs) {
        StringBuilder sb = new StringBuilder("A long article\n\n");
        try (Stream<Path> s = Files.list(Path.of("seed-data/articles"))) {
            String[] paras = s.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).flatMap(t -> Stream.of(t.split("\n+"))).skip(1).toArray(String[]::new);
            for (int i = 0; i < paragraphs; i++) sb.append(paras[i % paras.length]).append("\n\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
