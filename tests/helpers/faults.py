"""A misbehaving network peer on 127.0.0.1, in front of the real receiver.

It reads each HTTP request in full and then, depending on its mode, answers with
an error, stalls, drops the connection, holds the request until released, or
forwards it to the receiver (optionally holding back the receiver's answer).
"""

from __future__ import annotations

import select
import socket
import socketserver
import struct
import threading
from dataclasses import dataclass, field


def read_http_message(sock: socket.socket) -> bytes:
    """One request or response with a Content-Length body; b'' if the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@dataclass
class FaultProxy:
    target_port: int | None = None
    #: pass | error:<status> | stall | drop | hold | forward_then_hold | trickle | huge
    #: | redirect:<url>
    mode: str = "pass"
    retry_after: str | None = None
    requests: int = 0
    forwarded: int = 0
    gone_before_forward: int = 0
    huge_sent: int = 0
    last_request: bytes = b""
    release: threading.Event = field(default_factory=threading.Event)
    received: threading.Event = field(default_factory=threading.Event)
    answered_upstream: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _serve(self, client: socket.socket) -> None:
        request = read_http_message(client)
        if not request:
            return
        self.requests += 1
        self.last_request = request
        self.received.set()
        mode = self.mode
        if mode.startswith("error:"):
            status = mode.split(":", 1)[1]
            extra = f"Retry-After: {self.retry_after}\r\n" if self.retry_after else ""
            client.sendall(
                f"HTTP/1.1 {status} Failure\r\nContent-Length: 0\r\n{extra}"
                "Connection: close\r\n\r\n".encode()
            )
        elif mode == "stall":
            self.release.wait(60)
        elif mode == "trickle":
            # A valid answer, one byte every 0.2 s: each read is quick, the whole is endless.
            answer = b"HTTP/1.1 202 Accepted\r\nContent-Length: 4096\r\n\r\n" + b" " * 4096
            for byte in answer:
                if self.release.wait(0.2):
                    return
                client.sendall(bytes([byte]))
        elif mode == "huge":
            client.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n")
            chunk = b"x" * 65536
            try:
                for _ in range(16384):  # up to 1 GiB, unless the client hangs up first
                    client.sendall(chunk)
                    self.huge_sent += len(chunk)
            except OSError:
                return
        elif mode.startswith("redirect:"):
            location = mode.split(":", 1)[1]
            client.sendall(
                f"HTTP/1.1 307 Temporary Redirect\r\nLocation: {location}\r\n"
                "Content-Length: 0\r\nConnection: close\r\n\r\n".encode()
            )
        elif mode == "drop":
            # Linger on, zero seconds: closing sends a reset, as a crashed peer would.
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif mode == "hold":
            self.release.wait(60)
            if _closed(client):
                self.gone_before_forward += 1
                return
            client.sendall(self._forward(request))
        elif mode == "forward_then_hold":
            self._forward(request)
            self.answered_upstream.set()
            self.release.wait(60)
        else:
            client.sendall(self._forward(request))

    def _forward(self, request: bytes) -> bytes:
        assert self.target_port is not None
        with socket.create_connection(("127.0.0.1", self.target_port), timeout=10) as upstream:
            upstream.sendall(request)
            self.forwarded += 1
            return read_http_message(upstream)


def _closed(sock: socket.socket) -> bool:
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True
