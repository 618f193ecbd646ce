package org.factmark.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * An in-memory Lucene index of CHECKED claims: their quote (English analysis: stemming, stop words) and the
 * normalised figures and dates they state ({@link FigureKeys}). A match needs a shared key AND shared key terms.
 */
final class CheckedClaimsIndex {
    record Entry(long claimId, long articleId, String text) {
    }

    record Hit(long claimId, float score) {
    }

    /** Words that belong to the figure itself (already compared as a key), stemmed as the analyzer does. */
    private static final Set<String> FIGURE_WORDS = Set.of("billion", "million", "trillion", "thousand", "bn", "mn",
            "percent", "per", "cent", "us", "usd", "eur", "euro", "dollar", "point", "percentag");
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;

    CheckedClaimsIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void put(Entry e) {
        Document d = new Document();
        d.add(new StringField("id", Long.toString(e.claimId()), Field.Store.YES));
        d.add(new StringField("article", Long.toString(e.articleId()), Field.Store.YES));
        d.add(new TextField("text", e.text(), Field.Store.NO));
        for (String k : FigureKeys.of(e.text())) d.add(new StringField("key", k, Field.Store.NO));
        try {
            writer.updateDocument(new Term("id", Long.toString(e.claimId())), d);
            writer.commit();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    synchronized void remove(long claimId) {
        try {
            writer.deleteDocuments(new Term("id", Long.toString(claimId)));
            writer.commit();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    synchronized void clear() {
        try {
            writer.deleteAll();
            writer.commit();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Checked claims outside {@code articleId} sharing a figure (else a date) key and at least two key terms with {@code text}. */
    List<Hit> search(String text, long articleId, int limit) {
        Set<String> keys = FigureKeys.of(text);
        List<String> terms = terms(text);
        if (keys.isEmpty() || terms.isEmpty()) return List.of();
        // a statement with a figure must share the figure (the year alone is not the same statement); one without
        // a figure shares a date
        boolean figures = keys.stream().anyMatch(k -> k.startsWith("num:") || k.startsWith("pct:"));
        BooleanQuery.Builder keyQ = new BooleanQuery.Builder();
        for (String k : keys) if (!figures || k.startsWith("num:") || k.startsWith("pct:")) keyQ.add(new TermQuery(new Term("key", k)), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder termQ = new BooleanQuery.Builder();
        for (String t : terms) termQ.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
        termQ.setMinimumNumberShouldMatch(Math.min(2, terms.size()));
        Query q = new BooleanQuery.Builder()
                .add(keyQ.build(), BooleanClause.Occur.MUST)
                .add(termQ.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("article", Long.toString(articleId))), BooleanClause.Occur.MUST_NOT)
                .build();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                out.add(new Hit(Long.parseLong(searcher.storedFields().document(sd.doc).get("id")), sd.score));
            }
            return out;
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The analysed terms of {@code text} (stemmed, no stop words, no numbers or scale words), distinct. */
    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.chars().allMatch(Character::isDigit) && !FIGURE_WORDS.contains(t) && !out.contains(t)) out.add(t);
            }
            ts.end();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out;
    }
}
