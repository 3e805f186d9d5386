/**
 * The report's only script, inlined: filters the statements table by free text (every word must appear in the row),
 * by a dimension the statement scores on, by actor and by rule, and keeps the "n of m" count up to date. It reads the
 * page only; it fetches nothing.
 *
 * @example
 * REPORT_SCRIPT.includes('addEventListener'); // true
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('statements');
  if (!table) return;
  var q = document.getElementById('q');
  var dim = document.getElementById('dim');
  var actor = document.getElementById('actor');
  var rule = document.getElementById('rule');
  var count = document.getElementById('count');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function apply() {
    var terms = q.value.toLowerCase().split(/\\s+/).filter(function (t) { return t.length > 0; });
    var d = dim.value, a = actor.value, r = rule.value, shown = 0;
    rows.forEach(function (row, i) {
      var ok = terms.every(function (t) { return haystacks[i].indexOf(t) !== -1; })
        && (d === '' || row.getAttribute('data-' + d) !== '0')
        && (a === '' || row.getAttribute('data-actor') === a)
        && (r === '' || (' ' + row.getAttribute('data-rules') + ' ').indexOf(' ' + r + ' ') !== -1);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + ' of ' + rows.length + ' statements';
  }
  [q, dim, actor, rule].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  apply();
})();
`;
