/*
 * The search page of the gkml site: runs the engine (search-engine.js) over the index
 * (search-index.js) and draws the results, offline and from file://. An item that several regions
 * publish is one result with a link per region; twenty results at a time, then "显示更多". A query
 * that finds nothing offers the nearest words and the domain lists. Everything is built with
 * textContent, never innerHTML: catalog text and the query are untrusted.
 */
(function () {
  'use strict';

  var PAGE = 20; // results drawn at a time
  var PLACES = 6; // region links shown before "其余 N 个区域"
  var ECHO = 24; // characters of the query repeated in the status line
  var DELAY = 150; // ms of quiet typing before searching

  var index = window.GKML_SEARCH;
  var engine = window.gkmlSearchEngine;
  if (typeof document === 'undefined' || !index || !engine) return;

  var search = engine.createSearch(index);
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var notes = document.getElementById('search-notes');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var help = document.getElementById('search-help');
  if (!input || !status || !notes || !list || !more || !help) return;

  /** The words to mark in a result: the query's words, their synonyms, a near match. */
  function markWords(found) {
    var words = [];
    found.hits.forEach(function (hit) {
      words.push(hit.word);
      hit.others.forEach(function (other) {
        words.push(other);
      });
      if (hit.near) words.push(hit.near);
    });
    return words.filter(function (word) {
      return word.length > 0;
    });
  }

  /** Appends `text` to `parent`, wrapping each occurrence of a word in <mark>. */
  function appendMarked(parent, text, words) {
    var lower = engine.normalise(text);
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var w = 0; w < words.length; w++) {
        var found = lower.indexOf(words[w], at);
        if (
          found !== -1 &&
          (next === -1 || found < next || (found === next && words[w].length > length))
        ) {
          next = found;
          length = words[w].length;
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

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function line(className, text, words) {
    var p = element('p', className);
    appendMarked(p, text, words);
    return p;
  }

  function itemHref(i) {
    var items = index.items;
    var region = index.regions[items[i]];
    var domain = index.domains[items[i + 1]];
    return region[1] + domain[0] + '.html#item-' + index.strings[items[i + 2]];
  }

  /** One result: the item, and when several regions publish it, a link to each. */
  function drawGroup(group, words) {
    var items = index.items;
    var strings = index.strings;
    var first = group.items[0];
    var li = element('li');
    var heading = element('h2');
    var link = element('a');
    link.href = itemHref(first);
    appendMarked(link, strings[items[first + 3]], words);
    heading.appendChild(link);
    li.appendChild(heading);
    var domain = index.domains[items[first + 1]][1];
    var where =
      group.items.length === 1
        ? index.regions[items[first]][0] + ' · ' + domain + ' · ' + strings[items[first + 5]]
        : domain + ' · ' + group.items.length + ' 个区域公开';
    li.appendChild(line('meta', where, words));
    if (strings[items[first + 4]])
      li.appendChild(line('contents', '公开内容：' + strings[items[first + 4]], words));
    if (strings[items[first + 6]])
      li.appendChild(line('bases', '公开依据：' + strings[items[first + 6]], words));
    if (group.items.length > 1) li.appendChild(places(group.items, words));
    return li;
  }

  function places(members, words) {
    var box = element('p', 'places');
    box.appendChild(element('span', 'label', '公开的区域：'));
    var target = box;
    members.forEach(function (i, n) {
      if (n === PLACES) {
        var details = element('details');
        details.appendChild(
          element('summary', '', '其余 ' + (members.length - PLACES) + ' 个区域'),
        );
        box.appendChild(details);
        target = details;
      }
      var a = element('a');
      a.href = itemHref(i);
      appendMarked(a, index.regions[index.items[i]][0], words);
      target.appendChild(a);
      target.appendChild(document.createTextNode(' '));
    });
    return box;
  }

  /** At most a line of the query, so that a long one cannot widen the page. */
  function echo(query) {
    var text = query.trim().replace(/\s+/gu, ' ');
    return text.length > ECHO ? text.slice(0, ECHO) + '…' : text;
  }

  function describe(found) {
    var said = [];
    found.hits.forEach(function (hit) {
      if (hit.near)
        said.push('没有完全符合“' + echo(hit.word) + '”的内容，按相近的“' + hit.near + '”查找');
      else if (hit.others.length > 0)
        said.push('“' + echo(hit.word) + '”也查找了：' + hit.others.slice(0, 4).join('、'));
    });
    if (found.asking) said.push('办事指南类事项排在前面');
    return said.join('；') + (said.length ? '。' : '');
  }

  function drawHelp(found, query) {
    help.textContent = '';
    var words = engine.suggest(index, found.words, 6);
    if (words.length > 0) {
      var p = element('p', '', '您是不是要找：');
      words.forEach(function (word, n) {
        if (n > 0) p.appendChild(document.createTextNode('、'));
        var a = element('a', '', word);
        a.href = '?q=' + encodeURIComponent(word);
        p.appendChild(a);
      });
      help.appendChild(p);
    }
    var browse = element('p', '', '也可以按领域浏览：');
    var a = element('a', '', '全部 26 个试点领域及公开它们的区域');
    a.href = help.getAttribute('data-domains') || 'index.html';
    browse.appendChild(a);
    help.appendChild(browse);
    help.hidden = query.trim() === '';
  }

  var shown = 0;
  var current;

  function drawMore() {
    var words = markWords(current);
    var groups = current.groups;
    var end = Math.min(groups.length, shown + PAGE);
    for (var g = shown; g < end; g++) list.appendChild(drawGroup(groups[g], words));
    shown = end;
    var left = groups.length - shown;
    more.hidden = left <= 0;
    more.textContent = '显示更多（还有 ' + left + ' 个）';
  }

  function render(query) {
    current = search(query);
    shown = 0;
    list.textContent = '';
    help.hidden = true;
    more.hidden = true;
    notes.textContent = '';
    if (current.words.length === 0) {
      status.textContent = '';
      return;
    }
    var groups = current.groups.length;
    if (current.total === 0) {
      status.textContent = '没有找到与“' + echo(query) + '”相关的事项。';
      drawHelp(current, query);
      return;
    }
    status.textContent =
      groups === current.total
        ? '找到 ' + groups + ' 个事项。'
        : '找到 ' + groups + ' 个事项（在各区域共公开 ' + current.total + ' 次）。';
    notes.textContent = describe(current);
    drawMore();
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

  more.addEventListener('click', function () {
    var before = list.children.length;
    drawMore();
    // Keyboard users land on the first new result rather than back at the top.
    var next = list.children[before];
    var link = next && next.querySelector('a');
    if (link) link.focus();
  });
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
