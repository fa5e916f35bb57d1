// The monthly investment report: when the previous month is in the history table, 当年累计 and 截止累计 follow from it
// and 本期 (in January 当年累计 is 本期), so they are filled in as 本期 is typed and locked; the server checks the same
// sums (ReportRules) and works them out itself when the fields come blank. A project's first report types them.
(function () {
  'use strict';

  function cents(text) {
    var value = Number(String(text).replace(/,/g, '').trim());
    return text === '' || text === null || isNaN(value) ? null : Math.round(value * 100);
  }

  function amount(c) {
    return (c / 100).toFixed(2);
  }

  function previousRow(year, month) {
    var y = month === 1 ? year - 1 : year;
    var m = month === 1 ? 12 : month - 1;
    return document.querySelector('#history-table tr[data-month="' + y + '-' + (m < 10 ? '0' : '') + m + '"]');
  }

  function set(input, derived, value) {
    input.readOnly = derived;
    if (derived) {
      input.value = value === null ? '' : amount(value);
    }
  }

  function fill(form) {
    var year = parseInt(form.elements.year.value, 10);
    var month = parseInt(form.elements.month.value, 10);
    var thisMonth = cents(form.elements.thisMonth.value);
    var previous = isNaN(year) || isNaN(month) ? null : previousRow(year, month);
    var january = month === 1;
    var ytd = thisMonth === null ? null
      : january ? thisMonth
      : previous ? cents(previous.getAttribute('data-year-to-date')) + thisMonth : null;
    var since = thisMonth === null || !previous ? null : cents(previous.getAttribute('data-since-start')) + thisMonth;
    set(form.elements.yearToDate, january || previous !== null, ytd);
    set(form.elements.sinceStart, previous !== null, since);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('report-form');
    if (!form) {
      return;
    }
    ['year', 'month', 'thisMonth'].forEach(function (name) {
      form.elements[name].addEventListener('input', function () { fill(form); });
    });
    fill(form);
  });
})();
