// Factmark keyboard caret for the article text (claim/ui/ArticleBody; docs/annotator.md "Keyboard").
// Loaded at run time with page.addJsModule("context://app/keyboard.js"); no import/export (no bundle build).
//
// With the article text focused (#article-body, reachable by Tab) the keys below move a caret and extend a
// selection the way text editors do. The caret IS the browser's real Selection (collapsed or not), so M and
// everything else that reads window.getSelection() works exactly as after a mouse drag, and a mouse selection can
// be extended with the keyboard. Positions are code-point offsets of the article (data-o / data-len of the
// paragraphs, as in annotator.js); steps come from Intl.Segmenter (graphemes, words, sentences), so a step never
// splits a flag, a ZWJ emoji or a letter with combining marks, and CJK text without spaces moves by words.
//
//   ← / →              one character (grapheme cluster)          Shift: extend the selection
//   Ctrl+← / Ctrl+→    start of the previous / end of the next word (Alt on macOS)
//   Ctrl+↑ / Ctrl+↓    start of the sentence / end of the sentence (Alt on macOS)
//   ↑ / ↓              previous / next line (the browser's own line movement)
//   Home / End         start / end of the paragraph;  Ctrl+Home / Ctrl+End: start / end of the article
//
// Also here (not text fields): 1-9 choose the open claim's type, ? opens the keyboard help (ArticleBody).
// What is selected is announced to screen readers through a polite live region (#article-announcer).
(() => {
  if (window.FactmarkKeyboard) return;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || '');

  const cpLen = (s) => { let n = 0; for (const _ of s) n++; return n; };
  /** UTF-16 index of code point cp in s. */
  const u16 = (s, cp) => { let i = 0; for (let n = 0; n < cp && i < s.length; n++) i += s.codePointAt(i) > 0xffff ? 2 : 1; return i; };

  const segmenters = {};
  /** Segments of s as [startCp, endCp, wordLike], by Intl.Segmenter where the browser has it. */
  function segments(s, granularity) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      const seg = segmenters[granularity] || (segmenters[granularity] = new Intl.Segmenter(undefined, {granularity}));
      const out = [];
      let cp = 0, at = 0;
      for (const x of seg.segment(s)) {
        const start = cp + cpLen(s.substring(at, x.index));
        const end = start + cpLen(x.segment);
        out.push([start, end, granularity !== 'word' || !!x.isWordLike]);
        cp = end;
        at = x.index + x.segment.length;
      }
      return out;
    }
    // fallback without Intl.Segmenter: code points (with following combining marks), runs of letters/digits, and
    // sentences ended by . ! ? 。 ！ ？ and the spaces after them
    const out = [];
    const re = granularity === 'grapheme' ? /.\p{M}*/gsu
      : granularity === 'word' ? /[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu
        : /[^.!?。！？]*(?:[.!?。！？]+["'”’»)\]]*\s*|$)/gu;
    let cp = 0;
    for (const m of s.matchAll(re)) {
      if (!m[0]) continue;
      const len = cpLen(m[0]);
      out.push([cp, cp + len, granularity !== 'word' || /[\p{L}\p{N}]/u.test(m[0])]);
      cp += len;
    }
    return out;
  }

  const blocks = (article) => [...article.querySelectorAll(':scope > [data-o]')];
  const textOf = (p) => (p._fmText !== undefined ? p._fmText : p.textContent);
  const info = (p) => ({p, o: Number(p.dataset.o), len: Number(p.dataset.len), text: textOf(p)});

  /** The paragraph holding code-point offset off (the nearest one when off sits between two). */
  function paragraphAt(article, off) {
    const all = blocks(article);
    let best = all[0];
    for (const p of all) {
      if (Number(p.dataset.o) <= off) best = p; else break;
    }
    return best ? info(best) : null;
  }

  /** The DOM boundary point of code-point offset off inside paragraph q. */
  function domPoint(q, off) {
    let left = Math.max(0, Math.min(off - q.o, q.len));
    const walker = document.createTreeWalker(q.p, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const l = cpLen(n.data);
      if (left <= l) return {node: n, offset: u16(n.data, left)};
      left -= l;
      last = n;
    }
    return last ? {node: last, offset: last.data.length} : {node: q.p, offset: 0};
  }

  /** The selection's anchor and focus as article offsets, or null when it is not inside the article. */
  function readSelection(article) {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !article.contains(sel.anchorNode) || !article.contains(sel.focusNode)) return null;
    const of = window.FactmarkAnnotator.offsetOf;
    return {anchor: of(article, sel.anchorNode, sel.anchorOffset), focus: of(article, sel.focusNode, sel.focusOffset)};
  }

  const states = new WeakMap(); // article -> {last: offset of the last caret, for after M cleared the selection}
  const stateOf = (a) => { let s = states.get(a); if (!s) states.set(a, s = {last: null}); return s; };

  function setSelection(article, anchor, focus) {
    const a = domPoint(paragraphAt(article, anchor), anchor);
    const f = domPoint(paragraphAt(article, focus), focus);
    window.getSelection().setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    stateOf(article).last = focus;
    drawCaret(article);
    reveal(f);
  }

  /** Where a caret starts when there is none: after the last one, else at the first paragraph in view. */
  function startOffset(article) {
    const last = stateOf(article).last;
    if (last !== null && last <= Number(article.dataset.len)) return last;
    for (const p of blocks(article)) {
      if (p.getBoundingClientRect().bottom > 0 && Number(p.dataset.len) > 0) return Number(p.dataset.o);
    }
    return 0;
  }

  // ---- movements: (article, offset) -> offset -------------------------------------------------------------

  function neighbour(article, q, dir) {
    const all = blocks(article);
    const i = all.indexOf(q.p) + dir;
    return i >= 0 && i < all.length ? info(all[i]) : null;
  }

  /** Crossing a paragraph edge: the start of the next or the end of the previous paragraph (null: none). */
  function cross(article, q, dir) {
    const n = neighbour(article, q, dir);
    return n ? (dir > 0 ? n.o : n.o + n.len) : null;
  }

  // one step by grapheme or word (punctuation and spaces are no words) within the paragraph, or onto the next one
  function byUnit(article, off, dir, unit) {
    const q = paragraphAt(article, off);
    const local = off - q.o;
    if ((dir > 0 && local >= q.len) || (dir < 0 && local <= 0)) return cross(article, q, dir) ?? off;
    const segs = segments(q.text, unit).filter((s) => unit !== 'word' || s[2]);
    if (dir > 0) { const s = segs.find((x) => x[1] > local); return q.o + (s ? s[1] : q.len); }
    let to = 0;
    for (const s of segs) if (s[0] < local) to = s[0];
    return q.o + to;
  }
  const byGrapheme = (article, off, dir) => byUnit(article, off, dir, 'grapheme');
  const byWord = (article, off, dir) => byUnit(article, off, dir, 'word');

  function bySentence(article, off, dir) {
    const q = paragraphAt(article, off);
    const local = off - q.o;
    if ((dir > 0 && local >= q.len) || (dir < 0 && local <= 0)) return cross(article, q, dir) ?? off;
    // a sentence ends before the spaces that follow it, so Shift+Ctrl+↓ selects exactly "… sentence."
    const ends = segments(q.text, 'sentence').map(([s, e]) => {
      const trimmed = cpLen(cpSliceEnd(q.text, s, e).replace(/\s+$/u, ''));
      return [s, s + trimmed];
    });
    if (dir > 0) { const s = ends.find((x) => x[1] > local); return q.o + (s ? s[1] : q.len); }
    let to = 0;
    for (const s of ends) if (s[0] < local) to = s[0];
    return q.o + to;
  }
  const cpSliceEnd = (s, a, b) => s.substring(u16(s, a), u16(s, b));

  function paragraphEdge(article, off, dir) {
    const q = paragraphAt(article, off);
    return dir > 0 ? q.o + q.len : q.o;
  }

  function articleEdge(article, off, dir) {
    return dir > 0 ? Number(article.dataset.len) : 0;
  }

  /** The movement a key asks for: [function, direction, what to announce] or null. */
  function movement(e) {
    const word = mac ? e.altKey && !e.ctrlKey && !e.metaKey : e.ctrlKey && !e.altKey && !e.metaKey;
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    switch (e.key) {
      case 'ArrowLeft': case 'ArrowRight': {
        const dir = e.key === 'ArrowRight' ? 1 : -1;
        if (word) return [byWord, dir, 'word'];
        return plain ? [byGrapheme, dir, 'grapheme'] : null;
      }
      case 'ArrowUp': case 'ArrowDown': {
        const dir = e.key === 'ArrowDown' ? 1 : -1;
        if (word) return [bySentence, dir, 'sentence'];
        return plain ? ['line', dir, 'sentence'] : null;
      }
      case 'Home': case 'End': {
        const dir = e.key === 'End' ? 1 : -1;
        if (plain) return [paragraphEdge, dir, 'sentence'];
        if (e.ctrlKey || e.metaKey) return [articleEdge, dir, 'sentence'];
        return null;
      }
      default: return null;
    }
  }

  function move(article, e) {
    const m = movement(e);
    if (!m) return false;
    const [how, dir, unit] = m;
    const sel = window.getSelection();
    let cur = readSelection(article);
    if (!cur) {
      const s = startOffset(article);
      cur = {anchor: s, focus: s};
      if (how === 'line') { setSelection(article, s, s); announce(article, s, s, unit); return true; }
    }
    let focus;
    if (how === 'line') {
      if (!sel.modify) return false;
      sel.modify(e.shiftKey ? 'extend' : 'move', dir > 0 ? 'forward' : 'backward', 'line');
      const now = readSelection(article);
      focus = now ? now.focus : cur.focus;
    } else if (!e.shiftKey && cur.anchor !== cur.focus && how === byGrapheme) {
      focus = dir > 0 ? Math.max(cur.anchor, cur.focus) : Math.min(cur.anchor, cur.focus); // collapse, as editors do
    } else {
      focus = how(article, cur.focus, dir);
    }
    const anchor = e.shiftKey ? cur.anchor : focus;
    setSelection(article, anchor, focus);
    announce(article, anchor, focus, unit);
    return true;
  }

  // ---- showing: a visible caret (CSS Custom Highlight on the character after it) and spoken feedback --------

  function drawCaret(article) {
    if (!window.CSS || !CSS.highlights || typeof Highlight === 'undefined') return;
    const cur = document.activeElement === article ? readSelection(article) : null;
    if (!cur) { CSS.highlights.delete('fm-caret'); return; }
    const q = paragraphAt(article, cur.focus);
    if (!q || q.len === 0) { CSS.highlights.delete('fm-caret'); return; }
    const local = Math.max(0, Math.min(cur.focus - q.o, q.len));
    const g = segments(q.text, 'grapheme');
    const seg = local < q.len ? g.find((s) => s[0] >= local) : g[g.length - 1];
    if (!seg) { CSS.highlights.delete('fm-caret'); return; }
    const a = domPoint(q, q.o + seg[0]), b = domPoint(q, q.o + seg[1]);
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    CSS.highlights.set('fm-caret', new Highlight(r));
    article.dataset.caret = String(cur.focus);
  }

  /** Scrolls the nearest scrolling ancestor so that the caret is in view. */
  function reveal(point) {
    const r = document.createRange();
    r.setStart(point.node, point.offset);
    const rect = r.getClientRects()[0] || (point.node.parentElement || point.node).getBoundingClientRect();
    let box = point.node.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    const view = box ? box.getBoundingClientRect() : {top: 0, bottom: window.innerHeight};
    const margin = 48;
    const scroller = box || document.scrollingElement;
    if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
    else if (rect.bottom > view.bottom - margin) scroller.scrollTop += rect.bottom - view.bottom + margin;
  }

  function announcer() {
    let el = document.getElementById('article-announcer');
    if (!el) {
      el = document.createElement('div');
      el.id = 'article-announcer';
      el.className = 'sr-only';
      el.setAttribute('aria-live', 'polite');
      el.setAttribute('aria-atomic', 'true');
      document.body.append(el);
    }
    return el;
  }

  const MAX_SPOKEN = 300;
  const shorten = (s) => (s.length > MAX_SPOKEN ? s.substring(0, MAX_SPOKEN) + '…' : s);

  /** Says what is selected, or the character, word or sentence the caret now stands before. */
  function announce(article, anchor, focus, unit) {
    const body = (s, e) => {
      let out = '';
      for (const p of blocks(article)) {
        const q = info(p);
        const a = Math.max(s, q.o), b = Math.min(e, q.o + q.len);
        if (a < b) out += (out ? '\n' : '') + cpSliceEnd(q.text, a - q.o, b - q.o);
      }
      return out;
    };
    let text;
    if (anchor !== focus) {
      const s = Math.min(anchor, focus), e = Math.max(anchor, focus);
      text = 'Selected: ' + shorten(body(s, e)) + ' (' + (e - s) + ' characters). Press M to mark.';
      if (article.dataset.canMark !== 'true') text = 'Selected: ' + shorten(body(s, e)) + ' (' + (e - s) + ' characters).';
    } else {
      const q = paragraphAt(article, focus);
      const local = focus - q.o;
      const seg = segments(q.text, unit).find((x) => x[0] <= local && local < x[1]) || segments(q.text, unit).find((x) => x[0] >= local);
      text = seg ? shorten(cpSliceEnd(q.text, Math.max(local, seg[0]), seg[1]).trim()) : '';
      if (!text) text = local >= q.len ? 'End of paragraph' : '';
    }
    announcer().textContent = text;
  }

  // ---- keys ---------------------------------------------------------------------------------------------------

  const typing = (e) => window.FactmarkAnnotator.typing(e);

  // where the focus goes back to when the help dialog closes: the element the user was on when opening it
  let returnTo = null;
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('#keyboard-help-button') : null;
    if (b) returnTo = b;
  }, true);
  function restoreFocus() {
    const el = returnTo;
    returnTo = null;
    if (el && el.isConnected && el.focus) setTimeout(() => el.focus(), 0);
  }

  const article = () => document.querySelector('#article-body[data-annotator="attached"]');

  document.addEventListener('keydown', (e) => {
    const a = article();
    if (!a || typing(e)) return;
    if (document.activeElement === a && move(a, e)) {
      e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
    if (e.key === '?') {
      returnTo = document.activeElement;
      a.$server.showHelp();
      e.preventDefault();
    } else if (/^[1-9]$/.test(e.key) && !e.shiftKey && a.dataset.canMark === 'true') {
      a.$server.chooseType(Number(e.key));
      e.preventDefault();
    }
  });
  document.addEventListener('focusin', (e) => { const a = article(); if (a && e.target === a) drawCaret(a); });
  document.addEventListener('focusout', (e) => {
    const a = article();
    if (a && e.target === a && window.CSS && CSS.highlights) CSS.highlights.delete('fm-caret');
  });
  // a mouse selection or M (which clears the selection) moves or hides the caret as well
  document.addEventListener('selectionchange', () => { const a = article(); if (a) drawCaret(a); });

  window.FactmarkKeyboard = {version: 1, segments, readSelection, setSelection, move, restoreFocus};
})();
