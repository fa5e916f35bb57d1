// Charts of the industry and investment pages, drawn with ECharts from data the server prepared:
// the chain map from the JSON at data-src, the funnel from the JSON in data-funnel. Labels come
// translated from the server; this file holds no text. No inline scripts anywhere (CSP).
(function () {
  var STATUS_COLORS = { STRONG: '#2fb344', WEAK: '#f59f00', MISSING: '#d63939' };

  function escape(text) {
    return window.echarts.format.encodeHTML(String(text));
  }

  function leaves(node) {
    if (!node.children || node.children.length === 0) { return 1; }
    return node.children.reduce(function (sum, child) { return sum + leaves(child); }, 0);
  }

  function decorate(node) {
    var color = STATUS_COLORS[node.status];
    node.itemStyle = color ? { color: color, borderColor: color } : { color: '#206bc4', borderColor: '#206bc4' };
    node.label = color ? { color: color } : {};
    (node.children || []).forEach(decorate);
    return node;
  }

  function drawChainMap(el) {
    fetch(el.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (tree) {
        el.style.height = Math.max(320, leaves(tree) * 34) + 'px';
        var chart = window.echarts.init(el);
        chart.setOption({
          tooltip: {
            trigger: 'item',
            formatter: function (p) { return (p.data.tooltip || [p.name]).map(escape).join('<br>'); }
          },
          series: [{
            type: 'tree', data: [decorate(tree)], orient: 'LR', top: '5%', bottom: '5%', left: '12%', right: '28%',
            symbolSize: 12, initialTreeDepth: -1, expandAndCollapse: false,
            label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
            leaves: { label: { position: 'right', align: 'left' } }
          }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  function drawFunnel(el) {
    var steps = JSON.parse(el.dataset.funnel);
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) { return escape(p.name) + ': ' + escape(p.value); } },
      series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '10%',
                 label: { position: 'inside' }, data: steps }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chain-map]').forEach(drawChainMap);
    document.querySelectorAll('[data-funnel]').forEach(drawFunnel);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
