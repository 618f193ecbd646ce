// Claim suggestions in the annotator (see docs/suggestions.md). Loaded at run time with
// page.addJsModule("context://app/suggestions.js"); no import/export on purpose (no bundle build).
// Suggestions are drawn with the CSS Custom Highlight API, so the article's DOM (annotator.js, ArticleBody) is
// never changed: ranges are built from the code-point offsets of the paragraphs' data-o / data-len.
(() => {
  if (window.FactmarkSuggestions) return;
  const panels = new Set();
  const cpLen = (s) => { let n = 0; for (const _ of s) n++; return n; };

  /** The DOM position of code-point offset cp inside the article element, or null. */
  function point(article, cp) {
    for (const b of article.querySelectorAll(':scope > [data-o]')) {
      const o = Number(b.dataset.o), len = Number(b.dataset.len);
      if (cp < o || cp > o + len) continue;
      let left = cp - o;
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.data;
        const l = cpLen(t);
        if (left <= l) {
          let i = 0;
          for (let k = 0; k < left; k++) i += t.codePointAt(i) > 0xffff ? 2 : 1;
          return { node: n, offset: i };
        }
        left -= l;
      }
    }
    return null;
  }

  function range(article, start, end) {
    const a = point(article, start), b = point(article, end);
    if (!a || !b) return null;
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  function show(panel, article, spans, focus, visible) {
    panels.add(panel);
    panel.factmarkArticle = article;
    panel.factmarkCount = spans.length;
    panel.factmarkVisible = visible;
    if (!window.CSS || !CSS.highlights) return;
    const all = [], focused = [];
    if (visible) {
      spans.forEach(([s, e], i) => {
        const r = range(article, s, e);
        if (!r) return;
        (i === focus ? focused : all).push(r);
      });
    }
    CSS.highlights.set('fm-suggestion', new Highlight(...all));
    CSS.highlights.set('fm-suggestion-focus', new Highlight(...focused));
    article.dataset.suggestions = String(visible ? spans.length : 0);
    article.dataset.suggestionFocus = visible && focus >= 0 && spans[focus] ? spans[focus].join('-') : '';
    if (focused.length) {
      const el = focused[0].startContainer.parentElement;
      if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest' });
    }
  }

  const typing = (e) => {
    for (const t of (e.composedPath ? e.composedPath() : [e.target])) {
      if (!(t instanceof Element)) continue;
      if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|VAADIN-SELECT|VAADIN-COMBO-BOX|VAADIN-DATE-PICKER)$/.test(t.tagName)) return true;
      const role = t.getAttribute('role');
      if (role === 'dialog' || role === 'textbox' || role === 'combobox' || role === 'listbox' || role === 'option') return true;
    }
    return false;
  };

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey || typing(e)) return;
    for (const p of [...panels]) {
      if (!p.isConnected) { panels.delete(p); continue; }
      if (!p.factmarkVisible || !p.factmarkCount) continue;
      // N / P, not Tab: Tab keeps moving the focus through the page as everywhere (keyboard users rely on it)
      if ((e.key === 'n' || e.key === 'p') && !e.shiftKey) {
        p.$server.move(e.key === 'n' ? 1 : -1);
        e.preventDefault();
      } else if (!e.repeat && (e.key === 'a' || e.key === 'A') && !e.shiftKey) {
        p.$server.acceptFocused();
        e.preventDefault();
      } else if (!e.repeat && (e.key === 'x' || e.key === 'X') && !e.shiftKey) {
        p.$server.rejectFocused();
        e.preventDefault();
      }
    }
  });

  window.FactmarkSuggestions = { version: 1, show, range };
  window.dispatchEvent(new Event('factmark-suggestions-ready'));
})();
