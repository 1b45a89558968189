/*
 * Draws each dashboard chart from the table beside it: row headers are the labels, columns whose
 * header has data-series are the series, and each cell's data-value is a point. A hidden figure
 * ("fewer than 5") has no data-value and leaves a gap. Without this script the tables still show
 * every figure.
 */
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var palette = ['#1f5fa8', '#b3541e', '#2e7d32', '#6a3d9a'];
  var text = '#1a1a1a';
  window.Chart.defaults.color = text;
  window.Chart.defaults.font.family =
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
  window.Chart.defaults.font.size = 13;

  function wrap(label) {
    var words = label.split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > 28) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  function series(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var sets = [];
    heads.forEach(function (th, column) {
      if (column === 0 || !th.hasAttribute('data-series')) {
        return;
      }
      var colour = palette[sets.length % palette.length];
      sets.push({
        label: th.textContent,
        data: rows.map(function (row) {
          var value = row.children[column].getAttribute('data-value');
          return value === null ? null : Number(value);
        }),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        pointRadius: 4,
        spanGaps: false
      });
    });
    return {
      labels: rows.map(function (row) { return wrap(row.querySelector('th').textContent); }),
      datasets: sets
    };
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute('data-for'));
    if (!table || !table.getAttribute('data-chart')) {
      return;
    }
    var unit = table.getAttribute('data-unit') || '';
    var max = table.getAttribute('data-max');
    var data = series(table);
    var canvas = document.createElement('canvas');
    box.appendChild(canvas);
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart'),
      data: data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { ticks: { color: text }, grid: { display: false } },
          y: {
            beginAtZero: true,
            max: max === null ? undefined : Number(max),
            ticks: { color: text, precision: 0, callback: function (v) { return v + unit; } },
            grid: { color: '#d0d0d0' }
          }
        },
        plugins: {
          legend: { display: data.datasets.length > 1, labels: { color: text } },
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ': ' + item.formattedValue + unit;
              }
            }
          }
        }
      }
    });
    box.setAttribute('data-drawn', 'true');
  }

  Array.prototype.forEach.call(document.querySelectorAll('div.chart[data-for]'), draw);
})();
