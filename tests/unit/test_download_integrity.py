"""Downloads never look complete when they are not (cut gzip body, short body, unknown checksum method, no
proof at all), and stop on cancel (within a second) or below the floor rate. Hostile loopback servers."""

import gzip
import hashlib
import random
import threading
import time

import pytest

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy, errors
from oneatlas_ppo.core.download import DownloadIncompleteError, DownloadPolicy, DownloadUnverifiedError
from oneatlas_ppo.core.models import Scene

from .hostile import API_KEY, HostileServer

PRODUCT = random.Random(1).randbytes(50000) + bytes(50000)  # 100 kB, half of it compressible
PATH = "/access/api/v1/items/item-1/download"


def scene_for(server):
    link = {"href": server.origin + PATH, "name": "download", "type": "http", "resourceId": "product.zip"}
    return Scene(
        id="item-1", geometry=None, constellation="PHR", platform="PHR1A", links={"download": [link]}
    )


def serve(body, headers=None, length=None):
    def handler(_server, _request, conn):
        head = {"Content-Length": str(len(body) if length is None else length), "Connection": "close"}
        head.update(headers or {})
        lines = ["HTTP/1.1 200 OK"] + [f"{k}: {v}" for k, v in head.items() if v is not None]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)

    return handler


def md5(data):
    return {"X-Ads-Checksum-Method": "md5", "X-Ads-Checksum-Value": hashlib.md5(data).hexdigest()}  # noqa: S324


def download(handler, tmp_path, **kwargs):
    with HostileServer({PATH: handler}) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1), timeout=2)
        return client.download(scene_for(server), tmp_path, **kwargs)


def files(tmp_path):
    return sorted(path.name for path in tmp_path.iterdir())


# ------------------------------------------------------------------------------ partial bodies


