// The ticket sheet's print button: the page's CSP (script-src 'self') refuses an inline onclick, which left it dead.
(function () {
  'use strict';
  function init() {
    var button = document.getElementById('ticket-sheet-print');
    if (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
