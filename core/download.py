"""Writing a product archive to disk so that it never looks complete when it is not.

The bytes go to ``<name>.part``; the file gets its real name only when the bytes received match the
announced length (counted on the wire, so also for a compressed transfer), a compressed body reached its
end, and the announced checksum matches. Otherwise:

* cancelled, or a checksum that does not match (corrupted): nothing is kept;
* cut short, too slow, stalled: ``.part`` is kept and DownloadIncompleteError says why;
* complete but not verifiable (a checksum method the plugin cannot compute, or neither length nor
  checksum nor chunked framing): ``.part`` is kept and DownloadUnverifiedError says why.

A download has no overall deadline (a 2 GB product takes long) but a floor: no bytes for ``idle`` seconds,
or less than ``min_rate`` over ``rate_window`` seconds, stops it; a cancel stops it within a second
(deadline.py; docs/decisions/0001-deadlines.md).
"""

import base64
import hashlib
import http.client
import os
import re
import socket
import zlib
from dataclasses import dataclass
from pathlib import Path

import requests
import urllib3

from . import errors
from .deadline import CANCELLED, STALLED, TOO_SLOW, Budget, spending
from .i18n import Number, Text
from .log import LOGGER

CHUNK_BYTES = 16 * 1024
# What a broken or timed-out connection raises while the body is read (not a disk error: those are OSError).
_FAILURES = (
    urllib3.exceptions.HTTPError,
    requests.exceptions.RequestException,
    http.client.HTTPException,
    ConnectionError,
    socket.timeout,
)


@dataclass
class DownloadPolicy:
    idle: float = 60.0  # seconds without a byte before giving up
    min_rate: float = 2048.0  # bytes per second, averaged over rate_window: below it the download stops
    rate_window: float = 60.0


class DownloadIncompleteError(errors.NetworkError):
    """The download stopped before the end; the part received is kept at ``partial_path``."""

    def __init__(self, message, *, partial_path=None, **kwargs):
        self.partial_path = partial_path
        super().__init__(message, **kwargs)


class DownloadUnverifiedError(errors.OneAtlasError):
    """Every byte seems to have arrived but nothing proves it; the file is kept at ``partial_path``."""

    def __init__(self, message, *, partial_path=None, **kwargs):
        self.partial_path = partial_path
        super().__init__(message, **kwargs)


def _hash_name(method):
    """hashlib's name for an announced checksum method ("MD5", "SHA-256", "sha256"...), or None."""
    wanted = re.sub(r"[^a-z0-9]", "", method.lower())
    for name in sorted(hashlib.algorithms_guaranteed):
        if re.sub(r"[^a-z0-9]", "", name) == wanted and not name.startswith("shake"):
            return name
    return None


def _matches(digest, announced):
    announced = announced.strip()
    if announced.lower() == digest.hexdigest():
        return True
    try:  # some servers announce the digest in base64 (as Content-MD5 does)
        return base64.b64decode(announced, validate=True) == digest.digest()
    except ValueError:
        return False


class _Expectation:
    """What the headers promise: wire length, content encoding, checksum."""

    def __init__(self, headers):
        try:
            self.length = int(headers.get("Content-Length"))
        except (TypeError, ValueError):
            self.length = None
        self.chunked = "chunked" in (headers.get("Transfer-Encoding") or "").lower()
        self.encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
        self.checksum = (headers.get("X-Ads-Checksum-Value") or "").strip()
        # The API documents md5 [SPEC-LL]; a value without a method is read as md5.
        self.method = (headers.get("X-Ads-Checksum-Method") or "md5").strip()
        name = _hash_name(self.method) if self.checksum else None
        self.digest = hashlib.new(name) if name else None

    def decoder(self):
        if self.encoding in ("identity", ""):
            return None
        if self.encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self.encoding == "deflate":
            return zlib.decompressobj()
        raise errors.UnexpectedResponseError(Text(
            "OneAtlas sent the product compressed as '{encoding}', which this plugin cannot unpack. "
            "Try again later.", encoding=str(self.encoding)))