def test_a_gzip_body_cut_in_half_is_kept_as_partial_not_as_the_product(tmp_path):
    compressed = gzip.compress(PRODUCT)
    half = compressed[: len(compressed) // 2]
    handler = serve(
        half, {"Content-Encoding": "gzip"}
    )  # the reproduced case: length of the half, no checksum
    with pytest.raises(DownloadIncompleteError, match="stopped before the end") as caught:
        download(handler, tmp_path)
    assert files(tmp_path) == ["product.zip.part"]
    assert caught.value.partial_path.name == "product.zip.part" and "product.zip.part" in str(caught.value)


def test_a_gzip_body_announced_whole_but_cut_is_partial(tmp_path):
    compressed = gzip.compress(PRODUCT)
    handler = serve(
        compressed[: len(compressed) // 2],
        {"Content-Encoding": "gzip", **md5(PRODUCT)},
        length=len(compressed),
    )
    with pytest.raises(DownloadIncompleteError):
        download(handler, tmp_path)
    assert files(tmp_path) == ["product.zip.part"]


def test_a_complete_gzip_body_is_unpacked_and_verified(tmp_path):
    handler = serve(gzip.compress(PRODUCT), {"Content-Encoding": "gzip", **md5(PRODUCT)})
    path = download(handler, tmp_path)
    assert path.read_bytes() == PRODUCT and files(tmp_path) == ["product.zip"]


def test_an_identity_body_shorter_than_announced_is_partial(tmp_path):
    handler = serve(PRODUCT[:5000], md5(PRODUCT), length=len(PRODUCT))
    with pytest.raises(DownloadIncompleteError, match="stopped before the end"):
        download(handler, tmp_path)
    assert files(tmp_path) == ["product.zip.part"]


def test_no_length_and_no_checksum_cannot_be_told_from_a_cut(tmp_path):
    handler = serve(PRODUCT, {"Content-Length": None})  # close-delimited
    with pytest.raises(DownloadUnverifiedError, match="neither its size nor a checksum"):
        download(handler, tmp_path)
    assert files(tmp_path) == ["product.zip.part"]


# ------------------------------------------------------------------------------ checksums


def test_an_unknown_checksum_method_is_said_and_the_file_kept_as_partial(tmp_path):
    handler = serve(PRODUCT, {"X-Ads-Checksum-Method": "crc32c", "X-Ads-Checksum-Value": "abcd1234"})
    with pytest.raises(
        DownloadUnverifiedError, match="'crc32c' checksum, which this plugin cannot"
    ) as caught:
        download(handler, tmp_path)
    assert files(tmp_path) == ["product.zip.part"]
    assert caught.value.partial_path.read_bytes() == PRODUCT


def test_a_sha256_checksum_is_verified(tmp_path):
    digest = hashlib.sha256(PRODUCT).hexdigest()
    handler = serve(PRODUCT, {"X-Ads-Checksum-Method": "SHA-256", "X-Ads-Checksum-Value": digest})
    assert download(handler, tmp_path).read_bytes() == PRODUCT


def test_a_wrong_sha256_checksum_keeps_nothing(tmp_path):
    handler = serve(PRODUCT, {"X-Ads-Checksum-Method": "sha256", "X-Ads-Checksum-Value": "0" * 64})
    with pytest.raises(errors.ChecksumMismatchError):
        download(handler, tmp_path)
    assert files(tmp_path) == []


# ------------------------------------------------------------------------------ cancel and floor rate


def trickled_product(every=1.0, first=b""):
    def handler(server, _request, conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(PRODUCT) + first)
        for index in range(len(first), len(PRODUCT)):
            if server.stopped.is_set():
                return
            conn.sendall(PRODUCT[index : index + 1])
            time.sleep(every)

    return handler


def stalled(server, _request, conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(PRODUCT))
    server.stopped.wait(30)


def fast_then_stalled(server, request, conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(PRODUCT) + PRODUCT[:50000])
    server.stopped.wait(30)


@pytest.mark.parametrize(
    "handler", [trickled_product(), stalled, fast_then_stalled], ids=["1 byte/s", "no byte", "after 50 kB"]
)
def test_a_cancelled_download_stops_within_a_second(tmp_path, handler):
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(errors.DownloadCancelledError):
        download(handler, tmp_path, is_cancelled=cancel.is_set, policy=DownloadPolicy(idle=30))
    assert time.monotonic() - started < 1.5  # cancel at 0.5 s
    assert files(tmp_path) == []


def test_a_download_below_the_floor_rate_is_stopped_and_kept_as_partial(tmp_path):
    policy = DownloadPolicy(idle=30, min_rate=100, rate_window=1.5)
    started = time.monotonic()
    with pytest.raises(DownloadIncompleteError, match="too slow"):
        download(trickled_product(every=0.05), tmp_path, policy=policy)  # 20 bytes/s
    assert time.monotonic() - started < 3.5
    assert files(tmp_path) == ["product.zip.part"]


def test_a_stalled_download_is_stopped_after_the_idle_time(tmp_path):
    started = time.monotonic()
    with pytest.raises(DownloadIncompleteError, match="nothing arrived"):
        download(fast_then_stalled, tmp_path, policy=DownloadPolicy(idle=1))
    assert time.monotonic() - started < 2.5


def test_a_download_longer_than_the_call_deadline_but_above_the_floor_completes(tmp_path):
    def steady(server, _request, conn):  # 100 kB in ~3 s: longer than the client's 2 s timeout
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n" % len(PRODUCT))
        conn.sendall(("X-Ads-Checksum-Value: " + hashlib.md5(PRODUCT).hexdigest() + "\r\n\r\n").encode())  # noqa: S324
        for start in range(0, len(PRODUCT), 3400):
            conn.sendall(PRODUCT[start : start + 3400])
            time.sleep(0.1)

    progress = []
    path = download(
        steady,
        tmp_path,
        policy=DownloadPolicy(min_rate=1000, rate_window=1),
        progress=lambda *a: progress.append(a),
    )
    assert path.read_bytes() == PRODUCT
    assert progress[-1] == (len(PRODUCT), len(PRODUCT))
