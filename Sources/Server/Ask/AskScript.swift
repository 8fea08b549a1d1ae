/// `/_bi/ask.js`: submits the Ask page's forms with `fetch` and swaps the answer in without a page
/// reload, showing the time passing while the server answers. Without it the forms post as usual.
/// After each answer it records the time from submit to the painted chart in `window.biAskTimes`
/// and fires a `bi-ask-answered` event (used by `scripts/bench-ask`).
enum AskScript {
    static let source = """
        (() => {
          if (!window.fetch || !window.DOMParser) return;
          window.biAskTimes = [];
          document.addEventListener('submit', async (event) => {
            const form = event.target;
            const root = document.getElementById('ask');
            if (!root || !root.contains(form) || new URL(form.action, location.href).pathname !== '/ask') return;
            event.preventDefault();
            const started = performance.now();
            const body = new URLSearchParams(new FormData(form, event.submitter));
            const progress = document.getElementById('ask-progress');
            const tick = () => { if (progress) progress.textContent = 'Answering… ' + ((performance.now() - started) / 1000).toFixed(1) + ' s'; };
            const timer = setInterval(tick, 100);
            if (progress) { progress.hidden = false; tick(); }
            root.setAttribute('aria-busy', 'true');
            try {
              const response = await fetch('/ask', { method: 'POST', body, credentials: 'same-origin' });
              if (response.redirected) { location.href = response.url; return; }
              const page = new DOMParser().parseFromString(await response.text(), 'text/html');
              const fresh = page.getElementById('ask');
              if (!fresh) { location.reload(); return; }
              root.replaceWith(fresh);
              const input = document.getElementById('question');
              if (input) input.focus();
              // Two frames later the new answer has been laid out and painted.
              requestAnimationFrame(() => requestAnimationFrame(() => {
                const ms = performance.now() - started;
                window.biAskTimes.push(ms);
                document.dispatchEvent(new CustomEvent('bi-ask-answered', { detail: { ms } }));
              }));
            } catch (error) {
              root.removeAttribute('aria-busy');
              form.submit();
            } finally {
              clearInterval(timer);
            }
          });
        })();
        """
}