def save_stream(response, destination, *, progress=None, is_cancelled=None, policy=None):
    """Write ``response`` (streamed) to ``destination`` through a ``.part`` file and verify it.
    ``progress(received_bytes, total_bytes or None)``. Returns the destination Path."""
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".part")
    policy = policy or DownloadPolicy()
    budget = Budget(
        idle=policy.idle, min_rate=policy.min_rate, rate_window=policy.rate_window, is_cancelled=is_cancelled
    )
    expected = _Expectation(response.headers)
    keep = True
    try:
        decoder = expected.decoder()
        written, wire = _copy(response, partial, expected, decoder, budget, progress)
        _verify(expected, decoder, written, wire, partial, policy)
        os.replace(partial, destination)
    except (errors.DownloadCancelledError, errors.ChecksumMismatchError, errors.UnexpectedResponseError):
        keep = False
        raise
    except OSError as error:
        keep = False
        raise errors.OneAtlasError(
            Text("Could not write the downloaded file: {error}", error=str(error))) from None
    finally:
        response.close()
        if not keep:
            _remove(partial)
    LOGGER.info("Downloaded %s (%d bytes, %s checksum checked)", destination.name, written, expected.method)
    return destination


def _copy(response, partial, expected, decoder, budget, progress):
    """Copy the body to ``partial``; returns (bytes written, bytes received on the wire)."""
    written = 0
    with open(partial, "wb") as output, spending(budget):
        try:
            for raw in response.raw.stream(CHUNK_BYTES, decode_content=False):
                if budget.is_cancelled is not None and budget.is_cancelled():
                    raise errors.DownloadCancelledError()
                data = decoder.decompress(raw) if decoder is not None else raw
                output.write(data)
                if expected.digest is not None:
                    expected.digest.update(data)
                written += len(data)
                if progress is not None:
                    progress(written, expected.length if decoder is None else None)
            if decoder is not None:
                tail = decoder.flush()
                output.write(tail)
                written += len(tail)
                if expected.digest is not None:
                    expected.digest.update(tail)
        except zlib.error:
            raise _incomplete(Text("the compressed data is damaged"), partial) from None
        except _FAILURES:
            raise _stopped(budget.reason, written, expected, partial) from None
    return written, response.raw.tell()


def _stopped(reason, written, expected, partial):
    if reason == CANCELLED:
        return errors.DownloadCancelledError()
    if reason == TOO_SLOW:
        return _incomplete(Text("the connection was too slow to finish in a reasonable time"), partial)
    if reason == STALLED:
        return _incomplete(Text("nothing arrived for too long"), partial)
    known = expected.length is not None and expected.encoding == "identity"
    if known:
        return _incomplete(Text("the connection dropped after {received} of {total} bytes",
                                received=_bytes(written), total=_bytes(expected.length)), partial)
    return _incomplete(Text("the connection dropped after {received} bytes", received=_bytes(written)),
                       partial)


def _bytes(count):
    """A byte count as core writes it ("1048576"), in the user's locale in the UI ("1 048 576")."""
    return Number(str(count), "{0}", (int(count), "d", 0))


def _incomplete(why, partial):
    return DownloadIncompleteError(
        Text("The download stopped before the end ({why}). The part received is kept as '{file}'; "
             "it is not a usable product. Download it again.", why=why, file=partial.name),
        partial_path=partial,
    )


def _verify(expected, decoder, written, wire, partial, policy):
    if expected.length is not None and wire != expected.length:
        raise _incomplete(Text("{received} of {total} bytes arrived", received=_bytes(wire),
                               total=_bytes(expected.length)), partial)
    if decoder is not None and not decoder.eof:
        raise _incomplete(Text("the compressed data ends before its end"), partial)
    if expected.checksum:
        if expected.digest is None:
            raise DownloadUnverifiedError(Text(
                "The download ended but cannot be verified: OneAtlas announced a '{method}' "
                "checksum, which this plugin cannot compute. The file is kept as '{file}'; rename "
                "it to use it at your own risk, or download it again later.", method=str(expected.method),
                file=partial.name),
                partial_path=partial,
            )
        if not _matches(expected.digest, expected.checksum):
            raise errors.ChecksumMismatchError()
        return
    if expected.length is None and not expected.chunked and decoder is None:
        raise DownloadUnverifiedError(Text(
            "The download ended but cannot be verified: OneAtlas announced neither its size nor a checksum, "
            "so a cut connection cannot be told from the end. The file is kept as '{file}'; "
            "download it again, or rename it to use it at your own risk.", file=partial.name),
            partial_path=partial,
        )


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass
