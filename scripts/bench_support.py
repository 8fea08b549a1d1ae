"""Helpers for scripts/bench-server and scripts/measure-live-reload: a throw-away copy of the demo
project, a user with an authenticator, `bi serve` on loopback, and signing in like a browser."""
import base64
import hashlib
import hmac
import http.cookiejar
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

PASSWORD = "bench-plum-orchard-velvet-42"


def totp(secret_base32, at=None):
    """RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret."""
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8))
    counter = struct.pack(">Q", int((at or time.time()) // 30))
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0xF
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def make_project(repository):
    """Copies bi.yml, reports/ and Templates/ of the repository; links the demo database."""
    folder = tempfile.mkdtemp(prefix="smartbi-bench-")
    shutil.copy(os.path.join(repository, "bi.yml"), folder)
    shutil.copytree(os.path.join(repository, "reports"), os.path.join(folder, "reports"))
    if os.path.isdir(os.path.join(repository, "Templates")):
        shutil.copytree(os.path.join(repository, "Templates"), os.path.join(folder, "Templates"))
    os.makedirs(os.path.join(folder, "data"))
    os.symlink(os.path.abspath(os.path.join(repository, "data", "demo.db")), os.path.join(folder, "data", "demo.db"))
    return folder


def add_user(bi, folder, name, role):
    """Adds a user with an authenticator; returns the base32 secret from the otpauth:// URI."""
    result = subprocess.run([bi, "users", "add", name, "--role", role, "--totp", "--password-stdin",
                             "--state", os.path.join(folder, "state.sqlite")],
                            input=PASSWORD + "\n", capture_output=True, text=True, check=True)
    return urllib.parse.parse_qs(urllib.parse.urlparse(result.stdout.strip()).query)["secret"][0]


def start_server(bi, folder, port, more=(), wait_seconds=60):
    """Starts `bi serve` on `folder` (with `more` arguments) and waits until it answers."""
    server = subprocess.Popen([bi, "serve", "--project", folder, "--port", str(port),
                               "--state", os.path.join(folder, "state.sqlite"), *more],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(wait_seconds * 10):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("bi serve did not start")


def sign_in(port, name, secret):
    """Signs in through /login and /login/verify; returns the session cookie value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{port}"

    def csrf(html):
        return re.search(r'name="csrf" value="([^"]*)"', html).group(1).replace("&amp;", "&")

    form = opener.open(base + "/login").read().decode()
    verify = opener.open(base + "/login", urllib.parse.urlencode(
        {"csrf": csrf(form), "username": name, "password": PASSWORD, "next": "/"}).encode()).read().decode()
    opener.open(base + "/login/verify", urllib.parse.urlencode(
        {"csrf": csrf(verify), "code": totp(secret), "next": "/"}).encode()).read()
    return next(cookie.value for cookie in jar if cookie.name == "bi_session")
