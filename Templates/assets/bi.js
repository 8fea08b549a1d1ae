/* SmartBI page enhancements. Every page is complete without this script; it adds sorting,
   searching and paging to tables, switches precomputed results when an input changes (keeping the
   selection in the URL), and site search. No framework, no build step. */
(function () {
  "use strict";
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };

  /* Tables ---------------------------------------------------------------------------------- */
  function enhanceTable(box) {
    var table = box.querySelector("table"), body = table && table.tBodies[0];
    if (!body || body.rows.length === 0) return;
    var rows = Array.prototype.slice.call(body.rows), shown = rows;
    var pageSize = parseInt(box.getAttribute("data-page-size"), 10) || 10, page = 0, sortIndex = -1, ascending = true;
    var foot = box.querySelector(".table-foot"), note = box.querySelector(".table-note");
    var pager = document.createElement("span");
    pager.className = "pager";
    var previous = button("‹ Previous"), next = button("Next ›"), position = document.createElement("span");
    pager.append(previous, position, next);
    foot.insertBefore(pager, note.nextSibling);
    previous.addEventListener("click", function () { page -= 1; draw(); });
    next.addEventListener("click", function () { page += 1; draw(); });

    if (box.hasAttribute("data-search") && rows.length > pageSize) {
      var tools = document.createElement("div"), search = document.createElement("input");
      tools.className = "table-tools";
      search.type = "search";
      search.placeholder = "Search " + rows.length + " rows";
      search.setAttribute("aria-label", "Search the table");
      tools.append(search);
      box.insertBefore(tools, box.querySelector(".table-wrap"));
      search.addEventListener("input", function () {
        var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
        shown = rows.filter(function (row) {
          var text = row.textContent.toLowerCase();
          return words.every(function (word) { return text.indexOf(word) >= 0; });
        });
        page = 0;
        draw();
      });
    }

    all("thead th", table).forEach(function (header, index) {
      var sort = button(header.textContent);
      sort.className = "sort";
      header.textContent = "";
      header.append(sort);
      sort.addEventListener("click", function () {
        ascending = sortIndex === index ? !ascending : header.getAttribute("data-type") !== "number";
        sortIndex = index;
        all("thead th", table).forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = header.getAttribute("data-type") === "number";
        var key = function (row) {
          var cell = row.cells[index];
          return numeric ? parseFloat(cell.getAttribute("data-v") || "NaN") : cell.textContent.trim().toLowerCase();
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (numeric) { if (isNaN(x)) return 1; if (isNaN(y)) return -1; }
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        var visible = new Set(shown);
        shown = rows.filter(function (row) { return visible.has(row); });
        draw();
      });
    });

    function draw() {
      var pages = Math.max(1, Math.ceil(shown.length / pageSize));
      page = Math.min(Math.max(page, 0), pages - 1);
      body.replaceChildren.apply(body, shown.slice(page * pageSize, (page + 1) * pageSize));
      var first = shown.length ? page * pageSize + 1 : 0, last = Math.min(shown.length, (page + 1) * pageSize);
      position.textContent = first + "–" + last + " of " + shown.length;
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
      pager.hidden = rows.length <= pageSize;
    }
    draw();
  }

  function button(label) {
    var element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    return element;
  }

  /* Inputs: every combination was computed at build time; show the chosen one. ---------------- */
  function enhanceInputs() {
    var forms = all("form.bi-input");
    if (forms.length === 0) return;
    var params = new URLSearchParams(location.search);
    forms.forEach(function (form) {
      var name = form.getAttribute("data-input");
      if (params.has(name)) setValue(form, params.get(name));
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
    });
    apply();

    function apply() {
      var selection = forms.map(function (form) { return [form.getAttribute("data-input"), value(form)]; })
        .sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
      var id = selection.map(function (pair) { return pair[0] + "=" + encodeURIComponent(pair[1]); }).join("&");
      all(".bi-variants").forEach(function (group) {
        var variants = all(":scope > [data-variant]", group);
        var match = variants.filter(function (variant) { return variant.getAttribute("data-variant") === id; })[0];
        if (match) variants.forEach(function (variant) { variant.hidden = variant !== match; });
      });
      var url = new URL(location.href);
      selection.forEach(function (pair) { url.searchParams.set(pair[0], pair[1]); });
      history.replaceState(null, "", url);
    }
  }

  function value(form) {
    var select = form.querySelector("select");
    if (select) return select.value;
    var checked = form.querySelector("input:checked");
    return checked ? checked.value : "";
  }

  function setValue(form, chosen) {
    var select = form.querySelector("select");
    if (select) { select.value = chosen; return; }
    all("input", form).forEach(function (radio) { radio.checked = radio.value === chosen; });
  }

  /* Site search over the index written at build time. ----------------------------------------- */
  function enhanceSearch() {
    var box = document.querySelector(".site-search");
    if (!box) return;
    var input = box.querySelector("input"), results = box.querySelector(".search-results"), index = null;
    var root = box.getAttribute("data-root") || "";
    box.hidden = false;
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load(); show(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; show(); }
    });

    function load() {
      if (index !== null) return;
      index = [];
      fetch(root + "search-index.json").then(function (response) { return response.json(); })
        .then(function (pages) { index = pages; show(); })
        .catch(function () { box.hidden = true; });
    }

    function show() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      results.replaceChildren();
      if (words.length === 0) return;
      var hits = index.map(function (page) {
        var title = page.title.toLowerCase(), text = page.text.toLowerCase(), score = 0;
        for (var i = 0; i < words.length; i++) {
          if (title.indexOf(words[i]) >= 0) score += 3;
          else if (text.indexOf(words[i]) >= 0) score += 1;
          else return null;
        }
        return { page: page, score: score };
      }).filter(Boolean).sort(function (a, b) { return b.score - a.score; }).slice(0, 8);
      hits.forEach(function (hit) {
        var item = document.createElement("li"), link = document.createElement("a");
        link.href = root + hit.page.url;
        link.textContent = hit.page.title;
        item.append(link);
        results.append(item);
      });
      if (hits.length === 0) {
        var none = document.createElement("li");
        none.textContent = "No matches";
        results.append(none);
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    all(".bi-table").forEach(enhanceTable);
    enhanceInputs();
    enhanceSearch();
  });
})();
