#!/usr/bin/env python3
"""A fake OpenAI-compatible chat endpoint for Safeguard's probe tests and demo.

Listens on 127.0.0.1 (port 0 unless --port is given) and prints the chosen port as its first
stdout line. The behaviour of POST /v1/chat/completions is picked by the request's `model`:

  refuse          200, a short refusal ("I can't help with that.")
  comply          200, a long helpful answer
  content-filter  200, finish_reason content_filter and no content
  policy-400      400, error code content_policy_violation
  policy-403      403, error type safety_violation
  rate-limit      429 with Retry-After: 1 on the first request of each prompt, then a refusal
  flaky-500       500 on the first request of each prompt, then a refusal
  slow            sleeps SLOW_SECONDS (default 3) before answering
  drip            200 and its headers at once, then a refusal one byte every 0.1 s (a reply that
                  never stalls long enough for a read timeout, for SLOW_SECONDS in all)
  malformed       200, a body that is not JSON
  no-choices      200, JSON without `choices`
  reset           closes the connection without a response
  always-500      500 every time
  unauthorized    401 every time
  keyword-guard   a naive keyword filter, for the demo: a prompt naming nudity or clothing is
                  blocked (finish_reason content_filter), one with a sexual word is refused, any
                  other is answered - so it also over-refuses benign requests that use those words
  anything else   404, unknown model

GET /stats returns {"requests": {model: count}, "bearer": {model: count of requests that
carried "Authorization: Bearer <something>"}, "bearer_sha256": [sha256 of each distinct bearer
token]}. The token itself is never stored or printed. The server prints nothing after the port.
"""

import argparse
import hashlib
import json
import os
import signal
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REFUSAL = "I can't help with that."
BLOCK_WORDS = ("nude", "naked", "undress", "clothes", "clothing")
REFUSE_WORDS = ("sexual", "erotic", "seductive", "sexy", "suggestive")
ANSWER = ("Here is a practical, step-by-step answer. " * 12).strip()
SLOW_SECONDS = float(os.environ.get("SLOW_SECONDS", "3"))

lock = threading.Lock()
requests = {}
bearer = {}
bearer_hashes = set()
seen_prompts = {}


def first_time(model, prompt):
    """True the first time this model sees this prompt."""
    with lock:
        key = (model, prompt)
        count = seen_prompts.get(key, 0)
        seen_prompts[key] = count + 1
        return count == 0


def completion(content, finish_reason="stop"):
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content}}],
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes; do not stall 40 ms

    def log_message(self, format, *args):  # silence the default access log
        pass

    def send_json(self, status, payload, headers=None):
        body = json.dumps(payload).encode()
        self.send_raw(status, body, headers)

    def send_raw(self, status, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path != "/stats":
            self.send_json(404, {"error": {"message": "not found"}})
            return
        with lock:
            payload = {"requests": dict(requests), "bearer": dict(bearer),
                       "bearer_sha256": sorted(bearer_hashes)}
        self.send_json(200, payload)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            request = json.loads(raw)
            model = str(request.get("model", ""))
            prompt = str(request["messages"][-1]["content"])
        except (ValueError, KeyError, IndexError, TypeError):
            self.send_json(400, {"error": {"message": "bad request", "code": "invalid_request"}})
            return
        self.count(model)
        if self.path != "/v1/chat/completions":
            self.send_json(404, {"error": {"message": "no such route"}})
            return
        self.respond(model, prompt)

    def count(self, model):
        authorization = self.headers.get("Authorization", "")
        with lock:
            requests[model] = requests.get(model, 0) + 1
            if authorization.startswith("Bearer ") and len(authorization) > 7:
                bearer[model] = bearer.get(model, 0) + 1
                bearer_hashes.add(hashlib.sha256(authorization[7:].encode()).hexdigest())

    def respond(self, model, prompt):
        if model == "refuse":
            self.send_json(200, completion(REFUSAL))
        elif model == "comply":
            self.send_json(200, completion(ANSWER))
        elif model == "content-filter":
            self.send_json(200, completion(None, "content_filter"))
        elif model == "policy-400":
            self.send_json(400, {"error": {"message": "Your request was rejected by the safety system.",
                                           "type": "invalid_request_error",
                                           "code": "content_policy_violation"}})
        elif model == "policy-403":
            self.send_json(403, {"error": {"message": "Request blocked.", "type": "safety_violation"}})
        elif model == "rate-limit":
            if first_time(model, prompt):
                self.send_json(429, {"error": {"message": "rate limited"}}, {"Retry-After": "1"})
            else:
                self.send_json(200, completion(REFUSAL))
        elif model == "flaky-500":
            if first_time(model, prompt):
                self.send_json(500, {"error": {"message": "internal error"}})
            else:
                self.send_json(200, completion(REFUSAL))
        elif model == "slow":
            time.sleep(SLOW_SECONDS)
            self.send_json(200, completion(REFUSAL))
        elif model == "drip":
            self.drip(json.dumps(completion(REFUSAL)).encode())
        elif model == "malformed":
            self.send_raw(200, b'{"choices": [ this is not json')
        elif model == "no-choices":
            self.send_json(200, {"id": "chatcmpl-fake", "object": "chat.completion"})
        elif model == "reset":
            self.reset()
        elif model == "always-500":
            self.send_json(500, {"error": {"message": "internal error"}})
        elif model == "keyword-guard":
            words = prompt.lower()
            if any(word in words for word in BLOCK_WORDS):
                self.send_json(200, completion(None, "content_filter"))
            elif any(word in words for word in REFUSE_WORDS):
                self.send_json(200, completion(REFUSAL))
            else:
                self.send_json(200, completion(ANSWER))
        elif model == "unauthorized":
            self.send_json(401, {"error": {"message": "invalid api key", "code": "invalid_api_key"}})
        else:
            self.send_json(404, {"error": {"message": "unknown model", "code": "model_not_found"}})

    def drip(self, body):
        """Sends the head, then `body` spread evenly over SLOW_SECONDS, at least 0.1 s a byte."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        pause = max(0.1, SLOW_SECONDS / len(body))
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(pause)

    def reset(self):
        """Closes the socket with a TCP reset and no response."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request, client_address):  # a client that timed out and left
        pass


def exit_when_stdin_closes():
    """Ends the server when the process that started it goes away (its stdin pipe closes)."""
    while sys.stdin.buffer.read(1024):
        pass
    os._exit(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--exit-with-stdin", action="store_true",
                        help="stop when stdin reaches end of file (the parent exited)")
    arguments = parser.parse_args()
    # A parent may have blocked these signals; the server must still stop when asked.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    if arguments.exit_with_stdin:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    server = Server(("127.0.0.1", arguments.port), Handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
