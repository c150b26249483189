// Filters for a table of records: a <select> per column named in the wrapper's
// data-fs-filter attribute ("Status|About|Claimed by"). Without scripts the table reads
// as it is; with them, readers narrow it down, and the choice is kept in the address
// (?status=denied&about=Fatemiyoun) so a filtered view can be linked to.
//
// A cell's values are its links' texts (a claim about two groups has two), else its text.

function cellValues(cell) {
  const links = [...cell.querySelectorAll("a")].map((a) => a.textContent.trim()).filter(Boolean);
  if (links.length) return links;
  const text = cell.textContent.trim();
  return text && text !== "—" ? [text] : [];
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function setUp(wrapper, index) {
  const table = wrapper.querySelector("table");
  if (!table || !table.tBodies.length) return;
  const headers = [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim());
  const rows = [...table.tBodies[0].rows];
  const wanted = wrapper.getAttribute("data-fs-filter").split("|").map((name) => name.trim());
  const params = new URLSearchParams(location.search);

  const controls = document.createElement("form");
  controls.className = "fs-filter__controls";
  controls.setAttribute("aria-label", "Filter the table");
  const filters = [];
  for (const name of wanted) {
    const column = headers.indexOf(name);
    if (column < 0) continue;
    const counts = new Map();
    for (const row of rows) {
      for (const value of new Set(cellValues(row.cells[column]))) counts.set(value, (counts.get(value) || 0) + 1);
    }
    const id = `fs-filter-${index}-${slug(name)}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = name;
    const select = document.createElement("select");
    select.id = id;
    select.name = slug(name);
    select.append(new Option("Any", ""));
    const values = [...counts.keys()].sort((a, b) => a.localeCompare(b));
    for (const value of values) select.append(new Option(`${value} (${counts.get(value)})`, value));
    const preset = params.get(select.name);
    if (preset && counts.has(preset)) select.value = preset;
    const field = document.createElement("div");
    field.className = "fs-filter__field";
    field.append(label, select);
    controls.append(field);
    filters.push({ column, select });
  }
  if (!filters.length) return;

  const reset = document.createElement("button");
  reset.type = "reset";
  reset.className = "md-button fs-filter__reset";
  reset.textContent = "Show all";
  const status = document.createElement("p");
  status.className = "fs-filter__status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  controls.append(reset);
  wrapper.before(controls, status);

  function apply() {
    let shown = 0;
    for (const row of rows) {
      const match = filters.every(({ column, select }) => !select.value || cellValues(row.cells[column]).includes(select.value));
      row.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = shown === rows.length ? `Showing all ${rows.length}.` : `Showing ${shown} of ${rows.length}.`;
    const address = new URL(location.href);
    for (const { select } of filters) {
      if (select.value) address.searchParams.set(select.name, select.value);
      else address.searchParams.delete(select.name);
    }
    history.replaceState(null, "", address);
  }

  controls.addEventListener("change", apply);
  controls.addEventListener("submit", (event) => event.preventDefault());
  controls.addEventListener("reset", () => setTimeout(apply));
  apply();
}

document.querySelectorAll("[data-fs-filter]").forEach(setUp);
