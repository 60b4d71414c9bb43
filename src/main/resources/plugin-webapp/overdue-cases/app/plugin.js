// Cockpit plugin "Overdue cases": every case whose legal deadline has passed, across all processes,
// as far as the signed-in user may see them. Data: OverdueCasesResource (cockpit/ package).

const PATH = "/overdue-cases";

const COLUMNS = [
  { key: "holderName", label: "Holder", text: (row) => `${row.holderName || ""} (${row.holderId || "?"})` },
  { key: "province", label: "Province", text: (row) => row.province ? `${row.province} (${row.provinceCode})` : "" },
  { key: "processName", label: "Process", text: (row) => row.processName || row.processDefinitionKey || "" },
  { key: "ruleId", label: "Rule", text: (row) => row.ruleId },
  { key: "lastDay", label: "Deadline", text: (row) => `${row.lastDay} 24:00 CST` },
  { key: "daysOverdue", label: "Days overdue", numeric: true, text: (row) => String(row.daysOverdue) },
  { key: "processInstanceId", label: "Case", link: true, text: (row) => row.processInstanceId },
];

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function compare(column, direction) {
  return (a, b) => {
    const x = a[column.key];
    const y = b[column.key];
    const order = column.numeric ? (x - y) : String(x ?? "").localeCompare(String(y ?? ""));
    return direction * order;
  };
}

function render(node, api) {
  const state = { rows: [], sortKey: "daysOverdue", direction: -1, filter: "", error: null, loaded: false };

  const draw = () => {
    const column = COLUMNS.find((c) => c.key === state.sortKey);
    const needle = state.filter.trim().toLowerCase();
    const rows = state.rows
      .filter((row) => !needle || COLUMNS.some((c) => c.text(row).toLowerCase().includes(needle)))
      .sort(compare(column, state.direction));
    const head = COLUMNS.map((c) => {
      const arrow = c.key === state.sortKey ? (state.direction > 0 ? " ▲" : " ▼") : "";
      return `<th><a href="" data-sort="${c.key}" class="overdue-sort">${escapeHtml(c.label)}${arrow}</a></th>`;
    }).join("");
    const body = rows.map((row) => "<tr>" + COLUMNS.map((c) => {
      if (c.link) {
        return `<td><a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime"`
          + ` title="${escapeHtml(row.message)}">${escapeHtml(c.text(row))}</a></td>`;
      }
      return `<td${c.numeric ? ' class="text-right"' : ""}>${escapeHtml(c.text(row))}</td>`;
    }).join("") + "</tr>").join("");
    const status = state.error ? `<div class="alert alert-danger">${escapeHtml(state.error)}</div>`
      : !state.loaded ? "<p>Loading…</p>"
      : `<p id="overdue-count">${rows.length} of ${state.rows.length} overdue deadlines</p>`;
    node.querySelector(".overdue-status").innerHTML = status;
    node.querySelector("thead").innerHTML = `<tr>${head}</tr>`;
    node.querySelector("tbody").innerHTML = body;
  };

  node.innerHTML = `
    <section class="overdue-cases" style="padding: 20px">
      <h1>Overdue cases</h1>
      <p>Every case whose legal deadline has passed while its obligation is still open, across all processes.
        The case stays overdue until the obligation is met. Click a column to sort, a case to open it.</p>
      <input type="search" class="form-control overdue-filter" placeholder="Filter by holder, province, process or rule"
        style="max-width: 420px; margin-bottom: 10px">
      <div class="overdue-status"></div>
      <table class="cam-table overdue-table" id="overdue-cases-table"><thead></thead><tbody></tbody></table>
    </section>`;

  node.querySelector("thead").addEventListener("click", (event) => {
    const link = event.target.closest("[data-sort]");
    if (!link) {
      return;
    }
    event.preventDefault();
    const key = link.getAttribute("data-sort");
    state.direction = state.sortKey === key ? -state.direction : 1;
    state.sortKey = key;
    draw();
  });
  node.querySelector(".overdue-filter").addEventListener("input", (event) => {
    state.filter = event.target.value;
    draw();
  });

  fetch(`${api.cockpitApi}/plugin/overdue-cases/${api.engine}/cases`, {
    credentials: "same-origin",
    headers: { Accept: "application/json", "X-XSRF-TOKEN": api.CSRFToken },
  })
    .then((response) => {
      if (!response.ok) {
        throw new Error(`The overdue cases could not be read (HTTP ${response.status}).`);
      }
      return response.json();
    })
    .then((rows) => {
      state.rows = rows;
    })
    .catch((error) => {
      state.error = error.message;
    })
    .finally(() => {
      state.loaded = true;
      draw();
    });
  draw();
}

export default [
  {
    id: "overdue-cases.navigation",
    pluginPoint: "cockpit.navigation",
    priority: 5,
    properties: { path: PATH },
    render: (node) => {
      node.innerHTML = `<a href="#${PATH}">Overdue cases</a>`;
    },
  },
  {
    id: "overdue-cases.page",
    pluginPoint: "cockpit.route",
    properties: { path: PATH },
    render: (node, { api }) => render(node, api),
  },
];
