/*
 * The search of the gkml site, without the page (search.js draws the results): reads a query the way
 * citizens write it and ranks the catalog's items. Each word must match (AND), in any field; a word
 * also finds its synonyms (低保 → 最低生活保障), its pinyin (dibao, dbbz) and, when nothing matches it
 * exactly and it has four or more characters, text one character off (最底生活保障). Question words
 * (怎么, 如何, 申请 …) are not required: they lift how-to rows (办事指南). The index
 * (window.GKML_SEARCH, assets/search-index.js) carries the pinyin, synonyms and question words,
 * computed when the site was built. Tests run this file in node:vm.
 */
(function () {
  'use strict';

  var STRIDE = 7; // region, domain, id, name, contents, body, bases
  // Strength of a word's hit in a text, and what it is worth in a name or in another field.
  var FUZZY = 1;
  var PINYIN = 2;
  var SYNONYM = 3;
  var LITERAL = 4;
  var IN_NAME = [0, 4, 6, 8, 10];
  var IN_TEXT = [0, 1, 2, 2, 3];
  var IN_PLACE = 2;
  var HOW_TO_BONUS = 6;
  var FUZZY_MIN = 4; // characters a word needs before one may be wrong
  var SEPARATORS = /[\s,.;:!?、，。；：！？“”‘’"'()（）《》〈〉[\]【】{}]+/u;
  var LATIN = /^[a-z]+$/u;

  function normalise(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  /** Edit distance of two short texts (insert, delete, replace one character). */
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var above = row[k];
        row[k] = Math.min(above + 1, row[k - 1] + 1, diagonal + (a[i - 1] === b[k - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /** The part of `text` that is at most one edit from `word`, or '' (Sellers' approximate match). */
  function nearMatch(text, word) {
    var m = word.length;
    var previous = [];
    for (var j = 0; j <= m; j++) previous.push(j);
    for (var i = 1; i <= text.length; i++) {
      var current = [0];
      for (var k = 1; k <= m; k++) {
        var cost = text[i - 1] === word[k - 1] ? 0 : 1;
        current.push(Math.min(previous[k - 1] + cost, previous[k] + 1, current[k - 1] + 1));
      }
      if (current[m] <= 1) {
        // The first end found may be a deletion ("最低生" for 最低生货): prefer a whole-length part.
        var lengths = [m, m + 1, m - 1];
        for (var l = 0; l < lengths.length; l++) {
          for (var end = i; end <= Math.min(i + 1, text.length); end++) {
            var part = text.slice(Math.max(0, end - lengths[l]), end);
            if (part.length === lengths[l] && distance(part, word) <= 1) return part;
          }
        }
      }
      previous = current;
    }
    return '';
  }

  /** Pinyin "zui di sheng huo" → its syllables joined, where each starts and ends, the initials. */
  function syllables(pinyin) {
    if (!pinyin) return undefined;
    var parts = pinyin.split(' ');
    var joined = '';
    var bounds = { 0: true };
    var initials = '';
    for (var p = 0; p < parts.length; p++) {
      joined += parts[p];
      bounds[joined.length] = true;
      initials += parts[p][0];
    }
    return { joined: joined, bounds: bounds, initials: initials };
  }

  /** A Latin word matches whole syllables ("hexi" is 河西, not 和行), or a run of initials. */
  function pinyinHit(py, word) {
    if (!py || word.length < 2) return false;
    if (py.initials.indexOf(word) !== -1) return true;
    for (var at = py.joined.indexOf(word); at !== -1; at = py.joined.indexOf(word, at + 1)) {
      if (py.bounds[at] && py.bounds[at + word.length]) return true;
    }
    return false;
  }

  function createSearch(index) {
    var strings = index.strings.map(normalise);
    strings[0] = '\u0000'; // the empty text never matches
    var pinyin = index.pinyin.map(syllables);
    var regions = index.regions.map(function (region) {
      return { name: normalise(region[0]), py: syllables(region[2]) };
    });
    var domains = index.domains.map(function (domain) {
      return { name: normalise(domain[1]), py: syllables(domain[2]) };
    });
    var synonyms = index.synonyms.map(function (entry) {
      var py = syllables(entry[2]);
      return {
        word: normalise(entry[0]),
        values: entry[1].map(normalise),
        pinyin: py ? [py.joined, py.initials] : [],
      };
    });
    var ask = index.ask.map(normalise);
    var howTo = new Uint8Array(strings.length);
    strings.forEach(function (text, s) {
      if (pinyin[s] === undefined) return;
      for (var h = 0; h < index.howTo.length; h++) {
        if (text.indexOf(normalise(index.howTo[h])) !== -1) howTo[s] = 1;
      }
    });

    /** The query's words, question words taken out, a region's name split off ("河西区低保"). */
    function parse(query) {
      var tokens = normalise(query)
        .split(SEPARATORS)
        .filter(function (token) {
          return token.length > 0;
        });
      var asking = false;
      var kept = [];
      tokens.forEach(function (token) {
        var rest = token;
        ask.forEach(function (word) {
          if (rest.indexOf(word) !== -1) {
            rest = rest.split(word).join(' ');
            asking = true;
          }
        });
        rest.split(' ').forEach(function (part) {
          if (part) kept.push(part);
        });
      });
      // A query of question words only ("申请条件") is searched as it was written.
      if (kept.length === 0) kept = tokens;
      var words = [];
      kept.forEach(function (token) {
        var place = regions.find(function (region) {
          return (
            region.name.length > 1 && token !== region.name && token.indexOf(region.name) !== -1
          );
        });
        if (!place) return words.push(token);
        token.split(place.name).forEach(function (part, n) {
          if (n > 0) words.push(place.name);
          if (part) words.push(part);
        });
      });
      return { words: words, asking: asking };
    }

    /** What a word also stands for: the synonyms it is or holds, by characters or by pinyin. */
    function alternatives(word) {
      var found = [];
      var latin = LATIN.test(word);
      synonyms.forEach(function (entry) {
        var byText = word.indexOf(entry.word) !== -1;
        var bySound = latin && entry.pinyin.indexOf(word) !== -1;
        if (!byText && !bySound) return;
        if (bySound) found.push(entry.word);
        entry.values.forEach(function (value) {
          if (found.indexOf(value) === -1 && value !== word) found.push(value);
        });
      });
      return found;
    }

    /** How strongly `word` hits each text, each region and each domain. */
    function hitsOf(word) {
      var text = new Uint8Array(strings.length);
      var place = {
        region: new Uint8Array(regions.length),
        domain: new Uint8Array(domains.length),
      };
      var latin = LATIN.test(word);
      var others = alternatives(word);
      var any = false;
      for (var s = 1; s < strings.length; s++) {
        var value = strings[s];
        var strength = 0;
        if (value.indexOf(word) !== -1) strength = LITERAL;
        else if (others.some(hasIn(value))) strength = SYNONYM;
        else if (latin && pinyinHit(pinyin[s], word)) strength = PINYIN;
        text[s] = strength;
        any = any || strength > 0;
      }
      var mark = function (list, hits) {
        list.forEach(function (entry, n) {
          var hit =
            entry.name.indexOf(word) !== -1 ||
            others.some(hasIn(entry.name)) ||
            (latin && pinyinHit(entry.py, word));
          hits[n] = hit ? 1 : 0;
          any = any || hit;
        });
      };
      mark(regions, place.region);
      mark(domains, place.domain);
      var near = '';
      if (!any && !latin && word.length >= FUZZY_MIN) {
        for (var f = 1; f < strings.length; f++) {
          var part = nearMatch(strings[f], word);
          if (part) {
            text[f] = FUZZY;
            near = near || part;
          }
        }
      }
      return { word: word, text: text, place: place, others: others, near: near };
    }

    function hasIn(value) {
      return function (other) {
        return value.indexOf(other) !== -1;
      };
    }

    /** Items matching every word, best first, one group per item shared by several regions. */
    return function search(query) {
      var parsed = parse(query);
      var result = { total: 0, groups: [], words: parsed.words, asking: parsed.asking, hits: [] };
      if (parsed.words.length === 0) return result;
      var hits = parsed.words.map(hitsOf);
      result.hits = hits;
      var items = index.items;
      var groups = {};
      var order = [];
      for (var i = 0; i < items.length; i += STRIDE) {
        var score = 0;
        for (var t = 0; t < hits.length; t++) {
          var hit = hits[t];
          var name = IN_NAME[hit.text[items[i + 3]]];
          var other =
            IN_TEXT[
              Math.max(hit.text[items[i + 4]], hit.text[items[i + 5]], hit.text[items[i + 6]])
            ];
          var place = hit.place.region[items[i]] || hit.place.domain[items[i + 1]] ? IN_PLACE : 0;
          var best = Math.max(name, other, place);
          if (best === 0) break;
          score += best;
        }
        if (t < hits.length) continue;
        if (parsed.asking && howTo[items[i + 3]]) score += HOW_TO_BONUS;
        result.total++;
        var key = items[i + 1] + ':' + items[i + 2] + ':' + items[i + 3];
        var group = groups[key];
        if (!group) {
          group = groups[key] = { score: score, items: [], first: order.length };
          order.push(group);
        }
        group.score = Math.max(group.score, score);
        group.items.push(i);
      }
      result.groups = order.sort(function (a, b) {
        return b.score - a.score || a.first - b.first;
      });
      return result;
    };
  }

  /**
   * Words near those of a query that found nothing: the synonym table's words, the parts of item
   * names and the domains, by the characters they share; only words that would find something.
   */
  function suggest(index, words, limit) {
    var strings = index.strings.map(normalise);
    var seen = {};
    var candidates = [];
    var add = function (text) {
      var value = normalise(text);
      if (!value || seen[value]) return;
      seen[value] = true;
      candidates.push(value);
    };
    index.synonyms.forEach(function (entry) {
      add(entry[0]);
      entry[1].forEach(add);
    });
    index.domains.forEach(function (domain) {
      add(domain[1]);
    });
    index.pinyin.forEach(function (py, s) {
      if (py) index.strings[s].split(' › ').forEach(add);
    });
    var scored = [];
    candidates.forEach(function (candidate) {
      var best = 0;
      words.forEach(function (word) {
        var shared = 0;
        for (var c = 0; c < word.length; c++) if (candidate.indexOf(word[c]) !== -1) shared++;
        if (shared >= 2 || (shared === 1 && word.length === 1)) {
          var similarity = shared / Math.max(word.length, 2) - distance(word, candidate) / 100;
          best = Math.max(best, similarity);
        }
      });
      if (best >= 0.5) scored.push({ text: candidate, score: best });
    });
    scored.sort(function (a, b) {
      return b.score - a.score || a.text.length - b.text.length;
    });
    var out = [];
    for (var n = 0; n < scored.length && out.length < limit; n++) {
      var text = scored[n].text;
      if (strings.some(hasText(text))) out.push(text);
    }
    return out;
  }

  function hasText(text) {
    return function (value) {
      return value.indexOf(text) !== -1;
    };
  }

  window.gkmlSearchEngine = {
    createSearch: createSearch,
    suggest: suggest,
    normalise: normalise,
    STRIDE: STRIDE,
  };
})();
