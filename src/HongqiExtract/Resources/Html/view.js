// hongqi view: a row selects its span (scrolled to and flashed), a span selects its row; filters hide rows and dim their spans.
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#records tbody tr'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[data-r]'));
  function markOf(id) { return document.querySelector('mark[data-r~="' + id + '"]'); }
  function select(id, scrollToSpan) {
    Array.prototype.forEach.call(document.querySelectorAll('.selected'), function (e) { e.classList.remove('selected'); });
    var row = document.getElementById('row-' + id), mark = markOf(id);
    if (row) { row.classList.add('selected'); }
    if (!mark) { return; }
    mark.classList.add('selected');
    if (scrollToSpan) {
      mark.scrollIntoView({ block: 'center' });
      mark.classList.remove('flash'); void mark.offsetWidth; mark.classList.add('flash');
    } else if (row) { row.scrollIntoView({ block: 'nearest' }); }
  }
  rows.forEach(function (row) { row.addEventListener('click', function () { select(row.dataset.r, true); }); });
  marks.forEach(function (mark) { mark.addEventListener('click', function () { select(mark.dataset.r.split(' ')[0], false); }); });
  var kind = document.getElementById('f-kind'), category = document.getElementById('f-category'),
      target = document.getElementById('f-target'), search = document.getElementById('f-search');
  function apply() {
    var shown = {};
    rows.forEach(function (row) {
      var ok = (!kind.value || row.dataset.kind === kind.value) && (!category.value || row.dataset.category === category.value)
        && (!target.value || row.dataset.target === target.value) && (!search.value || (row.dataset.name || '').indexOf(search.value) >= 0);
      row.hidden = !ok;
      if (ok) { shown[row.dataset.r] = true; }
    });
    marks.forEach(function (mark) {
      var any = mark.dataset.r.split(' ').some(function (id) { return shown[id]; });
      mark.classList.toggle('dim', !any);
    });
  }
  [kind, category, target].forEach(function (e) { e.addEventListener('change', apply); });
  search.addEventListener('input', apply);
})();
