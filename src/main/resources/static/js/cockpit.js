// The cockpit's charts: reads /cockpit/data (labels already translated) and draws them with ECharts.
// A click on a bar or slice opens the list behind it (the same links as the figures under the chart).
(function () {
  var root = document.getElementById('cockpit');
  if (!root || !window.echarts) { return; }
  var colours = { GREEN: '#2fb344', YELLOW: '#f59f00', RED: '#d63939', ON_TIME: '#2fb344', LATE: '#d63939', AHEAD: '#4299e1' };

  function navigate(link) { if (link) { window.location.href = link; } }

  function pie(el, slices) {
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item' },
      // a slice of none has no area to point at: its label hung on a line to nothing (the figures under the chart
      // still show the zero)
      series: [{ type: 'pie', radius: ['35%', '70%'], data: slices.filter(function (s) { return s.count > 0; }).map(function (s) {
        return { name: s.label, value: s.count, link: s.link, itemStyle: colours[s.key] ? { color: colours[s.key] } : undefined };
      }) }]
    });
    chart.on('click', function (p) { navigate(p.data && p.data.link); });
    return chart;
  }

  function bars(el, slices) {
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: {}, grid: { left: 40, right: 10, bottom: 40 },
      xAxis: { type: 'category', data: slices.map(function (s) { return s.label; }), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: slices.map(function (s) { return { value: s.count, link: s.link }; }) }]
    });
    chart.on('click', function (p) { navigate(p.data && p.data.link); });
    return chart;
  }

  function months(el, rows) {
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 60, right: 10 },
      xAxis: { type: 'category', data: rows.map(function (m) { return m.label; }) },
      yAxis: { type: 'value' },
      series: [
        { name: el.dataset.planned, type: 'bar', data: rows.map(function (m) { return { value: m.planned, link: m.link }; }) },
        { name: el.dataset.completed, type: 'bar', data: rows.map(function (m) { return { value: m.completed, link: m.link }; }) }
      ]
    });
    chart.on('click', function (p) { navigate(p.data && p.data.link); });
    return chart;
  }

  // The instances by chart name, so that a test (or a print script) can reach the chart a user clicks.
  window.zhuanbanCockpit = {};

  fetch(root.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var charts = [];
      root.querySelectorAll('[data-chart]').forEach(function (el) {
        var kind = el.dataset.chart;
        var chart = null;
        if (kind === 'lights' || kind === 'goals') { chart = pie(el, data[kind]); }
        if (kind === 'levels' || kind === 'stages' || kind === 'ranking' || kind === 'funnel' || kind === 'cohorts') {
          chart = bars(el, data[kind]);
        }
        if (kind === 'months') { chart = months(el, data.months); }
        if (chart) { charts.push(chart); window.zhuanbanCockpit[kind] = chart; }
      });
      // Ready once every chart has drawn and its bars have finished growing: a click during the
      // animation would hit empty canvas. The timer is a fallback for a chart that never reports.
      var pending = charts.length;
      function ready() { root.dataset.ready = 'true'; }
      charts.forEach(function (c) {
        function finished() { c.off('finished', finished); if (--pending === 0) { ready(); } }
        c.on('finished', finished);
      });
      if (pending === 0) { ready(); }
      setTimeout(ready, 5000);
      window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    });
})();
