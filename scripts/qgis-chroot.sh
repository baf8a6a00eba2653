#!/usr/bin/env bash
# Build (once) and use a Debian testing (forky) chroot holding QGIS 3.44, to run the test suite on a second
# QGIS version beside the host's 3.22. The chroot lives outside the repository (QGIS_CHROOT, default
# /var/cache/qgis-forky) so only the first run pays (about 6 minutes, 2.3 GB).
#   scripts/qgis-chroot.sh ensure          create or update the chroot
#   scripts/qgis-chroot.sh run CMD...      run CMD inside it, with the checkout bind-mounted at /src
set -euo pipefail
CHROOT=${QGIS_CHROOT:-/var/cache/qgis-forky}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
REPO=$(cd "$(dirname "$0")/.." && pwd)
STAMP="$CHROOT/.oneatlas-ready-v1"
PACKAGES="qgis python3-qgis qgis-providers xvfb xauth python3-pytest python3-requests python3-shapely python3-pyproj python3-venv python3-pip ca-certificates"

need_root() { [ "$(id -u)" = 0 ] || { echo "qgis-chroot: must run as root (debootstrap, chroot, mount)" >&2; exit 1; }; }

ensure() {
    need_root
    if [ -f "$STAMP" ] && cmp -s "$REPO/requirements-dev.txt" "$CHROOT/opt/requirements-dev.txt"; then
        return 0
    fi
    command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
    if [ ! -x "$CHROOT/usr/bin/apt-get" ]; then
        echo "qgis-chroot: creating Debian forky chroot in $CHROOT (first run only, a few minutes)"
        rm -rf "$CHROOT"
        debootstrap --variant=minbase forky "$CHROOT" "$MIRROR" /usr/share/debootstrap/scripts/sid
    fi
    mount_all
    trap umount_all EXIT
    # shellcheck disable=SC2086
    if ! chroot "$CHROOT" dpkg-query -W $PACKAGES >/dev/null 2>&1; then
        chroot "$CHROOT" bash -c "apt-get -o Acquire::Check-Valid-Until=false update -qq && \
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null"
    fi
    # pip inside the chroot must trust the same certificate authorities as the host (a proxy may re-sign
    # traffic); recent pip reads the system store, so the host's bundle replaces the chroot's.
    cp "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$CHROOT/opt/host-ca.crt"
    cp "$CHROOT/opt/host-ca.crt" "$CHROOT/etc/ssl/certs/ca-certificates.crt"
    cp "$REPO/requirements-dev.txt" "$CHROOT/opt/requirements-dev.txt.new"
    chroot "$CHROOT" bash -c "rm -rf /opt/venv && python3 -m venv --system-site-packages /opt/venv && \
        PIP_CERT=/opt/host-ca.crt /opt/venv/bin/pip install -q --disable-pip-version-check -r /opt/requirements-dev.txt.new"
    mv "$CHROOT/opt/requirements-dev.txt.new" "$CHROOT/opt/requirements-dev.txt"
    touch "$STAMP"
}

mount_all() {
    mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
    mkdir -p "$CHROOT/src"
    mountpoint -q "$CHROOT/src" || mount --bind "$REPO" "$CHROOT/src"
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
}

umount_all() {
    mountpoint -q "$CHROOT/src" && umount "$CHROOT/src" || true
    mountpoint -q "$CHROOT/proc" && umount "$CHROOT/proc" || true
}

case "${1:-}" in
    ensure) ensure ;;
    run)
        shift
        ensure
        mount_all
        trap umount_all EXIT
        chroot "$CHROOT" env -i PATH=/opt/venv/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj CI="${CI:-}" bash -c "cd /src && $*"
        ;;
    *) echo "usage: $0 ensure | run CMD..." >&2; exit 2 ;;
esac
