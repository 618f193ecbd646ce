// Factmark annotator: hand-written, dependency-free browser code for the article view (claim/ui/ArticleBody).
// No import/export on purpose: it is loaded at run time with page.addJsModule("context://app/annotator.js") and
// never goes through a bundler. All text arrives as DOM text nodes built by the server; this file never writes HTML.
//
// Offsets: every paragraph of the article element carries data-o (code-point offset of its first character in the
// article body) and data-len (its length in code points). A DOM boundary point maps to
//   data-o(paragraph) + codePoints(Range(paragraph start -> point).toString())
// which does not depend on layout, CSS or how the paragraph is cut into highlight spans.
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

  /** True when the DOM text of every paragraph has exactly the length the server rendered. */
  function consistent(article) {
    for (const b of blocks(article)) {
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

  /** Sends the selection (or the given range) to the server as a new claim. Returns the offsets sent, or null. */
  function mark(article, range) {
    const r = range || currentRange();
    const span = rangeOffsets(article, r);
    if (!span) {
      article.$server.nothingSelected();
      return null;
    }
    if (!consistent(article)) {
      console.warn('annotator: the article text in the page was modified; not marking');
      return null;
    }
    article.$server.markSelection(span[0], span[1]);
    const sel = window.getSelection();
    if (sel) sel.removeAllRanges();
    return span;
  }

  /** Highlights the segments of one claim and optionally scrolls the first into view. */
  function focus(article, claimId, scroll) {
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
  }

  const typing = (e) => {
    for (const t of e.composedPath()) {
      if (!(t instanceof Element)) continue;
      const tag = t.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable) return true;
      const role = t.getAttribute('role');
      if (role === 'dialog' || role === 'textbox' || role === 'combobox' || role === 'listbox' || role === 'option') return true;
      if (tag === 'VAADIN-SELECT' || tag === 'VAADIN-COMBO-BOX' || tag === 'VAADIN-DATE-PICKER') return true;
    }
    return false;
  };

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
      for (const a of articles) mark(a, null);
      e.preventDefault();
    } else if (e.key === 'j' || e.key === 'k') {
      for (const a of articles) a.$server.step(e.key === 'j' ? 1 : -1);
      e.preventDefault();
    }
  });

  window.FactmarkAnnotator = {
    version: 1,
    attach(article) {
      attached.add(article);
      article.dataset.annotator = 'attached';
    },
    cpLen,
    utf16Index,
    cpIndex,
    cpSlice,
    offsetOf,
    rangeOffsets,
    consistent,
    mark,
    focus,
  };
  window.dispatchEvent(new Event('factmark-annotator-ready'));
})();
