// The monthly investment report: when the previous month is in the history table, 当年累计 and 截止累计 follow from it
// and 本期 (in January 当年累计 is 本期), so they are filled in as 本期 is typed and locked; the server checks the same
// sums (ReportRules) and works them out itself when the fields come blank. A project's first report types them.
// Choosing a month that is already in the table fills in its stored figures, so that a correction starts from them.
(function () {
  'use strict';

  function cents(text) {
    var value = Number(String(text).replace(/,/g, '').trim());
    return text === '' || text === null || isNaN(value) ? null : Math.round(value * 100);
  }

  function amount(c) {
    return (c / 100).toFixed(2);
  }

  function row(year, month) {
    return document.querySelector('#history-table tr[data-month="' + year + '-' + (month < 10 ? '0' : '') + month + '"]');
  }

  function previousRow(year, month) {
    return month === 1 ? row(year - 1, 12) : row(year, month - 1);
  }

  // The figures last filled in from a stored month: cleared again when another, unreported month is chosen, but
  // never what the reporter typed himself.
  var prefilled = null;

  function prefill(form) {
    var year = parseInt(form.elements.year.value, 10);
    var month = parseInt(form.elements.month.value, 10);
    var stored = isNaN(year) || isNaN(month) ? null : row(year, month);
    var fields = ['thisMonth', 'yearToDate', 'sinceStart'];
    if (stored) {
      prefilled = {};
      fields.forEach(function (name) {
        var value = cents(stored.getAttribute('data-' + name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); })));
        form.elements[name].value = value === null ? '' : amount(value);
        prefilled[name] = form.elements[name].value;
      });
    } else if (prefilled) {
      fields.forEach(function (name) {
        if (form.elements[name].value === prefilled[name]) {
          form.elements[name].value = '';
        }
      });
      prefilled = null;
    }
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
    ['year', 'month'].forEach(function (name) {
      form.elements[name].addEventListener('input', function () { prefill(form); fill(form); });
    });
    form.elements.thisMonth.addEventListener('input', function () { fill(form); });
    if (form.elements.thisMonth.value === '') {
      prefill(form);
    }
    fill(form);
  });
})();
