// Cockpit plugin "Overdue cases": every case whose legal deadline has passed, across all processes,
// as far as the signed-in user may see them, with who owes the step and what the supervising office did about it.
// The cases needing action come first; those followed up wait in their own section until their follow-up day.
// Data: OverdueCasesResource and OverdueCasesPage (cockpit/ package).

const PATH = "/overdue-cases";

const COLUMNS = [
  { key: "holderName", label: "Holder", text: (row) => `${row.holderName || ""} (${row.holderId || "?"})` },
  { key: "province", label: "Province", text: (row) => row.province ? `${row.province} (${row.provinceCode})` : "" },
  { key: "processName", label: "Process", text: (row) => row.processName || row.processDefinitionKey || "" },
  { key: "ruleId", label: "Rule", text: (row) => row.ruleId },
  { key: "deadline", label: "Deadline (last day)", text: (row) => row.deadlineText },
  { key: "daysOverdue", label: "Days late", numeric: true, text: (row) => String(row.daysOverdue) },
  { key: "owner", label: "Owes the step", owner: true, text: (row) => row.owner || "" },
  {
    key: "actionCount", label: "Actions recorded", actions: true, text: (row) => String((row.actions || []).length),
    value: (row) => (row.actions || []).length,
  },
  { key: "processInstanceId", label: "Case", link: true, text: (row) => row.processInstanceId },
];

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function valueOf(column, row) {
  return column.value ? column.value(row) : row[column.key];
}

function compare(column, direction) {
  return (a, b) => {
    const x = valueOf(column, a);
    const y = valueOf(column, b);
    const order = column.numeric || column.value ? (x - y) : String(x ?? "").localeCompare(String(y ?? ""));
    return direction * order;
  };
}

function ownerCell(row) {
  if (!row.owner) {
    return "<td>—</td>";
  }
  const users = (row.ownerUsers || []).map((user) => {
    const mail = user.email
      ? ` <a href="mailto:${encodeURIComponent(user.email).replace(/%40/g, "@")}">${escapeHtml(user.email)}</a>` : "";
    return `<li>${escapeHtml(user.name)} (${escapeHtml(user.id)})${mail}</li>`;
  }).join("");
  return `<td class="overdue-owner"><div>${escapeHtml(row.owner)}</div>`
    + (users ? `<ul class="overdue-users">${users}</ul>` : '<div class="text-muted">no users in the group</div>') + "</td>";
}

function actionsCell(row) {
  const actions = row.actions || [];
  if (!actions.length) {
    return '<td class="overdue-actions text-muted">none yet</td>';
  }
  return '<td class="overdue-actions"><ol>' + actions.map((action) => `<li><strong>${escapeHtml(action.recordedOn)}</strong> `
    + `${escapeHtml(action.actionText)}, by ${escapeHtml(action.recordedBy || "no signed-in user")}`
    + (action.remarks ? `: <q>${escapeHtml(action.remarks)}</q>` : "")
    + `; follow up on ${escapeHtml(action.followUpText)}</li>`).join("") + "</ol></td>";
}

function cell(column, row) {
  if (column.link) {
    return `<td><a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime"`
      + ` title="${escapeHtml(row.message)}">${escapeHtml(column.text(row))}</a></td>`;
  }
  if (column.owner) {
    return ownerCell(row);
  }
  if (column.actions) {
    return actionsCell(row);
  }
  return `<td${column.numeric ? ' class="text-right"' : ""}>${escapeHtml(column.text(row))}</td>`;
}

