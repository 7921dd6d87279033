"""The HTTP/1.1 protocol `jhakg serve` runs under uvicorn: uvicorn's h11 protocol, with a
request too long to read answered by the status that says why.

uvicorn answers any request h11 cannot read with 400 "Invalid HTTP request received" and
closes the connection at once; a client still sending a long URL then meets a reset and
never sees the answer. Here a request line longer than the limit is answered 414 (URI Too
Long), a header block longer than the limit 431, each with its reason; the connection is
then closed for writing, and what the client still sends is read and dropped for a moment
(a "lingering close"), so the answer reaches it.

Use it with ``uvicorn --http jhakg.web.http_protocol:H11WithLimits``; the limit is uvicorn's
``--h11-max-incomplete-event-size`` (``jhakg serve`` sets ``MAX_REQUEST_HEAD``).
"""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_REQUEST_HEAD = 64 * 1024  # bytes of request line and headers; a longer query is sent with POST
LINGER = 2.0  # seconds a refused client may go on sending before the connection is closed


class H11WithLimits(H11Protocol):
    _draining = False

    def data_received(self, data: bytes) -> None:
        if self._draining:  # the answer is sent: drop the rest of the request
            return
        super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        data, _ = self.conn.trailing_data
        limit = self.config.h11_max_incomplete_event_size
        if len(data) <= limit:  # not a size problem: uvicorn's own answer
            super().send_400_response(msg)
            return
        line_end = data.find(b"\r\n", 0, limit + 2)
        if line_end < 0:
            status, reason = 414, f"the URL is longer than {limit:,} bytes; send a long query with POST"
        else:
            status, reason = 431, f"the request's header fields are longer than {limit:,} bytes"
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
        for event in (h11.Response(status_code=status, headers=headers), h11.Data(data=reason.encode()),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self._draining = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER, self.transport.close)
