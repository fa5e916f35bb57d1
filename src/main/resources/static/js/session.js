// What the user typed outlives a session timeout (30 minutes without a request, as MLPS level 3 wants): a long ticket
// or meeting text typed for longer than that used to be lost when the post was sent to the login page instead.
//  - Every post form keeps a draft of its fields in sessionStorage (this tab only, gone when it closes, dropped on
//    logging out, never shown to another user); passwords, files and hidden fields (tokens, versions) are never kept.
//  - A post that reached the server drops its draft on the next page. A post that met the login page instead (the next
//    page after it is reached from the login page) keeps it: every page then lists such drafts with a link back, and
//    the form, opened again, is filled in from it. So does a post that got no answer (the intranet down), when the
//    user goes back to the form.
//  - Two minutes before the session would end, a line offers to go on working (one request keeps the session).
(function () {
  var PREFIX = 'zhuanban.draft:';
  var STALE_MS = 60 * 60 * 1000;
  // Storage switched off by policy (some locked-down browsers throw on any use): no drafts, the warning still works.
  var storing = (function () {
    try {
      window.sessionStorage.setItem(PREFIX, '1');
      window.sessionStorage.removeItem(PREFIX);
      return true;
    } catch (e) {
      return false;
    }
  })();

  function drafts() {
    var found = [];
    if (!storing) { return found; }
    for (var i = 0; i < window.sessionStorage.length; i++) {
      var key = window.sessionStorage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        try {
          found.push({ key: key, draft: JSON.parse(window.sessionStorage.getItem(key)) });
        } catch (e) {
          window.sessionStorage.removeItem(key);
        }
      }
    }
    return found;
  }
  function store(key, draft) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(draft));
    } catch (e) {
      // Storage full or disabled: the form still posts, only without a safety copy.
    }
  }

  var user = (document.querySelector('meta[name="session-user"]') || {}).content || '';
  function loggingOut(form) {
    return /\/logout$/.test(form.getAttribute('action') || '');
  }
  function kept(form) {
    var method = (form.getAttribute('method') || '').toLowerCase();
    return storing && user !== '' && (method === 'post' || form.hasAttribute('hx-post')) && form.dataset.draft !== 'off'
      && !loggingOut(form) && !form.querySelector('input[type="password"]');
  }
  function draftKey(form) {
    var forms = Array.prototype.indexOf.call(document.forms, form);
    return PREFIX + window.location.pathname + '|' + (form.getAttribute('action') || form.getAttribute('hx-post') || '')
      + '|' + (form.id || forms);
  }
  function typedFields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !el.disabled && ['hidden', 'password', 'file', 'submit', 'button', 'reset', 'search']
        .indexOf(el.type) < 0;
    });
  }
  function snapshot(form) {
    var values = {};
    typedFields(form).forEach(function (el) {
      var list = values[el.name] || (values[el.name] = []);
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) { list.push(el.value); }
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { list.push(o.value); });
      } else {
        list.push(el.value);
      }
    });
    return values;
  }
  function fill(form, values) {
    var seen = {};
    typedFields(form).forEach(function (el) {
      var list = values[el.name];
      if (!list) { return; }
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = list.indexOf(el.value) >= 0;
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = list.indexOf(o.value) >= 0; });
      } else {
        var index = seen[el.name] || 0;
        seen[el.name] = index + 1;
        if (index < list.length) { el.value = list[index]; }
      }
    });
  }

  function typedSomething(values) {
    return Object.keys(values).some(function (name) {
      return values[name].some(function (v) { return v !== ''; });
    });
  }
  function save(form, state) {
    var values = snapshot(form);
    if (!typedSomething(values)) {
      window.sessionStorage.removeItem(draftKey(form));
      return;
    }
    store(draftKey(form), {
      state: state,
      user: user,
      at: Date.now(),
      url: window.location.pathname + window.location.search,
      title: document.title,
      values: values
    });
  }
  var pending = null;
  function typed(event) {
    var form = event.target && event.target.form;
    if (!form || !kept(form)) { return; }
    window.clearTimeout(pending);
    pending = window.setTimeout(function () { save(form, 'editing'); }, 300);
  }
  document.addEventListener('input', typed);
  document.addEventListener('change', typed);
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (loggingOut(form)) {
      drafts().forEach(function (entry) { window.sessionStorage.removeItem(entry.key); });
      return;
    }
    if (!event.defaultPrevented && kept(form)) {
      window.clearTimeout(pending);
      save(form, 'submitted');
    }
  });

  // htmx cancels the submit event of its forms (defaultPrevented above), so their posts are noted as they leave.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail.elt;
    var form = elt && elt.tagName === 'FORM' ? elt : null;
    if (form && kept(form) && (event.detail.requestConfig || {}).verb === 'post') {
      window.clearTimeout(pending);
      save(form, 'submitted');
    }
  });

  function template(id) {
    var t = document.getElementById(id);
    return t ? t.content.firstElementChild.cloneNode(true) : null;
  }
  function top() {
    return document.querySelector('.page-body .container-xl');
  }
  function lostList(lost) {
    var box = template('drafts-lost-template');
    var list = box && box.querySelector('ul');
    if (!list || !top()) { return; }
    lost.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.draft.url;
      link.textContent = entry.draft.title || entry.draft.url;
      var drop = document.createElement('button');
      drop.type = 'button';
      drop.className = 'btn btn-link btn-sm draft-discard';
      drop.textContent = box.dataset.discard;
      drop.addEventListener('click', function () {
        window.sessionStorage.removeItem(entry.key);
        item.remove();
        if (!list.children.length) { box.remove(); }
      });
      item.appendChild(link);
      item.appendChild(drop);
      list.appendChild(item);
    });
    top().insertBefore(box, top().firstChild);
  }
  function restore(form, entry) {
    fill(form, entry.draft.values);
    entry.draft.state = 'editing';
    store(entry.key, entry.draft);
    var note = template('draft-restored-template');
    if (!note) { return; }
    note.querySelector('.draft-discard').addEventListener('click', function () {
      window.sessionStorage.removeItem(entry.key);
      window.location.reload();
    });
    form.parentNode.insertBefore(note, form);
  }

  // After a post: the page that follows was reached from the login page only when the post met the login page; and
  // when the post got no answer at all (the network down), the next page of ours is the form itself, reached by going
  // back (pages are never cached, so the browser loads it empty).
  function settle(restoredFromMemory) {
    var afterLogin = /\/login(\?|$)/.test(document.referrer.replace(window.location.origin, ''));
    var navigation = (window.performance && performance.getEntriesByType
      && performance.getEntriesByType('navigation')[0]) || {};
    var cameBack = restoredFromMemory || navigation.type === 'back_forward';
    var here = {};
    Array.prototype.forEach.call(document.forms, function (form) {
      if (kept(form)) { here[draftKey(form)] = form; }
    });
    var lost = [];
    drafts().forEach(function (entry) {
      var d = entry.draft;
      var unanswered = d && d.state === 'submitted' && cameBack && here[entry.key];
      // Another user's drafts (a shared PC, the same tab) are never shown, only dropped.
      if (!d || d.user !== user || Date.now() - d.at > STALE_MS
          || (d.state === 'submitted' && !afterLogin && !unanswered)) {
        window.sessionStorage.removeItem(entry.key);
      } else if (d.state === 'submitted' || d.state === 'lost') {
        d.state = 'lost';
        store(entry.key, d);
        if (here[entry.key]) { restore(here[entry.key], entry); } else { lost.push(entry); }
      }
    });
    if (lost.length) { lostList(lost); }
  }

  // The warning before the session ends; any htmx request also keeps the session, so it starts the count again.
  var seconds = parseInt((document.querySelector('meta[name="session-seconds"]') || {}).content, 10);
  var warning = null;
  var shown = null;
  function count() {
    window.clearTimeout(warning);
    if (shown) { shown.remove(); shown = null; }
    if (seconds > 0) {
      warning = window.setTimeout(warn, Math.max(seconds - 120, 30) * 1000);
    }
  }
  function warn() {
    shown = template('session-expiring-template');
    if (!shown || !top()) { return; }
    shown.querySelector('button').addEventListener('click', function () {
      // Sent as htmx would: a session already gone answers 401 instead of a login page, and the address is not kept
      // as the page to return to after logging in.
      window.fetch(shown.dataset.keepAlive, { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
        .then(function (response) {
          if (response.status === 204) {
            count();
          } else {
            shown.querySelector('span').textContent = shown.dataset.expired;
            shown.querySelector('button').remove();
          }
        });
    });
    top().insertBefore(shown, top().firstChild);
  }
  // A page the browser keeps in memory comes back as it was left, notes included: they are judged again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.draft-restored, #drafts-lost'), function (note) {
      note.remove();
    });
    settle(true);
  });
  document.addEventListener('htmx:afterRequest', count);
  document.addEventListener('DOMContentLoaded', function () {
    settle(false);
    count();
  });
})();
