// The leader's instruction form: once a category is chosen, shows the resolve date a deadline left empty gets, counted
// today by the category's time limit for the severity chosen (the category option's data-resolve-by: pairs
// "SEVERITY=date" separated by spaces). The date field is not filled in: a date set there is the leader's own choice,
// marked so on the ticket.
(function () {
  'use strict';
  function init() {
    var category = document.getElementById('category');
    var severity = document.getElementById('severity');
    var line = document.getElementById('resolveBy-counted-line');
    var counted = document.getElementById('resolveBy-counted');
    if (!category || !severity || !line || !counted) {
      return;
    }
    function show() {
      var option = category.options[category.selectedIndex];
      var pairs = option ? (option.getAttribute('data-resolve-by') || '').split(' ') : [];
      var date = null;
      for (var i = 0; i < pairs.length; i++) {
        var pair = pairs[i].split('=');
        if (pair[0] === severity.value) {
          date = pair[1];
        }
      }
      counted.textContent = date || '';
      line.hidden = !date;
    }
    category.addEventListener('change', show);
    severity.addEventListener('change', show);
    show();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
