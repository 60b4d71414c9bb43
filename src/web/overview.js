// The overview's charts: each section's figures, which the page carries as JSON (#overview-data), drawn with Chart.js.
// The numbers are in the table under each chart; a bar that stands for a list of holders links to it. Every canvas
// gets a text description of what it draws (role="img", aria-label), the same numbers in words.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours of the series that mean the same on every page; others take the palette in their order. */
const COLOURS = {
  ON_TIME: '#2e8540',
  LATE: '#e59400',
  MISSING: '#b5152b',
  EXPIRING: '#155cb5',
  ACCEPTANCE: '#6f42c1',
  REEXAMINATION: '#17a2b8',
};
const PALETTE = ['#155cb5', '#2e8540', '#e59400', '#6f42c1', '#17a2b8', '#b5152b', '#7f7f7f', '#8c564b', '#bcbd22',
  '#e377c2', '#1f3b73', '#5a8f29'];

function colour(dataset, index) {
  return COLOURS[dataset.key] || PALETTE[index % PALETTE.length];
}

function chartData(figures) {
  return {
    labels: figures.labels,
    datasets: figures.datasets.map((dataset, index) => ({
      label: dataset.label,
      data: dataset.data,
      backgroundColor: colour(dataset, index),
      borderWidth: 0,
      maxBarThickness: 48,
    })),
  };
}

function linkAt(figures, element) {
  const links = figures.datasets[element.datasetIndex].links;
  return links ? links[element.index] : null;
}

function options(current) {
  const axis = (title, stacked) => ({
    stacked,
    title: { display: Boolean(title), text: title || '' },
  });
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: axis(current().xTitle, current().stacked),
      y: { ...axis(current().yTitle, current().stacked), beginAtZero: true, ticks: { precision: 0 } },
    },
    plugins: {
      legend: {
        position: 'bottom',
        // A series with nothing to show in this view takes no room in the legend.
        labels: { filter: (item, data) => data.datasets[item.datasetIndex].data.some((value) => value > 0) },
      },
      tooltip: { mode: 'nearest', intersect: true },
    },
    onClick: (event, elements) => {
      const link = elements.length ? linkAt(current(), elements[0]) : null;
      if (link) {
        window.location.assign(link);
      }
    },
    onHover: (event, elements) => {
      const link = elements.length ? linkAt(current(), elements[0]) : null;
      event.native.target.style.cursor = link ? 'pointer' : 'default';
    },
  };
}

/** "Jiangsu: pilot city 3, model city 1; Zhejiang: none": what the chart draws, in words. */
function describe(canvas, heading, figures) {
  const parts = figures.labels.map((label, index) => {
    const values = figures.datasets.filter((dataset) => dataset.data[index] > 0)
      .map((dataset) => `${dataset.label} ${dataset.data[index]}`);
    return `${label}: ${values.length ? values.join(', ') : 'none'}`;
  });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${heading}. ${parts.length ? parts.join('; ') : 'Nothing to show'}`);
}

function drawSection(section) {
  const box = document.getElementById(`chart-${section.id}`);
  if (!box) {
    return;
  }
  const canvas = box.querySelector('canvas');
  let view = section.views[0];
  const current = () => view.chart;
  const chart = new Chart(canvas, { type: 'bar', data: chartData(current()), options: options(current) });
  describe(canvas, view.heading, current());
  canvas.dataset.view = view.id;
  if (section.views.length < 2) {
    return;
  }
  const choice = document.createElement('div');
  choice.className = 'views';
  choice.setAttribute('role', 'group');
  choice.setAttribute('aria-label', section.viewsLabel);
  section.views.forEach((candidate) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = candidate.label;
    button.dataset.view = candidate.id;
    button.setAttribute('aria-pressed', String(candidate === view));
    button.addEventListener('click', () => {
      view = candidate;
      chart.data = chartData(current());
      chart.options.scales.x.stacked = current().stacked;
      chart.options.scales.y.stacked = current().stacked;
      chart.update();
      describe(canvas, view.heading, current());
      canvas.dataset.view = view.id;
      choice.querySelectorAll('button').forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
    });
    choice.appendChild(button);
  });
  box.insertBefore(choice, box.firstChild);
}

function drawAll() {
  const source = document.getElementById('overview-data');
  if (!source) {
    return;
  }
  const overview = JSON.parse(source.textContent);
  overview.sections.forEach(drawSection);
  document.body.dataset.charts = 'drawn';
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawAll);
} else {
  drawAll();
}
