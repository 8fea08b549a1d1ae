/// The stylesheets of the server's own pages and of the error overlay, and the live-reload script, served under `/_bi/`.
enum ServerAssets {
    static let css = """
        :root { --fg: #1d2330; --muted: #5b6475; --bg: #f4f5f8; --card: #fff; --line: #d9dde5; --accent: #2f5bd3; --danger: #b42318; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e8ee; --muted: #a3aab8; --bg: #14171e; --card: #1d212b; --line: #323847; --accent: #7d9dff; --danger: #ff8a80; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
        .bar { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; padding: .75rem 1.25rem; background: var(--card); border-bottom: 1px solid var(--line); }
        .bar nav { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        .brand { font-weight: 650; color: var(--fg); text-decoration: none; }
        a { color: var(--accent); }
        .panel { max-width: 46rem; margin: 2rem auto; padding: 1.5rem 1.75rem; background: var(--card); border: 1px solid var(--line); border-radius: 10px; }
        .panel.narrow { max-width: 24rem; }
        h1 { font-size: 1.4rem; margin: 0 0 1rem; }
        label { display: block; font-weight: 600; margin: .9rem 0 .3rem; }
        label.check { font-weight: 400; display: flex; gap: .5rem; align-items: center; }
        input[type=text], input[type=password], input[type=email], select { width: 100%; padding: .55rem .65rem; font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
        button { margin-top: 1rem; padding: .55rem 1.1rem; font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: 6px; cursor: pointer; }
        button.danger { background: var(--danger); }
        button.link { margin: 0; padding: 0; background: none; color: var(--accent); font-weight: 400; text-decoration: underline; }
        form.inline { display: inline; }
        form.inline button { margin: 0 .25rem 0 0; padding: .3rem .6rem; font-size: .85rem; }
        .error { color: var(--danger); font-weight: 600; }
        .status { color: var(--muted); }
        .muted { color: var(--muted); font-size: .9rem; }
        code, .secret { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
        .qr { display: block; margin: 1rem 0; max-width: 100%; height: auto; border-radius: 6px; }
        table { width: 100%; border-collapse: collapse; font-size: .9rem; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .codes { columns: 2; font-family: ui-monospace, monospace; }
        .scroll { overflow-x: auto; }
        .panel.wide { max-width: 64rem; margin: 1.25rem auto; }
        .ask-row { display: flex; gap: .5rem; align-items: center; }
        .ask-row input { flex: 1; min-width: 0; }
        .ask-row button { margin-top: 0; }
        button.chip { margin: .2rem .1rem; padding: .25rem .6rem; font-weight: 400; font-size: .85rem; color: var(--accent); background: var(--bg); border: 1px solid var(--line); border-radius: 999px; text-align: left; }
        .ask-try { margin-top: .5rem; }
        .ask-turns { margin: 0 0 .5rem; padding-left: 1.4rem; color: var(--muted); }
        .ask-turns li:last-child { color: var(--fg); font-weight: 600; }
        .ask-interpretation { margin-top: 1.25rem; }
        .ask-chart { margin: 1rem 0; padding: .5rem; background: #fff; border-radius: 8px; border: 1px solid var(--line); }
        .ask-chart svg { display: block; width: 100%; height: auto; }
        .ask-chart .narrow { display: none; }
        @media (max-width: 600px) { .ask-chart .wide { display: none; } .ask-chart .narrow { display: block; } .panel { margin: .5rem; padding: 1rem; } }
        .ask-value { font-size: 2.2rem; font-weight: 650; margin: 1rem 0; } .ask-value span { display: block; font-size: .9rem; font-weight: 400; color: var(--muted); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .ask-sql { padding: .75rem; overflow-x: auto; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; font-size: .85rem; white-space: pre-wrap; }
        .ask-refusal { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid var(--danger); border-radius: 8px; }
        .ask-report textarea { width: 100%; font: .85rem ui-monospace, monospace; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
        .ask-rows summary { cursor: pointer; color: var(--accent); margin: .5rem 0; }
        .ask-list { padding-left: 1.2rem; } .ask-list li { margin: .2rem 0; }
        #ask[aria-busy=true] #ask-answer { opacity: .5; }
        """

    /// Only the build-error overlay, for site pages (whose theme must stay as it is).
    static let overlayCSS = """
        #bi-overlay { position: sticky; top: 0; z-index: 10; margin: 0; padding: 1rem 1.25rem; color: #fff; background: #7a1010; font: 14px/1.45 ui-monospace, monospace; white-space: pre-wrap; box-shadow: 0 2px 10px #0006; }
        #bi-overlay strong { display: block; font: 600 15px system-ui, sans-serif; margin-bottom: .4rem; }
        """

    /// Listens for rebuilds; when the current page changed, fetches it and swaps the body in place
    /// (no reload, the scroll position stays). Pages work without it.
    static let liveScript = """
        (() => {
          if (!window.EventSource) return;
          const here = () => { const p = location.pathname.replace(/^\\//, ''); return p === '' || p.endsWith('/') ? p + 'index.html' : p; };
          const swap = async () => {
            const response = await fetch(location.href, { credentials: 'same-origin', cache: 'no-store' });
            if (response.redirected || !response.ok) { location.reload(); return; }
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            document.title = doc.title;
            const y = window.scrollY;
            document.body.replaceWith(doc.body);
            window.scrollTo(0, y);
          };
          const source = new EventSource('/_bi/events');
          source.addEventListener('change', (event) => {
            const change = JSON.parse(event.data);
            if (change.failed || change.paths.includes(here())) swap();
          });
        })();
        """
}
