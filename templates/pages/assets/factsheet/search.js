// Site search over the Pagefind index that `factsheet build` makes of the built site.
//
// A query runs as it was typed, folded, and reduced to its transliteration skeleton
// (fold and skeleton are generator/folding.py written again in JavaScript;
// keep the two in step: tests/browser checks that they agree). Each fact sheet carries
// its names and aliases in those forms, weighted high, so "Fatimiyoun", "al Zurfi" or
// a name in Arabic or Persian script lead to the fact sheet first. The three result
// lists are merged by page, each page keeping its best score.
//
// Everything shown comes from the index and is written into the page as text, never
// as HTML: an excerpt is split at the <mark> tags Pagefind adds and each piece is a text node.

const LETTERS = new Map([
  ["\u06cc", "\u064a"], ["\u0649", "\u064a"], ["\u06d0", "\u064a"],
  ["\u06a9", "\u0643"], ["\u06aa", "\u0643"],
  ["\u0629", "\u0647"], ["\u06c3", "\u0647"], ["\u06be", "\u0647"], ["\u06c1", "\u0647"], ["\u06d5", "\u0647"],
  ["\u0671", "\u0627"],
  ["\u0640", ""], ["\u200c", ""], ["\u200d", ""],
  ["'", ""], ["\u2019", ""], ["\u2018", ""], ["\u02bc", ""], ["\u02bb", ""], ["\u02be", ""], ["\u02bf", ""],
  ["`", ""], ["\u00b4", ""],
  ["\u00df", "ss"], ["\u0131", "i"], ["\u0142", "l"], ["\u00f8", "o"], ["\u0111", "d"], ["\u00e6", "ae"],
  ["\u0153", "oe"], ["\u00fe", "th"], ["\u00f0", "d"],
]);
for (let d = 0; d < 10; d++) {
  LETTERS.set(String.fromCharCode(0x0660 + d), String(d));
  LETTERS.set(String.fromCharCode(0x06f0 + d), String(d));
}
const ARTICLE = /(?<![\p{L}\p{N}])(?:al|el|ul|ad|ar|as|at|az|an|ash|adh|ath)[-\u2010\u2011](?=[\p{L}\p{Nl}\p{No}])/gu;
const LONE_ARTICLES = new Set(["al", "el", "ul"]);
const ARABIC_ARTICLE = "\u0627\u0644";
const SKELETON_STEPS = [
  [/ph/g, "f"],
  [/[ae][iy]/g, "ai"],
  [/y/g, "i"],
  [/e/g, "i"],
  [/o/g, "u"],
  [/q/g, "k"],
  [/([a-z])\1+/g, "$1"],
  [/(?<=[aiu])h$/, ""],
];

export function fold(text) {
  let out = "";
  for (const c of text.toLowerCase().normalize("NFKD")) {
    if (/\p{Mn}/u.test(c)) continue;
    out += LETTERS.has(c) ? LETTERS.get(c) : c;
  }
  out = out.replace(ARTICLE, "").replace(/[^\p{L}\p{N}]/gu, " ");
  let words = out.split(" ").filter(Boolean);
  if (words.length > 1) {
    const kept = words.filter((w) => !LONE_ARTICLES.has(w));
    if (kept.length) words = kept;
  }
  words = words.map((w) => ([...w].length >= 4 && w.startsWith(ARABIC_ARTICLE) ? w.slice(2) : w));
  return words.join(" ");
}

export function skeleton(word) {
  if (!/^[a-z]+$/.test(word)) return word;
  for (const [pattern, replacement] of SKELETON_STEPS) word = word.replace(pattern, replacement);
  return word;
}

// The forms a query is searched in: as typed, folded, and as skeletons.
export function queryForms(query) {
  const typed = query.trim().replace(/\s+/g, " ");
  const folded = fold(typed);
  const skeletons = folded.split(" ").filter(Boolean).map(skeleton).join(" ");
  return [...new Set([typed, folded, skeletons].filter(Boolean))];
}

const ROOT = new URL("../../", import.meta.url);
let loading = null;

function pagefind() {
  if (!loading) {
    loading = import(new URL("pagefind/pagefind.js", ROOT).href).then(async (module) => {
      await module.options({ baseUrl: ROOT.pathname, excerptLength: 24 });
      await module.init();
      return module;
    });
  }
  return loading;
}

// Whether one of the page's names, folded (or as skeletons), is exactly the query.
function isNamed(data, wanted) {
  const names = ((data.meta && data.meta.names) || "").split(" | ");
  return names.some((name) => {
    const folded = fold(name);
    return wanted.has(folded) || wanted.has(folded.split(" ").map(skeleton).join(" "));
  });
}

// How many of the best-scored pages are checked for a match in their names and aliases.
const CHECKED = 16;
// The names block's data-pagefind-weight; headings weigh 7 at most.
const NAME_WEIGHT = 9.5;

