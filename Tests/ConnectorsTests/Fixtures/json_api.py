"""A tiny JSON API for the HTTP source tests: two pages of orders behind a bearer token.

Prints its port, then serves until stdin closes. GET /orders?page=1 -> {"data": [...], "links": {"next": "/orders?page=2"}}.
"""
import http.server, json, sys, threading

TOKEN = sys.argv[1]
PAGES = {
    "1": {"data": [{"id": 1, "amount": 12.5, "customer": {"name": "Ann"}}], "links": {"next": "/orders?page=2"}},
    "2": {"data": [{"id": 2, "amount": 7, "customer": {"name": "Bob"}}], "links": {"next": None}},
}

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Authorization") != "Bearer " + TOKEN:
            self.send_response(401); self.end_headers(); return
        page = self.path.split("page=")[-1] if "page=" in self.path else "1"
        body = json.dumps(PAGES[page]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()
