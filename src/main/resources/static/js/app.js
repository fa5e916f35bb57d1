// Our only script besides the libraries: CSRF header on every htmx request, confirmation of dangerous buttons, one
// post per click, auto-submit of filter selects and selects that narrow another, the form page's address after a
// refused post. No inline scripts anywhere (CSP).
(function () {
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }
  // A refused form is the answer to its post, so the address bar showed the post's address: a reload posted it
  // again and the address, kept for later, was no page. The server names the page the form was on (meta form-page,
  // FormPageAddress); the address bar takes it, with the fragment the post had, so a reload shows that page. Only
  // an address of this site: replaceState refuses any other, and it is checked here before.
  (function showFormPage() {
    var meta = document.querySelector('meta[name="form-page"]');
    if (!meta || !window.history.replaceState || !window.URL) { return; }
    var page = new URL(meta.content, window.location.href);
    if (page.origin !== window.location.origin) { return; }
    if (!page.hash) { page.hash = window.location.hash; }
    window.history.replaceState(window.history.state, '', page.href);
  })();
  // The plan sheet's name wraps in a textarea (a field cut long names): Enter saves it as in a field, no line break.
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || !field.classList || !field.classList.contains('plan-name-field')) { return; }
    event.preventDefault();
    field.blur();
  });
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) { event.detail.headers[c.header] = c.token; }
  });
  // htmx leaves the page unchanged when a request fails: say so above the part that was to change, or the click
  // looks ignored (a server error, a refused value, the intranet down).
  function failed(event, templateId) {
    var template = document.getElementById(templateId);
    var target = event.detail.target || event.target;
    if (!template || !target || !target.parentNode) { return; }
    var old = target.parentNode.querySelector(':scope > .request-failed');
    if (old) { old.remove(); }
    target.parentNode.insertBefore(template.content.cloneNode(true), target);
  }
  // A 409 that is the form again after someone else's change meanwhile (header X-Form-Again, FormErrors) holds what
  // the user typed and the version stored now: swap it in like a success, so the typed text and the reason show and a
  // second save keeps it. Every other failure keeps the line above.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status === 409 && xhr.getResponseHeader('X-Form-Again')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // A post refused for its CSRF token (X-Refused: csrf, ProblemErrorController) is a page that expired, not a failure
  // of what was typed: say to reload.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    // a refused token is an expired page; any other 403 is a right the user lacks, which 'check what you entered'
    // would send him looking for in vain
    var csrf = xhr && xhr.getResponseHeader('X-Refused') === 'csrf';
    failed(event, csrf ? 'page-expired' : xhr && xhr.status === 403 ? 'request-forbidden' : 'request-failed');
  });
  document.addEventListener('htmx:sendError', function (event) { failed(event, 'network-failed'); });
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    var old = target && target.parentNode && target.parentNode.querySelector(':scope > .request-failed');
    if (old) { old.remove(); }
  });
  // "Back" on an error page goes back in the history, where the browser still holds what was typed into the form;
  // opened on its own (no history) the link's address, the workbench, is taken.
  document.addEventListener('click', function (event) {
    var back = event.target.closest && event.target.closest('[data-history-back]');
    if (back && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  }, true);
  // A second click on a form's button while the first post is on its way would post twice (two tickets, two
  // follow-ups): a posted form takes no second submit for a few seconds, or until the page is shown again (back).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.method || '').toLowerCase() !== 'post' || form.hasAttribute('hx-post')) {
      return;
    }
    if (form.dataset.posting) {
      event.preventDefault();
      return;
    }
    form.dataset.posting = 'true';
    window.setTimeout(function () { delete form.dataset.posting; }, 8000);
    // Files take a while to go up and be read: say that something is happening.
    var busy = document.getElementById('upload-busy');
    if (busy && form.enctype === 'multipart/form-data' && !form.querySelector('.upload-busy')) {
      form.appendChild(busy.content.cloneNode(true));
    }
  });
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-posting]'), function (form) {
      delete form.dataset.posting;
    });
    Array.prototype.forEach.call(document.querySelectorAll('.upload-busy'), function (el) { el.remove(); });
  });
  // A select that narrows another (data-narrows="id"): only the options (and option groups) whose data-department is
  // the chosen value stay offered, e.g. an action's owner among the owner department's people.
  function narrow(chooser, target) {
    if (!target) { return; }
    Array.prototype.forEach.call(target.options, function (option) {
      var off = chooser.value !== '' && option.dataset.department !== undefined
        && option.dataset.department !== chooser.value;
      option.hidden = off;
      option.disabled = off;
      if (off && option.selected) { target.value = ''; }
    });
    // The groups of options (the owner list's departments) go with their options.
    Array.prototype.forEach.call(target.querySelectorAll('optgroup[data-department]'), function (group) {
      var off = chooser.value !== '' && group.dataset.department !== chooser.value;
      group.hidden = off;
      group.disabled = off;
    });
  }
  function narrowAll(root) {
    Array.prototype.forEach.call(root.querySelectorAll('select[data-narrows]'), function (chooser) {
      narrow(chooser, document.getElementById(chooser.dataset.narrows));
    });
  }
  // A refused form far down the page (a ticket's move on a phone) comes back with its message marked data-scroll-here:
  // the page opens at the top, where the user would see no error at all, so it is brought into view.
  // Brought into view again once images and fonts have loaded, which can push it down after the first scroll.
  function showRefusal() {
    var refused = document.querySelector('[data-scroll-here]');
    if (refused && refused.scrollIntoView) { refused.scrollIntoView({ block: 'center' }); }
  }
  // A chart that opens where today is (data-scroll-to-today, the battle map): opened at a plan's start, today could
  // be twenty months of scrolling away on a phone. Today comes a third into the part of the chart in view, with the
  // weeks before it; the label column kept in view beside the chart covers the rest. The chart then starts at the
  // beginning of a month, so that the first month's label ("26-6") is whole and not cut to "-6" by the label column.
  function scrollToToday(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-scroll-to-today]'), function (box) {
      var line = box.querySelector('.gantt-today');
      if (!line) { return; }
      var labels = box.querySelector('.gantt-labels');
      var covered = labels ? labels.getBoundingClientRect().width : 0;
      var left = box.getBoundingClientRect().left - box.scrollLeft;
      var x = line.getBoundingClientRect().left - left;
      var wanted = Math.max(0, x - covered - (box.clientWidth - covered) / 3);
      var start = 0;
      Array.prototype.forEach.call(box.querySelectorAll('.gantt-chart .gantt-grid'), function (month) {
        var at = month.getBoundingClientRect().left - left - covered;
        if (at <= wanted && at > start) { start = at; }
      });
      box.scrollLeft = Math.round(start);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    narrowAll(document);
    showRefusal();
    scrollToToday(document);
  });
  window.addEventListener('load', showRefusal);
  // once more when the fonts are in: the label column is measured narrower before, and the month it snapped to was
  // then partly under the column
  window.addEventListener('load', function () { scrollToToday(document); });
  document.addEventListener('htmx:load', function (event) { narrowAll(event.target); });
  document.addEventListener('change', function (event) {
    var el = event.target;
    if (el.dataset && el.dataset.autosubmit !== undefined && el.form) {
      if (el.form.requestSubmit) { el.form.requestSubmit(); } else { el.form.submit(); }
    }
    if (el.dataset && el.dataset.narrows) { narrow(el, document.getElementById(el.dataset.narrows)); }
  });
  // An export (a link to .../export, or marked data-download) takes seconds for a province's ledger, and the browser
  // shows nothing until the file arrives: a line says it is being prepared until the response sets the cookie named
  // by this click's token (Downloads.xlsx), or for two minutes at most.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    var url = new URL(link.getAttribute('href'), window.location.href);
    if (url.origin !== window.location.origin
        || (!/\/export$/.test(url.pathname) && link.dataset.download === undefined)) {
      return;
    }
    var token = Math.random().toString(36).slice(2, 12);
    url.searchParams.set('_download', token);
    link.href = url.pathname + url.search;
    var template = document.getElementById('download-busy-template');
    if (!template) { return; }
    var busy = template.content.firstElementChild.cloneNode(true);
    document.body.appendChild(busy);
    var started = Date.now();
    var poll = window.setInterval(function () {
      var ready = document.cookie.split('; ').indexOf('zb-download=' + token) >= 0;
      if (ready || Date.now() - started > 120000) {
        window.clearInterval(poll);
        busy.remove();
        document.cookie = 'zb-download=; Max-Age=0; Path=/';
      }
    }, 500);
  });
})();
