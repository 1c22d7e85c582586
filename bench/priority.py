"""A benchmark's priority on a shared Linux machine.

With CONFIG_SCHED_AUTOGROUP on (/proc/sys/kernel/sched_autogroup_enabled is 1) the scheduler shares the
CPU between sessions' autogroups first, and a process's own nice orders it only among the processes of
its session: `nice -n 19` on other engineers' builds does not keep them off a benchmark that runs in
another session. So a benchmark driver moves into a session of its own (so that it raises only its own
work, never its caller's terminal session) and writes a negative nice to /proc/self/autogroup, which
needs root or CAP_SYS_NICE; it prints one line saying what it did. Other sessions' processes are left
alone.

A Python driver calls `own_group()` first thing; a shell driver starts with
    [ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/priority.py" sh "$0" "$@"
(the path to this file from the script), which runs the script again in its own raised group.
SOMA_BENCH_NICE sets the group's nice (default -10).
"""
import os
import signal
import subprocess
import sys

MARK = "SOMA_BENCH_OWN_GROUP"
DEFAULT_NICE = -10


def group_nice():
    return int(os.environ.get("SOMA_BENCH_NICE", DEFAULT_NICE))


def raise_group(nice):
    """Sets this session's autogroup to `nice`; the line that says what happened."""
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled") as f:
            enabled = f.read().strip() == "1"
    except OSError:
        enabled = False
    if not enabled:
        return "priority: could not set (no autogroup scheduling here; per-process nice applies); other sessions' work shares the CPU"
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(nice))
    except OSError as error:
        return f"priority: could not set ({error.strerror}); other sessions' work shares the CPU"
    return f"priority: own autogroup at nice {nice}"


def own_group():
    """Runs this program again as the leader of a new session (so of a new autogroup), raises that group and
    prints what it did; returns in that new process only. The first process waits for it, passes on Ctrl-C and
    termination to the new session's processes, and exits with its status."""
    if os.environ.get(MARK):
        print(raise_group(group_nice()), flush=True)
        return
    child = subprocess.Popen([sys.executable] + sys.argv, env=dict(os.environ, **{MARK: "1"}), start_new_session=True)

    def forward(signum, _frame):
        try:
            os.killpg(child.pid, signum)
        except ProcessLookupError:
            pass

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, forward)
    while True:
        try:
            status = child.wait()
            break
        except InterruptedError:
            continue
    sys.exit(status if status >= 0 else 128 - status)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: priority.py COMMAND [ARGUMENT...]  (runs COMMAND in a session of its own, its autogroup raised)")
    own_group()
    os.execvp(sys.argv[1], sys.argv[1:])
