// Charts of the ticket metrics and ranking pages, drawn with ECharts (bundled, no CDN) from the JSON
// the server put in data-ticket-chart: categories, series of rates in per cent, labels translated
// by the server. This file holds no text. No inline scripts anywhere (CSP).
(function () {
  function draw(el) {
    var spec = JSON.parse(el.dataset.ticketChart);
    if (spec.horizontal) {
      el.style.height = Math.max(280, spec.categories.length * 56 + 80) + 'px';
    }
    var category = { type: 'category', data: spec.categories, inverse: spec.horizontal,
                     axisLabel: { width: 120, overflow: 'truncate' } };
    var value = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: spec.horizontal ? value : category,
      yAxis: spec.horizontal ? category : value,
      series: spec.series.map(function (s) {
        return { name: s.name, type: s.type, data: s.data, connectNulls: true, barMaxWidth: 14 };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // Typing a day in the period form means the custom period: the server reads the days only for it.
  function customOnDates(form) {
    var select = form.querySelector('select[name="period"]');
    form.querySelectorAll('input[type="date"]').forEach(function (input) {
      input.addEventListener('change', function () { select.value = 'CUSTOM'; });
    });
  }

  function init() {
    document.querySelectorAll('#metrics-period').forEach(customOnDates);
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-ticket-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
