#!/usr/bin/env python3
"""Serves build/web/ on 127.0.0.1:8080 (or --port), as a production static host would:
correct content types (application/wasm), the pre-compressed .br/.gz files when the browser
accepts them, long caching for versioned requests (?v=...) and none for the page itself, and
the page's Content-Security-Policy as a header too. platform/nginx/ does the same for nginx.

    scripts/serve_web.py [--dir build/web] [--port 8080] [--quiet]
"""
import argparse
import http.server
import os
import posixpath
import re
import urllib.parse

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}


def page_policy(index_html):
    """The Content-Security-Policy of the page's <meta> (none when it has none, as the benchmarks'
    baseline page), so the header cannot drift from it."""
    with open(index_html, encoding="utf-8") as f:
        match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', f.read())
    return match.group(1) if match else None


class Handler(http.server.BaseHTTPRequestHandler):
    root = "."
    quiet = False
    policy = None

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)

    def do_HEAD(self):
        self.serve(send_body=False)

    def do_GET(self):
        self.serve(send_body=True)

    def serve(self, send_body):
        parsed = urllib.parse.urlsplit(self.path)
        path = posixpath.normpath(urllib.parse.unquote(parsed.path))
        if path in ("/", "."):
            path = "/index.html"
        rel = path.lstrip("/")
        full = os.path.realpath(os.path.join(self.root, rel))
        if not full.startswith(os.path.realpath(self.root) + os.sep) or not os.path.isfile(full):
            self.send_error(404, "Not found")
            return
        ext = os.path.splitext(full)[1]
        accept = self.headers.get("Accept-Encoding", "")
        encoding = None
        body_path = full
        for enc, suffix in (("br", ".br"), ("gzip", ".gz")):
            if enc in accept and os.path.isfile(full + suffix):
                encoding, body_path = enc, full + suffix
                break
        with open(body_path, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(ext, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        versioned = "v=" in (parsed.query or "") or rel.startswith("icon")
        if versioned:
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=os.path.join(here, "..", "build", "web"))
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.dir, "index.html")):
        raise SystemExit(f"serve_web: {args.dir}/index.html not found; build the web bundle first (scripts/build.sh web)")
    Handler.root = os.path.abspath(args.dir)
    Handler.quiet = args.quiet
    Handler.policy = page_policy(os.path.join(args.dir, "index.html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"Serving {Handler.root} at http://127.0.0.1:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
