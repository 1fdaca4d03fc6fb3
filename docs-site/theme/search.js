// Exemplar's search page: builds a lunr index from the entries the site builder wrote (search-index.js) and shows
// the sections that hold every word of the query. Works from a static host and from the file system alike.
(function () {
  'use strict';
  var entries = window.DOCS_SITE_SEARCH_ENTRIES || [];
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var index = lunr(function () {
    this.ref('i');
    this.field('t', { boost: 8 });
    this.field('p', { boost: 2 });
    this.field('x');
    for (var i = 0; i < entries.length; i++) {
      this.add({ i: String(i), t: entries[i].t, p: entries[i].p, x: entries[i].x });
    }
  });

  function search(text) {
    var tokens = lunr.tokenizer(text).filter(function (token) { return lunr.stopWordFilter(token); });
    if (tokens.length === 0) { return []; }
    return index.query(function (query) {
      tokens.forEach(function (token, n) {
        var last = n === tokens.length - 1;
        // the last word may be typed in part: its stem, then anything ("refused" finds "refus*"); lunr does not stem
        // a term with a wildcard, so it is stemmed here
        query.term(last ? lunr.stemmer(token).toString() : token, { presence: lunr.Query.presence.REQUIRED,
          wildcard: last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE, usePipeline: !last });
      });
    });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.some(function (word) { at = lower.indexOf(word); return at >= 0; });
    var start = Math.max(0, at - 80);
    var cut = text.substr(start, 240);
    return (start > 0 ? '… ' : '') + cut + (start + 240 < text.length ? ' …' : '');
  }

  function show(text) {
    list.textContent = '';
    if (!text.trim()) { return; }
    var hits = search(text);
    status.textContent = hits.length === 0 ? 'Nothing found for “' + text + '”.'
      : hits.length + (hits.length === 1 ? ' section holds' : ' sections hold') + ' “' + text + '”.';
    var words = text.toLowerCase().split(/\s+/).filter(Boolean);
    hits.slice(0, 50).forEach(function (hit) {
      var entry = entries[Number(hit.ref)];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.className = 'result-title';
      link.href = entry.u;
      link.textContent = entry.t;
      item.appendChild(link);
      if (entry.p !== entry.t) {
        var page = document.createElement('div');
        page.className = 'result-page';
        page.textContent = entry.p;
        item.appendChild(page);
      }
      var text = document.createElement('p');
      text.className = 'result-snippet';
      text.textContent = snippet(entry.x, words);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  input.addEventListener('input', function () { show(input.value); });
})();
