/*
 * Search of the gkml site: substring matching over item names, contents, bodies and bases (Chinese
 * needs no word segmentation), offline and from file://. The index is window.GKML_SEARCH, loaded by
 * a <script> tag (search-index.js): browsers refuse fetch() of local files. Results are built with
 * textContent only, never innerHTML: catalog text is untrusted.
 */
(function () {
  'use strict';

  var STRIDE = 7; // region, domain, id, name, contents, body, bases
  var CAP = 100; // results shown; the count says how many matched
  var DELAY = 150; // ms of quiet typing before searching

  function normalise(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  function terms(query) {
    return normalise(query)
      .split(/\s+/)
      .filter(function (term) {
        return term.length > 0;
      });
  }

  /** A flag per entry of `texts`: does it contain `term`? */
  function hitsOf(texts, term) {
    var hit = new Uint8Array(texts.length);
    for (var s = 0; s < texts.length; s++) if (texts[s].indexOf(term) !== -1) hit[s] = 1;
    return hit;
  }

  /**
   * Matches every term against each distinct text once (and against region and domain names, so
   * that "低保 中原区" works), then walks the items.
   */
  function createSearch(index) {
    var lowered = index.strings.map(normalise);
    lowered[0] = '\u0000'; // the empty text never matches
    var regions = index.regions.map(function (region) {
      return normalise(region[0]);
    });
    var domains = index.domains.map(function (domain) {
      return normalise(domain[1]);
    });
    return function search(query, cap) {
      var wanted = terms(query);
      var limit = cap === undefined ? CAP : cap;
      if (wanted.length === 0) return { total: 0, items: [] };
      var hits = wanted.map(function (term) {
        return {
          text: hitsOf(lowered, term),
          region: hitsOf(regions, term),
          domain: hitsOf(domains, term),
        };
      });
      var items = index.items;
      var byName = [];
      var others = [];
      var total = 0;
      for (var i = 0; i < items.length; i += STRIDE) {
        var inName = true;
        var all = true;
        for (var t = 0; t < hits.length && all; t++) {
          var hit = hits[t].text;
          var name = hit[items[i + 3]] === 1;
          inName = inName && name;
          all =
            name ||
            hit[items[i + 4]] === 1 ||
            hit[items[i + 5]] === 1 ||
            hit[items[i + 6]] === 1 ||
            hits[t].region[items[i]] === 1 ||
            hits[t].domain[items[i + 1]] === 1;
        }
        if (!all) continue;
        total++;
        // Items whose name matches come first; each list keeps the index's order.
        if (inName) {
          if (byName.length < limit) byName.push(i);
        } else if (others.length < limit) others.push(i);
      }
      return { total: total, items: byName.concat(others).slice(0, limit) };
    };
  }

  window.gkmlSearch = { createSearch: createSearch, terms: terms, STRIDE: STRIDE, CAP: CAP };

  var index = window.GKML_SEARCH;
  if (typeof document === 'undefined' || !index) return;

  var search = createSearch(index);
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list) return;

  /** Appends `text` to `parent`, wrapping each occurrence of a term in <mark>. */
  function appendMarked(parent, text, wanted) {
    var lower = normalise(text);
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var t = 0; t < wanted.length; t++) {
        var found = lower.indexOf(wanted[t], at);
        if (found !== -1 && (next === -1 || found < next)) {
          next = found;
          length = wanted[t].length;
        }
      }
      // NFKC can change lengths; then the marks would be misplaced, so show plain text.
      if (next === -1 || lower.length !== text.length) {
        parent.appendChild(document.createTextNode(text.slice(at)));
        return;
      }
      if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      at = next + length;
    }
  }

  function line(className, text, wanted) {
    var p = document.createElement('p');
    p.className = className;
    appendMarked(p, text, wanted);
    return p;
  }

  function render(query) {
    var wanted = terms(query);
    var found = search(query);
    list.textContent = '';
    if (wanted.length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent =
      found.total === 0
        ? '没有找到包含“' + query.trim() + '”的事项。'
        : '找到 ' +
          found.total +
          ' 个事项' +
          (found.total > found.items.length ? '，显示前 ' + found.items.length + ' 个。' : '。');
    var strings = index.strings;
    var items = index.items;
    found.items.forEach(function (i) {
      var region = index.regions[items[i]];
      var domain = index.domains[items[i + 1]];
      var li = document.createElement('li');
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = region[1] + domain[0] + '.html#item-' + strings[items[i + 2]];
      appendMarked(link, strings[items[i + 3]], wanted);
      heading.appendChild(link);
      li.appendChild(heading);
      li.appendChild(
        line('meta', region[0] + ' · ' + domain[1] + ' · ' + strings[items[i + 5]], wanted),
      );
      if (strings[items[i + 4]])
        li.appendChild(line('contents', '公开内容：' + strings[items[i + 4]], wanted));
      if (strings[items[i + 6]])
        li.appendChild(line('bases', '公开依据：' + strings[items[i + 6]], wanted));
      list.appendChild(li);
    });
  }

  var timer;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      render(input.value);
      try {
        var url = new URL(location.href);
        url.searchParams.set('q', input.value);
        history.replaceState(null, '', url.href);
      } catch {
        // Some browsers refuse to rewrite file:// addresses; the search still works.
      }
    }, DELAY);
  }

  input.addEventListener('input', schedule);
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    render(input.value);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    render(initial);
  }
  input.focus();
})();
