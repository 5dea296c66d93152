# shellcheck shell=bash
# Sourced by scripts/test: a private desktop session for the notification
# tests (tests/it/daemon.rs), so that they run against a real notification
# server rather than a mock.
#
# Installs what is missing (Debian's packages; only as root), starts a private
# D-Bus session bus, Xvfb and dunst, waits until dunst owns
# org.freedesktop.Notifications, and exports DBUS_SESSION_BUS_ADDRESS, DISPLAY
# and XDG_RUNTIME_DIR, and TEND_DESKTOP_SESSION=1. An EXIT trap stops them.
# Without the packages (not root) it prints a notice and the desktop tests stay
# ignored; with CI=true scripts/test runs them anyway, so they fail instead.

tend_session_tools=(dbus-daemon dbus-send Xvfb dunst dunstctl busctl gdbus jq systemd-analyze xclip xdg-open desktop-file-validate)

tend_session_missing() {
    local t missing=()
    for t in "${tend_session_tools[@]}"; do
        command -v "$t" >/dev/null 2>&1 || missing+=("$t")
    done
    echo "${missing[*]}"
}

tend_session_install() {
    local missing
    missing=$(tend_session_missing)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "desktop-session: missing $missing (not root, so not installing):" \
            "the desktop tests stay ignored (scripts/test installs them when run as root)" >&2
        return 1
    fi
    echo "desktop-session: installing the packages for: $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # dbus-x11 is not needed: the bus is started with dbus-daemon itself.
    apt-get install -y -qq --no-install-recommends \
        dbus dbus-bin xvfb xauth dunst libnotify-bin libglib2.0-bin jq systemd xclip xdg-utils desktop-file-utils >/dev/null
    missing=$(tend_session_missing)
    if [ -n "$missing" ]; then
        echo "desktop-session: still missing after install: $missing" >&2
        return 1
    fi
}

tend_session_pids=()

tend_session_stop() {
    local pid
    for pid in "${tend_session_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${tend_session_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    tend_session_pids=()
    if [ -n "${TEND_SESSION_DIR:-}" ]; then
        rm -rf "$TEND_SESSION_DIR"
    fi
}

# Waits up to 10 s for a command to succeed.
tend_session_wait() {
    local i
    for i in $(seq 100); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}

tend_session_notifications_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
        grep -q 'boolean true'
}

tend_session_start() {
    local n display=""
    TEND_SESSION_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tend-session.XXXXXX")
    chmod 700 "$TEND_SESSION_DIR"
    export TEND_SESSION_DIR
    export XDG_RUNTIME_DIR="$TEND_SESSION_DIR/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    trap tend_session_stop EXIT

    # Xvfb on the first free display number.
    for n in $(seq 90 130); do
        if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
            display=":$n"
            break
        fi
    done
    [ -n "$display" ] || { echo "desktop-session: no free X display" >&2; return 1; }
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$TEND_SESSION_DIR/xvfb.log" 2>&1 &
    tend_session_pids+=($!)
    tend_session_wait test -S "/tmp/.X11-unix/X${display#:}" ||
        { echo "desktop-session: Xvfb did not start (see $TEND_SESSION_DIR/xvfb.log)" >&2; return 1; }
    export DISPLAY="$display"

    # A session bus without service activation: a call to the notification
    # interface before dunst owns it must not spawn another dunst.
    cat >"$TEND_SESSION_DIR/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$XDG_RUNTIME_DIR/bus</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    dbus-daemon --config-file="$TEND_SESSION_DIR/bus.conf" --nofork --nopidfile \
        >"$TEND_SESSION_DIR/bus.log" 2>&1 &
    tend_session_pids+=($!)
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$XDG_RUNTIME_DIR/bus"
    tend_session_wait test -S "$XDG_RUNTIME_DIR/bus" ||
        { echo "desktop-session: the session bus did not start" >&2; return 1; }

    # dunst with the packaged config only (not a developer's own).
    mkdir -p "$TEND_SESSION_DIR/config"
    XDG_CONFIG_HOME="$TEND_SESSION_DIR/config" dunst >"$TEND_SESSION_DIR/dunst.log" 2>&1 &
    tend_session_pids+=($!)
    tend_session_wait tend_session_notifications_owned ||
        { echo "desktop-session: dunst did not take org.freedesktop.Notifications" >&2; return 1; }
    export TEND_DESKTOP_SESSION=1
    echo "desktop-session: bus $DBUS_SESSION_BUS_ADDRESS, display $DISPLAY, dunst ready" >&2
}

if tend_session_install; then
    if ! tend_session_start; then
        tend_session_stop
        unset DISPLAY DBUS_SESSION_BUS_ADDRESS TEND_DESKTOP_SESSION
        echo "desktop-session: could not start the session: the desktop tests stay ignored (fail under CI=true)" >&2
    fi
fi