function render(node, api) {
  const state = { rows: [], sortKey: "daysOverdue", direction: -1, filter: "", error: null, loaded: false };
  const base = `${api.cockpitApi}/plugin/overdue-cases/${api.engine}/cases`;

  const drawTable = (table, rows, followedUp) => {
    const head = (followedUp ? ["<th>Back on</th>"] : []).concat(COLUMNS.map((c) => {
      const arrow = c.key === state.sortKey ? (state.direction > 0 ? " ▲" : " ▼") : "";
      return `<th><a href="" data-sort="${c.key}" class="overdue-sort">${escapeHtml(c.label)}${arrow}</a></th>`;
    })).join("");
    table.querySelector("thead").innerHTML = `<tr>${head}</tr>`;
    table.querySelector("tbody").innerHTML = rows.map((row) => "<tr>"
      + (followedUp ? `<td class="overdue-back-on">${escapeHtml(row.followUpText)}</td>` : "")
      + COLUMNS.map((c) => cell(c, row)).join("") + "</tr>").join("");
  };

  const draw = () => {
    const column = COLUMNS.find((c) => c.key === state.sortKey);
    const needle = state.filter.trim().toLowerCase();
    // The same texts the export's filter looks in (OverdueCase.searchText), so an export holds the rows shown.
    const shown = state.rows
      .filter((row) => !needle || row.searchText.includes(needle))
      .sort(compare(column, state.direction));
    const needing = shown.filter((row) => !row.followUpOn);
    const followed = shown.filter((row) => row.followUpOn);
    const total = state.rows.filter((row) => !row.followUpOn).length;
    const status = state.error ? `<div class="alert alert-danger">${escapeHtml(state.error)}</div>`
      : !state.loaded ? "<p>Loading…</p>"
      : `<p id="overdue-count">${needing.length} of ${total} overdue deadlines need action;`
        + ` ${followed.length} of ${state.rows.length - total} followed up</p>`;
    node.querySelector(".overdue-status").innerHTML = status;
    const filter = state.filter.trim() ? `?filter=${encodeURIComponent(state.filter.trim())}` : "";
    node.querySelector("#overdue-export-csv").setAttribute("href", `${base}/export.csv${filter}`);
    node.querySelector("#overdue-export-xlsx").setAttribute("href", `${base}/export.xlsx${filter}`);
    drawTable(node.querySelector("#overdue-cases-table"), needing, false);
    drawTable(node.querySelector("#overdue-followed-up-table"), followed, true);
    node.querySelector(".overdue-followed-up-count").textContent = state.loaded
      ? `${followed.length === 1 ? "1 case waits" : `${followed.length} cases wait`} for the follow-up day their office`
        + " set; each comes back to the list above on that day (00:00 China Standard Time), unless its obligation is met"
        + " first." : "";
  };

  node.innerHTML = `
    <section class="overdue-cases" style="padding: 20px">
      <h1>Overdue cases</h1>
      <p>Every case whose legal deadline has passed while its obligation is still open, across all processes,
        with the office that owes the step and what the supervising office did about it. The case stays overdue until
        the obligation is met. Click a column to sort, a case to open it; record an action on the case's escalation
        task in Tasklist.</p>
      <div class="overdue-toolbar">
        <input type="search" class="form-control overdue-filter"
          placeholder="Filter by holder, province, process, rule, office, user or action" style="max-width: 420px">
        <span class="overdue-export">Export the rows shown (both sections):
          <a href="${base}/export.csv" id="overdue-export-csv" download>CSV</a> ·
          <a href="${base}/export.xlsx" id="overdue-export-xlsx" download>Excel</a></span>
      </div>
      <div class="overdue-status"></div>
      <h2>Needing action</h2>
      <table class="cam-table overdue-table" id="overdue-cases-table"><thead></thead><tbody></tbody></table>
      <h2>Followed up</h2>
      <p class="overdue-followed-up-count"></p>
      <table class="cam-table overdue-table" id="overdue-followed-up-table"><thead></thead><tbody></tbody></table>
    </section>`;

  node.querySelectorAll("thead").forEach((head) => head.addEventListener("click", (event) => {
    const link = event.target.closest("[data-sort]");
    if (!link) {
      return;
    }
    event.preventDefault();
    const key = link.getAttribute("data-sort");
    state.direction = state.sortKey === key ? -state.direction : 1;
    state.sortKey = key;
    draw();
  }));
  node.querySelector(".overdue-filter").addEventListener("input", (event) => {
    state.filter = event.target.value;
    draw();
  });

  fetch(base, {
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
