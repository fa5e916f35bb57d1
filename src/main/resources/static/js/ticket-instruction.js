// The leader's instruction form: choosing a category suggests the resolve date its SLA terms give today (the option's
// data-resolve-by), unless the leader has set a date himself.
(function () {
  'use strict';
  function init() {
    var category = document.getElementById('category');
    var date = document.getElementById('resolveBy');
    if (!category || !date) {
      return;
    }
    var suggested = date.value === '' ? null : undefined;
    category.addEventListener('change', function () {
      var option = category.options[category.selectedIndex];
      var next = option ? option.getAttribute('data-resolve-by') : null;
      if (next && (date.value === '' || date.value === suggested)) {
        date.value = next;
        suggested = next;
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
