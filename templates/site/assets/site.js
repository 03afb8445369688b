/*
 * Every page: the 大字版 switch (larger text and spacing), remembered in localStorage so that the
 * next page and the next visit keep it. Loaded in <head> without defer, so that the class is set
 * before the first paint and the page does not jump. Without JavaScript the switch stays hidden.
 */
(function () {
  'use strict';

  var KEY = 'gkml-large-text';
  var root = document.documentElement;

  function stored() {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false; // storage refused (a private window, a file:// policy): the switch still works
    }
  }

  function remember(on) {
    try {
      if (on) localStorage.setItem(KEY, '1');
      else localStorage.removeItem(KEY);
    } catch {
      // not remembered, but applied
    }
  }

  if (stored()) root.classList.add('large');

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('size-toggle');
    if (!button) return;
    var sync = function () {
      button.setAttribute('aria-pressed', root.classList.contains('large') ? 'true' : 'false');
    };
    sync();
    button.hidden = false;
    button.addEventListener('click', function () {
      var on = root.classList.toggle('large');
      remember(on);
      sync();
    });
  });
})();
