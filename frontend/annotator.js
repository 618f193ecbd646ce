// Factmark annotator: hand-written, dependency-free browser code for the article view (claim/ui/ArticleBody).
// No import/export on purpose: it is loaded at run time with page.addJsModule("context://app/annotator.js") and
// never goes through a bundler. All text arrives as DOM text nodes built by the server; this file never writes HTML.
//
// Offsets: every paragraph of the article element carries data-o (code-point offset of its first character in the
// article body) and data-len (its length in code points). A DOM boundary point maps to
//   data-o(paragraph) + codePoints(Range(paragraph start -> point).toString())
// which does not depend on layout, CSS or how the paragraph is cut into highlight spans.
//
// Highlights are drawn here, not on the server: the server sends the claims as compact data ("id,start,end,status"
// joined by ";") on attach and one claim at a time when it changes (put/remove); each paragraph touched is cut into
// segments where the set of covering claims changes (the same sweep as claim/ui/Highlights.java) and rebuilt as text
// nodes and span.hl[data-claim-ids][data-depth] elements. Marking draws the selection at once as a pending highlight,
// then the server's answer replaces it (the server's offsets win) or drops it (the server shows why).
//
// Keys (ignored while typing in an input, textarea, select or editable element, and with Ctrl/Alt/Meta):
//   m  mark the selected text as a claim       j / k  next / previous claim in the list
(() => {
  if (window.FactmarkAnnotator) return;

  /** Number of Unicode code points in s (a surrogate pair counts once). */
  const cpLen = (s) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return n;
  };

  /** UTF-16 index of code-point offset cp in s (clamped to s.length). */
  const utf16Index = (s, cp) => {
    let i = 0;
    for (let n = 0; n < cp && i < s.length; n++) {
      const c = s.charCodeAt(i);
      i += (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length
        && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) ? 2 : 1;
    }
    return i;
  };

  /** Code-point offset of UTF-16 index i in s. */
  const cpIndex = (s, i) => cpLen(s.substring(0, i));

  /** s[start:end] by code points. */
  const cpSlice = (s, start, end) => s.substring(utf16Index(s, start), utf16Index(s, end));

  const blocks = (article) => article.querySelectorAll(':scope > [data-o]');

  /** Code-point offset of the DOM boundary point (node, offset) in the article body (clamped to the article). */
  function offsetOf(article, node, offset) {
    for (const b of blocks(article)) {
      const r = document.createRange();
      r.selectNodeContents(b);
      const c = r.comparePoint(node, offset); // -1 before, 0 inside, 1 after
      if (c < 0) return Number(b.dataset.o);
      if (c === 0) {
        r.setEnd(node, offset);
        return Number(b.dataset.o) + cpLen(r.toString());
      }
    }
    return Number(article.dataset.len);
  }

  /**
   * True when the DOM text of every paragraph (or of those overlapping [s, e) when given) has exactly the length
   * the server rendered. Marking checks only the paragraphs of the selection, so its cost does not grow with the
   * article.
   */
  function consistent(article, s, e) {
    const list = s === undefined ? blocks(article) : paragraphsTouching(article, s, e);
    for (const b of list) {
      if (cpLen(b.textContent) !== Number(b.dataset.len)) return false;
    }
    return true;
  }

  /** [start, end] of a DOM range in code points of the article body, or null when it is empty or outside. */
  function rangeOffsets(article, range) {
    if (!range || range.collapsed || !range.intersectsNode(article)) return null;
    const start = offsetOf(article, range.startContainer, range.startOffset);
    const end = offsetOf(article, range.endContainer, range.endOffset);
    return end > start ? [start, end] : null;
  }

  function currentRange() {
    const sel = window.getSelection();
    return sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  }

  // ---- drawing ---------------------------------------------------------------------------------------------

  const RANK = {disputed: 0, in_review: 1, draft: 2, checked: 3};
  // the status in words (title), besides colour and underline pattern: never colour alone (WCAG 1.4.1)
  const LABEL = {disputed: 'Disputed', in_review: 'In review', draft: 'Draft', checked: 'Checked'};
  const states = new WeakMap(); // article element -> {claims: Map(id -> claim), pending, focus}
  const stateOf = (article) => {
    let st = states.get(article);
    if (!st) states.set(article, st = {claims: new Map(), pending: null, focus: null, scrollTo: null});
    return st;
  };

  const parse = (data) => {
    const out = [];
    if (!data) return out;
    for (const item of data.split(';')) {
      const [id, s, e, status] = item.split(',');
      out.push({id, s: Number(s), e: Number(e), status});
    }
    return out;
  };

  /** The paragraph elements overlapping [s, e) (code points), in order. */
  function paragraphsTouching(article, s, e) {
    const out = [];
    for (const b of blocks(article)) {
      const o = Number(b.dataset.o), len = Number(b.dataset.len);
      if (o >= e) break;
      if (len > 0 && s < o + len) out.push(b);
    }
    return out;
  }

  /** Rebuilds one paragraph from its text and the claims (and the pending mark) covering it. */
  function drawParagraph(article, p) {
    const st = stateOf(article);
    if (p._fmText === undefined) p._fmText = p.textContent;
    const text = p._fmText;
    const o = Number(p.dataset.o), end = o + Number(p.dataset.len);
    const events = [];
    const marks = [];
    const add = (m) => {
      const s = Math.max(m.s, o), e = Math.min(m.e, end);
      if (s >= e) return;
      const i = marks.push(m) - 1;
      events.push([s, 1, i], [e, 0, i]);
    };
    for (const m of st.claims.values()) if (m.s < end && m.e > o) add(m);
    if (st.pending && st.pending.s < end && st.pending.e > o) add(st.pending);
    if (events.length === 0) {
      if (p.childNodes.length !== 1 || p.firstChild.nodeType !== Node.TEXT_NODE) p.replaceChildren(text);
      return;
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // ends before starts at the same position
    const frag = document.createDocumentFragment();
    const active = new Set();
    let at = o, u16 = 0;
    const emit = (to) => {
      const from = u16;
      u16 = from + utf16Index(text.substring(from), to - at);
      const piece = text.substring(from, u16);
      const segStart = at;
      at = to;
      if (!piece) return;
      if (active.size === 0) { frag.append(piece); return; }
      let status = null, pending = false;
      const ids = [];
      for (const i of active) {
        const m = marks[i];
        if (m.pending) { pending = true; continue; }
        ids.push(m.id);
        if (status === null || RANK[m.status] < RANK[status]) status = m.status;
      }
      const span = document.createElement('span');
      span.className = 'hl hl-' + (status || 'pending') + (pending ? ' hl-pending' : '');
      if (ids.length) span.dataset.claimIds = ids.join(' ');
      if (status) span.title = ids.length > 1 ? LABEL[status] + ' (most urgent of ' + ids.length + ' claims)' : LABEL[status];
      span.dataset.depth = String(active.size);
      span.dataset.o = String(segStart);
      if (st.focus !== null && ids.includes(st.focus)) span.classList.add('hl-focus');
      span.textContent = piece;
      frag.append(span);
    };
    for (let k = 0; k < events.length;) {
      const pos = events[k][0];
      if (pos > at) emit(pos);
      for (; k < events.length && events[k][0] === pos; k++) {
        if (events[k][1] === 1) active.add(events[k][2]); else active.delete(events[k][2]);
      }
    }
    if (at < end) emit(end);
    p.replaceChildren(frag);
  }

  function redraw(article, s, e) {
    for (const p of paragraphsTouching(article, s, e)) drawParagraph(article, p);
  }

  function drawAll(article) {
    const st = stateOf(article);
    const touched = new Set();
    for (const m of st.claims.values()) for (const p of paragraphsTouching(article, m.s, m.e)) touched.add(p);
    for (const p of blocks(article)) if (touched.has(p) || p._fmText !== undefined) drawParagraph(article, p);
  }

  /** A new or changed claim from the server: redraws the paragraphs it touches (and touched). */
  function put(article, data) {
    const st = stateOf(article);
    for (const m of parse(data)) {
      const old = st.claims.get(m.id);
      st.claims.set(m.id, m);
      if (old) redraw(article, old.s, old.e);
      redraw(article, m.s, m.e);
    }
  }

  function remove(article, id) {
    const st = stateOf(article);
    const old = st.claims.get(String(id));
    if (!old) return;
    st.claims.delete(String(id));
    redraw(article, old.s, old.e);
  }

  /** Timestamps of the last mark (performance.now()): pressed, drawn (pending on screen after the next frame), answered. */
  const timings = {};

  /** Sends the selection (or the given range) to the server as a new claim. Returns the offsets sent, or null. */
  function mark(article, range, pressedAt) {
    const pressed = pressedAt || performance.now();
    const r = range || currentRange();
    const span = rangeOffsets(article, r);
    if (!span) {
      article.$server.nothingSelected();
      return null;
    }
    if (!consistent(article, span[0], span[1])) {
      console.warn('annotator: the article text in the page was modified; not marking');
      return null;
    }
    const st = stateOf(article);
    const pending = {id: 'pending', s: span[0], e: span[1], pending: true};
    if (st.pending) redraw(article, st.pending.s, st.pending.e);
    st.pending = pending;
    redraw(article, pending.s, pending.e);
    const sel = window.getSelection();
    if (sel) sel.removeAllRanges();
    timings.pressed = pressed;
    timings.drawn = null;
    timings.answered = null;
    requestAnimationFrame(() => { timings.drawn = performance.now(); });
    const done = () => {
      timings.answered = performance.now();
      if (st.pending !== pending) return;
      st.pending = null;
      redraw(article, pending.s, pending.e);
    };
    const call = article.$server.markSelection(span[0], span[1]);
    if (call && typeof call.then === 'function') call.then(done, done); else done();
    return span;
  }

  /** Highlights the segments of one claim and optionally scrolls the first into view. */
  function focus(article, claimId, scroll) {
    stateOf(article).focus = claimId == null ? null : String(claimId);
    for (const el of article.querySelectorAll('span.hl-focus')) el.classList.remove('hl-focus');
    if (claimId == null) return;
    const id = String(claimId);
    let first = null;
    for (const el of article.querySelectorAll('span.hl[data-claim-ids]')) {
      if (el.dataset.claimIds.split(' ').includes(id)) {
        el.classList.add('hl-focus');
        if (!first) first = el;
      }
    }
    if (first && scroll) first.scrollIntoView({block: 'center', behavior: 'auto'});
    // a claim link opens the view: focus arrives before the highlights are drawn; attach scrolls once it drew them
    stateOf(article).scrollTo = scroll && !first ? id : null;
  }

  const typing = (e) => {
    for (const t of e.composedPath()) {
      if (!(t instanceof Element)) continue;
      const tag = t.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable) return true;
      const role = t.getAttribute('role');
      if (role === 'dialog' || role === 'textbox' || role === 'combobox' || role === 'listbox' || role === 'option') return true;
      if (tag === 'VAADIN-SELECT' || tag === 'VAADIN-COMBO-BOX' || tag === 'VAADIN-DATE-PICKER' || tag === 'VAADIN-DIALOG-OVERLAY') return true;
    }
    return false;
  };

  // The router's first navigation of the page ends with 'vaadin-navigated', after it moved the view into its place;
  // later attaches (in-app navigation) find it done. (At most 3 s, should a page load without that event.)
  const placed = new Promise((done) => {
    window.addEventListener('vaadin-navigated', done, {once: true});
    setTimeout(done, 3000);
  });

  const attached = new Set();
  const live = () => {
    for (const a of attached) if (!a.isConnected) attached.delete(a);
    return attached;
  };

  // The mark button: take the selection at mousedown, before the click could disturb it.
  let pressed = null;
  document.addEventListener('mousedown', (e) => {
    const button = e.target instanceof Element ? e.target.closest('#mark-claim') : null;
    pressed = button ? currentRange() : null;
    if (pressed) pressed = pressed.cloneRange();
  }, true);
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    if (t.closest('#mark-claim')) {
      for (const a of live()) mark(a, pressed || currentRange());
      pressed = null;
      return;
    }
    const hl = t.closest('span.hl[data-claim-ids]');
    if (!hl) return;
    for (const a of live()) {
      if (!a.contains(hl)) continue;
      if (currentRange() && rangeOffsets(a, currentRange())) return; // the user is selecting, not clicking
      a.$server.highlightClicked(hl.dataset.claimIds);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat || typing(e)) return;
    const articles = live();
    if (articles.size === 0) return;
    if (e.key === 'm' || e.key === 'M') {
      // data-can-mark="false" (a reader without the annotator role): M is not a key for them
      for (const a of articles) if (a.dataset.canMark !== 'false') mark(a, null, e.timeStamp);
      e.preventDefault();
    } else if (e.key === 'j' || e.key === 'k') {
      for (const a of articles) a.$server.step(e.key === 'j' ? 1 : -1);
      e.preventDefault();
    }
  });

  window.FactmarkAnnotator = {
    version: 2,
    /** Called by the server on every attach with all claims of the article. */
    attach(article, data) {
      attached.add(article);
      timings.attach = performance.now();
      const st = stateOf(article);
      st.claims = new Map(parse(data).map((m) => [m.id, m]));
      drawAll(article);
      timings.drawnAll = performance.now();
      // With the view in the page's first answer (decision 088) the claims arrive before Vaadin's router has moved
      // the view into its place in the page (which drops a selection and the scroll position) and possibly while
      // stylesheets still load: the page counts as open, and scrolls to a linked claim, only after both.
      const loading = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.sheet)
        .map((l) => new Promise((done) => {
          l.addEventListener('load', done, {once: true});
          l.addEventListener('error', done, {once: true});
        }));
      Promise.all([placed, ...loading]).then(() => {
        article.dataset.annotator = 'attached';
        if (st.scrollTo !== null && st.scrollTo === st.focus) requestAnimationFrame(() => focus(article, st.focus, true));
        // text and highlights are in the styled page: the next frame shows them (ms since navigation start)
        requestAnimationFrame(() => { timings.opened = performance.now(); });
      });
    },
    put,
    remove,
    timings,
    cpLen,
    utf16Index,
    cpIndex,
    cpSlice,
    offsetOf,
    rangeOffsets,
    consistent,
    mark,
    focus,
    typing, // whether a key event comes from a field or dialog (then it is not an annotator key); keyboard.js uses it
  };
  window.dispatchEvent(new Event('factmark-annotator-ready'));
})();
