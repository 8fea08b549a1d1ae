"""A minimal Chrome DevTools Protocol client: start headless Chromium, open pages, run scripts,
collect console errors, take screenshots. Only what the site tests need."""
import base64
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request

import websocket


class Browser:
    def __init__(self, executable="chromium"):
        self.profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile.name}", "about:blank"],
            stderr=subprocess.PIPE, text=True, start_new_session=True)
        for line in self.process.stderr:
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                self.port = int(re.search(r":(\d+)/", match.group(1)).group(1))
                break
        else:
            raise RuntimeError("chromium did not start")

    def page(self, width, height):
        with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new", method="PUT")) as response:
            target = json.load(response)
        return Page(target["webSocketDebuggerUrl"], width, height)

    def close(self):
        # Chromium's helper processes (renderer, GPU, crash handler) share its process group and may
        # still write to the profile after the browser has gone: end them all, then remove what is
        # left of the profile as far as it can be.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        self.profile.cleanup()


class Page:
    def __init__(self, url, width, height):
        self.socket = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.errors = []
        self.loaded = False
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)

    def call(self, method, **params):
        self.next_id += 1
        request = self.next_id
        self.socket.send(json.dumps({"id": request, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == request:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.observe(message)

    def observe(self, message):
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.exceptionThrown":
            self.errors.append(params["exceptionDetails"].get("exception", {}).get("description", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(params["entry"]["text"] + " " + params["entry"].get("url", ""))
        elif method == "Page.loadEventFired":
            self.loaded = True

    def goto(self, url):
        self.loaded = False
        self.call("Page.navigate", url=url)
        self.wait_for_load()

    def wait_for_load(self, seconds=15):
        deadline = time.time() + seconds
        while not self.loaded and time.time() < deadline:
            self.socket.settimeout(max(0.1, deadline - time.time()))
            try:
                self.observe(json.loads(self.socket.recv()))
            except websocket.WebSocketTimeoutException:
                break
        self.socket.settimeout(30)
        if not self.loaded:
            raise RuntimeError("page did not load")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, path):
        height = self.evaluate("document.documentElement.scrollHeight")
        width = self.evaluate("window.innerWidth")
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