// Results for a query, best first: [{id, score, data(), names}], where names counts the
// query's words found among the page's names and aliases. Pages that match by name come
// first: a reader who types a name wants that record's fact sheet, not the longest page
// that mentions it. Pagefind scores every page; the names are checked on the best few.
export async function search(query) {
  const forms = queryForms(query);
  if (!forms.length) return [];
  const engine = await pagefind();
  const lists = await Promise.all(forms.map((form) => engine.search(form)));
  const best = new Map();
  for (const list of lists) {
    for (const hit of (list && list.results) || []) {
      const seen = best.get(hit.id);
      if (!seen || hit.score > seen.score) best.set(hit.id, hit);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const head = ranked.slice(0, CHECKED);
  const loaded = await Promise.all(head.map((hit) => hit.data()));
  const wanted = new Set(forms.slice(1).concat(fold(query)));
  const checked = head.map((hit, i) => {
    const data = loaded[i];
    const names = (data.weighted_locations || []).filter((at) => at.weight >= NAME_WEIGHT).length;
    return { id: hit.id, score: hit.score, names, exact: names > 0 && isNamed(data, wanted), data: async () => data };
  });
  checked.sort((a, b) => b.exact - a.exact || (b.names > 0) - (a.names > 0) || b.score - a.score);
  const rest = ranked.slice(CHECKED).map((hit) => ({ id: hit.id, score: hit.score, names: 0, data: () => hit.data() }));
  return checked.concat(rest);
}

// A result's address: only paths on this site, never another scheme.
function safeHref(url) {
  try {
    const target = new URL(url, ROOT);
    return target.origin === ROOT.origin ? target.pathname + target.search + target.hash : null;
  } catch (error) {
    return null;
  }
}

function decoded(text) {
  // Entity references in the index's text become characters; nothing is parsed as markup.
  const area = document.createElement("textarea");
  area.innerHTML = text;
  return area.value;
}

function excerptNodes(excerpt) {
  const nodes = [];
  let marked = false;
  for (const piece of String(excerpt || "").split(/(<\/?mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) {
      const text = document.createTextNode(decoded(piece));
      if (marked) {
        const mark = document.createElement("mark");
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function resultItem(data) {
  const href = safeHref(data.url);
  const item = document.createElement("li");
  item.className = "fs-result";
  const link = document.createElement(href ? "a" : "span");
  link.className = "fs-result__title";
  if (href) link.href = href;
  link.textContent = (data.meta && data.meta.title) || data.url;
  item.append(link);
  if (data.meta && data.meta.kind) {
    const kind = document.createElement("span");
    kind.className = "fs-result__kind";
    kind.textContent = data.meta.kind;
    item.append(" ", kind);
  }
  const text = document.createElement("p");
  text.className = "fs-result__text";
  if (data.meta && data.meta.summary) text.textContent = data.meta.summary;
  else text.append(...excerptNodes(data.excerpt));
  item.append(text);
  return item;
}

function describe(count, query) {
  if (!count) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? "result" : "results"} for “${query}”.`;
}

// One search box: the header's (a popup of the best few) or the search page's (a full list).
class SearchBox {
  constructor(form, { limit, popup }) {
    this.form = form;
    this.input = form.querySelector("input[name=q]");
    this.status = form.querySelector(".fs-search__status") || form.parentElement.querySelector(".fs-search__status");
    this.list = form.querySelector(".fs-search__results") || form.parentElement.querySelector(".fs-search__results");
    this.popup = popup ? form.querySelector(".fs-search__popup") : null;
    this.limit = limit;
    this.shown = limit;
    this.run = 0;
    this.timer = 0;
    this.input.addEventListener("input", () => this.later());
    this.input.addEventListener("focus", () => pagefind().catch(() => {}), { once: true });
    form.addEventListener("keydown", (event) => this.keys(event));
    if (this.popup) {
      document.addEventListener("click", (event) => {
        if (!form.contains(event.target)) this.close();
      });
    }
  }

  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 150);
  }

  close() {
    if (this.popup) this.popup.hidden = true;
  }

  async update() {
    const query = this.input.value.trim();
    const run = ++this.run;
    this.onQuery(query);
    if (!query) {
      this.list.replaceChildren();
      this.status.textContent = "";
      this.close();
      return;
    }
    let results;
    try {
      results = await search(query);
    } catch (error) {
      if (run === this.run) this.status.textContent = "Search is not available on this copy of the site.";
      if (this.popup) this.popup.hidden = false;
      return;
    }
    const data = await Promise.all(results.slice(0, this.shown).map((hit) => hit.data()));
    if (run !== this.run) return; // a newer query has started
    this.list.replaceChildren(...data.map(resultItem));
    this.status.textContent = describe(results.length, query);
    if (this.popup) this.popup.hidden = false;
    this.more(results.length);
  }

  onQuery() {}

  more() {}

  keys(event) {
    const links = [...this.list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? this.input : links[at - 1]).focus();
    } else if (event.key === "Escape" && this.popup && !this.popup.hidden) {
      this.close();
      this.input.focus();
    }
  }
}

// The search page: the query lives in the address (?q=), and more results load on request.
class SearchPage extends SearchBox {
  constructor(form) {
    super(form, { limit: 20, popup: false });
    this.button = form.parentElement.querySelector(".fs-search__more");
    if (this.button) {
      this.button.addEventListener("click", () => {
        this.shown += this.limit;
        this.update();
      });
    }
    const query = new URLSearchParams(location.search).get("q") || "";
    if (query) {
      this.input.value = query;
      this.update();
    }
  }

  onQuery(query) {
    const address = new URL(location.href);
    if (query) address.searchParams.set("q", query);
    else address.searchParams.delete("q");
    history.replaceState(null, "", address);
  }

  more(total) {
    if (this.button) this.button.hidden = total <= this.shown;
  }
}

const page = document.querySelector("form[data-fs-search-page]");
if (page) new SearchPage(page);
const header = document.querySelector("form[data-fs-search]");
if (header && !page) new SearchBox(header, { limit: 6, popup: true });

// "/" moves to the search box, as on most sites with one.
document.addEventListener("keydown", (event) => {
  const field = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && !field && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const box = document.querySelector("form[data-fs-search-page] input[name=q], form[data-fs-search] input[name=q]");
    if (box) {
      event.preventDefault();
      box.focus();
    }
  }
});
