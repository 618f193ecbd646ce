#!/usr/bin/env python3
"""Validate the Factmark seed data in this directory (stdlib only).

Usage: python3 seed-data/check_seed.py   -> prints OK or a list of problems
Exit status is 0 when everything is valid, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD_DIR = os.path.join(HERE, "gold")
SEED_FILE = "000_98aac163ddabf94b.txt"

TYPES = {"STATISTIC", "DATE_EVENT", "QUOTATION", "CAUSAL", "PREDICTION", "OTHER"}
RATINGS = {"TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"}
STATUSES = {"DRAFT", "IN_REVIEW", "CHECKED", "DISPUTED"}
STANCES = {"SUPPORTS", "REFUTES", "CONTEXT"}
AUTHORS = {"alice", "bob"}
REVIEWERS = {"bob", "carol"}
MAX_PREFIX = 32

problems = []


def problem(where, msg):
    problems.append("%s: %s" % (where, msg))


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def check_nfc_strings(where, obj):
    """Every string inside a JSON value must already be NFC."""
    if isinstance(obj, str):
        if unicodedata.normalize("NFC", obj) != obj:
            problem(where, "string is not NFC: %r" % obj[:60])
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            check_nfc_strings("%s[%d]" % (where, i), v)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            check_nfc_strings("%s.%s" % (where, k), k)
            check_nfc_strings("%s.%s" % (where, k), v)


def load_json(path):
    where = os.path.relpath(path, HERE)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problem(where, "cannot read as UTF-8: %s" % e)
        return None
    try:
        data = json.loads(text)
    except ValueError as e:
        problem(where, "invalid JSON: %s" % e)
        return None
    check_nfc_strings(where, data)
    return data


def check_anchor(where, text, quote, prefix, has_prefix):
    """quote must occur exactly once, or prefix+quote exactly once (prefix only when needed)."""
    if not isinstance(quote, str) or not quote.strip():
        problem(where, "quote missing or empty")
        return
    if quote != quote.strip():
        problem(where, "quote has leading/trailing whitespace: %r" % quote)
    n = text.count(quote)
    if n == 0:
        problem(where, "quote not found in article: %r" % quote)
        return
    if not has_prefix:
        if n != 1:
            problem(where, "quote occurs %d times but no prefix given: %r" % (n, quote))
        return
    if not isinstance(prefix, str) or prefix == "":
        problem(where, "prefix must be a non-empty string")
        return
    if n == 1:
        problem(where, "prefix given although quote is unique: %r" % quote)
    if len(prefix) > MAX_PREFIX or utf16_len(prefix) > MAX_PREFIX:
        problem(where, "prefix longer than %d characters: %r" % (MAX_PREFIX, prefix))
    m = text.count(prefix + quote)
    if m != 1:
        problem(where, "prefix+quote occurs %d times (need exactly 1): %r" % (m, prefix + quote))


def check_article_text(fn, raw):
    where = "articles/" + fn
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(where, "not valid UTF-8: %s" % e)
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        problem(where, "has a UTF-8 BOM")
    if unicodedata.normalize("NFC", text) != text:
        problem(where, "text is not NFC")
    if fn == SEED_FILE:
        return text  # the seed is a verbatim copy; only encoding/NFC checks apply
    if "\r" in text:
        problem(where, "contains CR characters (use \\n line ends)")
    if text.rstrip("\n") != text.rstrip("\n").rstrip() or text.endswith("\n\n"):
        problem(where, "ends with trailing blank line(s)/whitespace")
    blocks = text.rstrip("\n").split("\n\n")
    if len(blocks) < 3:
        problem(where, "needs headline, standfirst and paragraphs separated by blank lines")
        return text
    for i, b in enumerate(blocks):
        if b == "" or b != b.strip() or "\n" in b:
            problem(where, "block %d is empty, padded, or hard-wrapped" % i)
    paras = blocks[2:]
    if not 8 <= len(paras) <= 14:
        problem(where, "has %d paragraphs (need 8-14)" % len(paras))
    words = len(text.split())
    if not 350 <= words <= 700:
        problem(where, "has %d words (need 350-700)" % words)
    if "“" not in text or "”" not in text:
        problem(where, "no curly-quoted quotation")
    return text


def check_003(text):
    where = "articles/003 (Unicode stress)"
    if not re.search("[\U0001F1E6-\U0001F1FF]{2}", text):
        problem(where, "no flag emoji (regional-indicator pair)")
    if "\u200d" not in text:
        problem(where, "no ZWJ emoji sequence")
    if not re.search("[\u3040-\u30ff\u4e00-\u9fff]", text):
        problem(where, "no CJK text")
    if not re.search("[\u0590-\u05ff\u0600-\u06ff]", text):
        problem(where, "no Hebrew/Arabic right-to-left text")
    found = False
    for m in re.finditer("(.)([\u0300-\u036f]+)", text):
        if unicodedata.normalize("NFC", m.group(0)) == m.group(0):
            found = True
    if not found:
        problem(where, "no combining sequence without a precomposed form")
    if not re.search("[À-ɏ]", text):
        problem(where, "no accented Latin letters")


def main():
    # ---- articles.json -------------------------------------------------
    meta = load_json(os.path.join(HERE, "articles.json"))
    files_on_disk = sorted(f for f in os.listdir(ART_DIR) if f.endswith(".txt"))
    texts = {}
    for fn in files_on_disk:
        with open(os.path.join(ART_DIR, fn), "rb") as f:
            t = check_article_text(fn, f.read())
        if t is not None:
            texts[fn] = t
    if not isinstance(meta, list):
        problem("articles.json", "must be a JSON array")
        meta = []
    listed = [m.get("file") for m in meta if isinstance(m, dict)]
    if listed != files_on_disk:
        problem("articles.json", "file list %r does not match articles/ in order %r" % (listed, files_on_disk))
    for i, m in enumerate(meta):
        where = "articles.json[%d]" % i
        if not isinstance(m, dict):
            problem(where, "not an object")
            continue
        keys = {"file", "title", "url", "publisher", "publishedAt", "language"}
        if set(m) != keys:
            problem(where, "keys %r != %r" % (sorted(m), sorted(keys)))
        fn = m.get("file")
        if fn in texts and m.get("title") != texts[fn].split("\n", 1)[0]:
            problem(where, "title does not equal first line of %s" % fn)
        if not str(m.get("url", "")).startswith("https://"):
            problem(where, "url must be https")
        if not m.get("publisher"):
            problem(where, "publisher missing")
        try:
            date.fromisoformat(str(m.get("publishedAt")))
        except ValueError:
            problem(where, "publishedAt is not an ISO date")
        if m.get("language") != "en":
            problem(where, "language should be 'en'")
        if fn == SEED_FILE:
            exp = {"url": "https://www.rt.com/news/610733-china-invites-putin-victory-day/", "publisher": "RT", "publishedAt": "2025-01-21"}
            for k, v in exp.items():
                if m.get(k) != v:
                    problem(where, "seed %s must be %r" % (k, v))
    for fn, t in texts.items():
        if fn.startswith("003_"):
            check_003(t)

    # ---- gold ------------------------------------------------------------
    for fn in files_on_disk:
        gpath = os.path.join(GOLD_DIR, fn[:-4] + ".json")
        where = "gold/" + fn[:-4] + ".json"
        if not os.path.exists(gpath):
            problem(where, "missing")
            continue
        spans = load_json(gpath)
        if not isinstance(spans, list):
            problem(where, "must be a JSON array")
            continue
        if not 6 <= len(spans) <= 15:
            problem(where, "has %d spans (need 6-15)" % len(spans))
        seen = set()
        for i, s in enumerate(spans):
            w = "%s[%d]" % (where, i)
            if not isinstance(s, dict):
                problem(w, "not an object")
                continue
            extra = set(s) - {"quote", "type", "prefix"}
            if extra:
                problem(w, "unexpected keys %r" % sorted(extra))
            if s.get("type") not in TYPES:
                problem(w, "invalid type %r" % s.get("type"))
            key = (s.get("prefix", ""), s.get("quote"))
            if key in seen:
                problem(w, "duplicate span")
            seen.add(key)
            if fn in texts:
                check_anchor(w, texts[fn], s.get("quote"), s.get("prefix"), "prefix" in s)
    extra_gold = set(os.listdir(GOLD_DIR)) - {f[:-4] + ".json" for f in files_on_disk}
    for g in sorted(extra_gold):
        problem("gold/" + g, "no matching article")

    # ---- demo-claims.json --------------------------------------------------
    claims = load_json(os.path.join(HERE, "demo-claims.json"))
    if not isinstance(claims, list):
        problem("demo-claims.json", "must be a JSON array")
        claims = []
    required = {"article", "quote", "type", "claimant", "restatement", "author", "status",
                "rating", "rationale", "sources", "reviewer", "reviewRating", "reviewComment"}
    saw_formula = saw_csv_stress = False
    for i, c in enumerate(claims):
        w = "demo-claims.json[%d]" % i
        if not isinstance(c, dict):
            problem(w, "not an object")
            continue
        missing = required - set(c)
        extra = set(c) - required - {"prefix"}
        if missing:
            problem(w, "missing keys %r" % sorted(missing))
        if extra:
            problem(w, "unexpected keys %r" % sorted(extra))
        art = c.get("article")
        if art not in texts:
            problem(w, "unknown article %r" % art)
        else:
            check_anchor(w, texts[art], c.get("quote"), c.get("prefix"), "prefix" in c)
        if c.get("type") not in TYPES:
            problem(w, "invalid type %r" % c.get("type"))
        if c.get("claimant") is not None and not (isinstance(c["claimant"], str) and c["claimant"].strip()):
            problem(w, "claimant must be a non-empty string or null")
        if not (isinstance(c.get("restatement"), str) and c["restatement"].strip()):
            problem(w, "restatement missing")
        author, status = c.get("author"), c.get("status")
        if author not in AUTHORS:
            problem(w, "invalid author %r" % author)
        if status not in STATUSES:
            problem(w, "invalid status %r" % status)
        rating, rationale = c.get("rating"), c.get("rationale")
        if status == "DRAFT":
            if rating is not None or rationale is not None:
                problem(w, "DRAFT must have null rating and rationale")
        else:
            if rating not in RATINGS:
                problem(w, "invalid rating %r" % rating)
            if not (isinstance(rationale, str) and rationale.strip()):
                problem(w, "rationale required for non-DRAFT")
        if isinstance(rationale, str) and "," in rationale and '"' in rationale and "\n" in rationale:
            saw_csv_stress = True
        reviewer = c.get("reviewer")
        if status in ("CHECKED", "DISPUTED"):
            if reviewer not in REVIEWERS:
                problem(w, "invalid reviewer %r" % reviewer)
            if reviewer == author:
                problem(w, "reviewer must differ from author")
        elif reviewer is not None:
            problem(w, "reviewer only allowed for CHECKED/DISPUTED")
        if status == "DISPUTED":
            if c.get("reviewRating") not in RATINGS:
                problem(w, "DISPUTED needs a valid reviewRating")
            elif c.get("reviewRating") == rating:
                problem(w, "DISPUTED reviewRating must differ from rating")
            if not (isinstance(c.get("reviewComment"), str) and c["reviewComment"].strip()):
                problem(w, "DISPUTED needs a reviewComment")
        else:
            if c.get("reviewRating") is not None:
                problem(w, "reviewRating only allowed for DISPUTED")
            if c.get("reviewComment") is not None and status != "CHECKED":
                problem(w, "reviewComment only allowed for CHECKED/DISPUTED")
        srcs = c.get("sources")
        if not isinstance(srcs, list):
            problem(w, "sources must be an array")
            srcs = []
        for j, s in enumerate(srcs):
            sw = "%s.sources[%d]" % (w, j)
            if not isinstance(s, dict) or set(s) != {"url", "title", "publisher", "excerpt", "stance"}:
                problem(sw, "must have exactly url,title,publisher,excerpt,stance")
                continue
            if not str(s["url"]).startswith("https://"):
                problem(sw, "url must be https")
            if s["stance"] not in STANCES:
                problem(sw, "invalid stance %r" % s["stance"])
            for k in ("title", "publisher", "excerpt"):
                if not (isinstance(s[k], str) and s[k].strip()):
                    problem(sw, "%s missing" % k)
            if isinstance(s["title"], str) and s["title"].startswith("="):
                saw_formula = True
    if claims and not saw_formula:
        problem("demo-claims.json", "no source title starting with '=' (formula-injection case)")
    if claims and not saw_csv_stress:
        problem("demo-claims.json", "no rationale containing a comma, a double quote and a newline")

    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print(" - " + p)
        return 1
    n_gold = sum(len(json.load(open(os.path.join(GOLD_DIR, f[:-4] + ".json"), encoding="utf-8"))) for f in files_on_disk)
    print("OK: %d articles, %d gold spans, %d demo claims" % (len(files_on_disk), n_gold, len(claims)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
