#!/usr/bin/env python3
"""Workbench benchmark: keystroke latency, time to first output, memory.

Drives the `soma` notebook through a pseudo-terminal this script owns and times what
the program writes to the pty master, which is what a terminal would draw. A small
screen model (VT100/xterm subset, enough for ncurses on xterm-256color) turns that
byte stream into rows, so "the status line says idle" or "the output of cell [k] is
shown" are read from the screen as a person would, not guessed from byte fragments
(ncurses writes only the cells that changed, so a word may never appear whole).

Usage: python3 bench/workbench/latency.py PATH/TO/soma [--keys 200] [--cells 20]
Only the Python 3 standard library is used.
"""
import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

COLUMNS, ROWS = 100, 30


# ---------------------------------------------------------------- screen model

class Screen:
    """A grid of characters updated from the bytes ncurses writes. Attributes are
    ignored: only which character is in which cell matters here."""

    CSI = re.compile(rb"\x1b\[([?>!=]?)([0-9;]*)([ -/]*)([@-~])")

    def __init__(self, columns, rows):
        self.columns, self.rows = columns, rows
        self.grid = [[" "] * columns for _ in range(rows)]
        self.row = self.column = 0
        self.top, self.bottom = 0, rows - 1      # scrolling region
        self.pending_wrap = False                 # xterm defers the wrap after the last column
        self.last_character = " "
        self.saved = (0, 0)
        self.pending = b""                        # an escape sequence or UTF-8 split across reads

    def text(self, row):
        return "".join(self.grid[row]).rstrip()

    def lines(self):
        return [self.text(row) for row in range(self.rows)]

    def feed(self, data):
        data = self.pending + data
        self.pending = b""
        index = 0
        while index < len(data):
            byte = data[index]
            if byte == 0x1b:
                used = self._escape(data, index)
                if used == 0:                     # incomplete: wait for the next read
                    self.pending = data[index:]
                    return
                index += used
            elif byte < 0x20 or byte == 0x7f:
                self._control(byte)
                index += 1
            else:
                length = 1 if byte < 0x80 else 2 if byte < 0xe0 else 3 if byte < 0xf0 else 4
                if index + length > len(data):
                    self.pending = data[index:]
                    return
                self._put(data[index:index + length].decode("utf-8", "replace"))
                index += length

    # -- printing and control characters

    def _put(self, character):
        if self.pending_wrap:
            self.column = 0
            self._line_feed()
            self.pending_wrap = False
        self.grid[self.row][self.column] = character
        self.last_character = character
        if self.column == self.columns - 1:
            self.pending_wrap = True
        else:
            self.column += 1

    def _control(self, byte):
        if byte == 0x0d:
            self.column, self.pending_wrap = 0, False
        elif byte == 0x0a:
            self._line_feed()
        elif byte == 0x08:
            self.column, self.pending_wrap = max(0, self.column - 1), False
        elif byte == 0x09:
            self.column = min(self.columns - 1, (self.column // 8 + 1) * 8)
        # BEL, SO, SI and the rest draw nothing

    def _line_feed(self):
        if self.row == self.bottom:
            self._scroll_up(1)
        elif self.row < self.rows - 1:
            self.row += 1

    def _scroll_up(self, count):
        for _ in range(count):
            del self.grid[self.top]
            self.grid.insert(self.bottom, [" "] * self.columns)

    def _scroll_down(self, count):
        for _ in range(count):
            del self.grid[self.bottom]
            self.grid.insert(self.top, [" "] * self.columns)

    # -- escape sequences; returns how many bytes were used, 0 when incomplete

    def _escape(self, data, index):
        if index + 1 >= len(data):
            return 0
        kind = data[index + 1]
        if kind == ord("["):
            match = self.CSI.match(data, index)
            if not match:
                return 0 if len(data) - index < 32 else 2
            self._csi(*(group.decode("ascii") for group in match.groups()))
            return match.end() - index
        if kind == ord("]"):                      # OSC: up to BEL or ST
            end = data.find(b"\x07", index)
            st = data.find(b"\x1b\\", index)
            ends = [e + 1 for e in [end] if e >= 0] + [e + 2 for e in [st] if e >= 0]
            return (min(ends) - index) if ends else 0
        if kind in b"()*+":                       # character set designation: ESC ( B
            return 3 if index + 2 < len(data) else 0
        if kind == ord("M"):                      # reverse index
            if self.row == self.top:
                self._scroll_down(1)
            else:
                self.row = max(0, self.row - 1)
        elif kind == ord("D"):
            self._line_feed()
        elif kind == ord("E"):
            self.column = 0
            self._line_feed()
        elif kind == ord("7"):
            self.saved = (self.row, self.column)
        elif kind == ord("8"):
            self.row, self.column = self.saved
        elif kind == ord("c"):
            self.__init__(self.columns, self.rows)
        return 2                                  # ESC = , ESC > and others: nothing to draw

    def _csi(self, private, parameters, intermediate, final):
        if private or intermediate:               # modes (?1049h, ?25l), DECSTR (!p): no drawing
            if private == "?" and final in "hl" and "1049" in parameters.split(";"):
                self.grid = [[" "] * self.columns for _ in range(self.rows)]
            return
        numbers = [int(p) if p else 0 for p in parameters.split(";")] if parameters else []
        first = numbers[0] if numbers else 0
        count = max(1, first)
        self.pending_wrap = False
        if final in "Hf":
            self.row = min(self.rows - 1, max(1, first) - 1)
            self.column = min(self.columns - 1, max(1, numbers[1] if len(numbers) > 1 else 1) - 1)
        elif final == "A":
            self.row = max(0, self.row - count)
        elif final == "B":
            self.row = min(self.rows - 1, self.row + count)
        elif final == "C":
            self.column = min(self.columns - 1, self.column + count)
        elif final == "D":
            self.column = max(0, self.column - count)
        elif final == "G":
            self.column = min(self.columns - 1, count - 1)
        elif final == "d":
            self.row = min(self.rows - 1, count - 1)
        elif final == "K":
            line = self.grid[self.row]
            span = {0: range(self.column, self.columns), 1: range(0, self.column + 1)}.get(first, range(self.columns))
            for column in span:
                line[column] = " "
        elif final == "J":
            rows = {0: range(self.row + 1, self.rows), 1: range(0, self.row)}.get(first, range(self.rows))
            if first == 0:
                self._csi("", "0", "", "K")
            elif first == 1:
                self._csi("", "1", "", "K")
            for row in rows:
                self.grid[row] = [" "] * self.columns
        elif final == "X":
            for column in range(self.column, min(self.columns, self.column + count)):
                self.grid[self.row][column] = " "
        elif final == "@":
            line = self.grid[self.row]
            line[self.column:self.column] = [" "] * count
            del line[self.columns:]
        elif final == "P":
            line = self.grid[self.row]
            del line[self.column:self.column + count]
            line.extend([" "] * (self.columns - len(line)))
        elif final in "LM" and self.top <= self.row <= self.bottom:
            saved_top, self.top = self.top, self.row
            (self._scroll_down if final == "L" else self._scroll_up)(count)
            self.top = saved_top
        elif final == "S":
            self._scroll_up(count)
        elif final == "T":
            self._scroll_down(count)
        elif final == "b":                        # REP: repeat the last printed character
            for _ in range(count):
                self._put(self.last_character)
        elif final == "r":
            self.top = max(1, first) - 1
            self.bottom = min(self.rows, numbers[1] if len(numbers) > 1 and numbers[1] else self.rows) - 1
            self.row = self.column = 0
        # m (colours), t (window ops), n (reports): nothing to draw


# ---------------------------------------------------------------- the workbench under test

class Workbench:
    """`soma` on a pty: write keys, read (and time) what it draws."""

    def __init__(self, soma, state_folder):
        environment = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                           XDG_STATE_HOME=state_folder, COLUMNS=str(COLUMNS), LINES=str(ROWS))
        self.pid, self.master = pty.fork()
        if self.pid == 0:
            # The child sets its own size before exec so curses reads 100×30 at initscr.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
            os.execve(soma, [soma], environment)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.screen = Screen(COLUMNS, ROWS)

    def read(self, timeout):
        """Reads what is written within `timeout` s; returns the time of the read, or None."""
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return None
        try:
            data = os.read(self.master, 65536)
        except OSError:                           # EIO: the child closed the terminal
            _, status = os.waitpid(self.pid, 0)
            why = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit status {os.WEXITSTATUS(status)}"
            raise SystemExit(f"soma ended unexpectedly ({why}); the screen was:\n" + "\n".join(self.screen.lines()))
        now = time.perf_counter()
        self.screen.feed(data)
        return now

    def wait_until(self, condition, timeout, what):
        """Reads until the screen satisfies `condition`; returns the time of the read that did it."""
        deadline = time.perf_counter() + timeout
        while True:
            if condition(self.screen):
                return time.perf_counter()
            now = self.read(deadline - time.perf_counter())
            if now is not None and condition(self.screen):
                return now
            if time.perf_counter() > deadline:
                raise SystemExit(f"timed out waiting for {what}; the screen was:\n" + "\n".join(self.screen.lines()))

    def settle(self, quiet=0.05, limit=2.0):
        """Reads until nothing has been written for `quiet` s."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and self.read(quiet) is not None:
            pass

    def write(self, data):
        os.write(self.master, data.encode() if isinstance(data, str) else data)

    def status(self):
        return self.screen.text(ROWS - 1)

    def quit(self):
        """:quit twice (the session is unsaved, the first asks), then make sure it is gone."""
        for _ in range(2):
            self.write(":quit\r")
            time.sleep(0.3)
        for _ in range(30):
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return
            try:
                os.read(self.master, 65536) if select.select([self.master], [], [], 0.1)[0] else None
            except OSError:
                pass
        os.kill(self.pid, signal.SIGTERM)        # only the process this script started
        os.waitpid(self.pid, 0)


def is_idle(screen):
    return " idle " in screen.text(ROWS - 1)


def is_running(screen):
    return " running " in screen.text(ROWS - 1)


# ---------------------------------------------------------------- measurements

# Keys whose echo is timed. Letters that the status line redraws while a run is in
# progress are avoided, so a progress update can never be taken for the echo; the
# check is on the input line's cell anyway.
KEYS = "bfhjkqwxyzBCDFGHJKLNOPQRSUVWXYZ!@$^&()_+=[]<>?;~"


def keystroke_latencies(bench, count):
    """Types `count` characters one at a time, each time waiting for it to be drawn
    in the input line, then deletes it with Backspace and waits for that too."""
    samples = []
    for round_number in range(count):
        key = KEYS[round_number % len(KEYS)]
        # Where the echo goes, read from the screen: the cursor can be elsewhere for a
        # moment while a progress update is being drawn.
        row, column = input_position(bench)
        start = time.perf_counter()
        bench.write(key)
        drawn = bench.wait_until(lambda s: s.grid[row][column] == key, 5, f"the echo of {key!r}")
        samples.append((drawn - start) * 1000)
        bench.write(b"\x7f")
        bench.wait_until(lambda s: s.grid[row][column] == " ", 5, "the Backspace")
        time.sleep(0.01)                          # a typist's gap; keys are not batched
    return samples


PROMPT = re.compile(r"^\[\d+\]:$")   # rows are compared with trailing blanks stripped


def input_position(bench):
    """Row and column of the empty input line: the lowest row that is just a prompt."""
    def empty_prompt(screen):
        return any(PROMPT.match(line) for line in screen.lines())
    bench.wait_until(empty_prompt, 5, "an empty input line")
    lines = bench.screen.lines()
    row = max(r for r, line in enumerate(lines) if PROMPT.match(line))
    return row, len(lines[row]) + 1


LONG_RUN = ["system D {", " var x = 1", " dx/dt = -x", "}",
            "population P = D(100000)", "run 100000 dt = 0.001"]


def type_cell(bench, lines, final_enter=True):
    """Types a multi-line cell: Alt-Enter between lines keeps it one cell (Enter would
    submit after a closing brace). Returns once the last line is drawn, before Enter."""
    for number, line in enumerate(lines):
        bench.write(line)
        bench.wait_until(lambda s: s.text(s.row).endswith(line.rstrip()), 5, f"the line {line!r}")
        if number < len(lines) - 1:
            bench.write(b"\x1b\r")
            bench.wait_until(lambda s: s.text(s.row).rstrip().endswith(":"), 5, "the next line's prompt")
    if final_enter:
        bench.write(b"\r")


def small_model(constant, population):
    """One LIF neuron; `constant` changes the drive in the equation, hence the C text,
    so every round is a compile in the kernel's code cache. A population name cannot
    be defined twice in a kernel, so each round names its own (LIFn, Pn); the network
    keeps them all, so round n simulates n one-neuron populations."""
    return [f"neuron LIF{population[1:]} {{",
            "  param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm",
            "  var V = El",
            f"  dV/dt = (El - V + R*{constant} nA) / tau",
            "  spike V > Vth",
            "  reset { V = Vreset }",
            "}",
            f"population {population} = LIF{population[1:]}(1)",
            "run 100 ms dt = 0.01 ms",
            f"print count({population})"]


def first_output_times(bench, rounds, first_cell_number):
    """Enter → the line `count(Pn) = …` on the screen; one sample per round."""
    samples = []
    for round_number in range(rounds):
        population = f"P{round_number + 1}"
        type_cell(bench, small_model(f"2.{round_number:03d}", population), final_enter=False)
        start = time.perf_counter()
        bench.write(b"\r")

        # Pn is new in each round, so its line can only be this cell's output (the cell's
        # own first line may have scrolled off: every run reports each model's method).
        drawn = bench.wait_until(lambda s: any(f"count({population}) =" in line for line in s.lines()),
                                 30, f"the output of cell [{first_cell_number + round_number}]")
        samples.append((drawn - start) * 1000)
        bench.wait_until(is_idle, 30, "idle after the cell")
        bench.settle()
    return samples


def memory(pid):
    """VmRSS and VmHWM in MiB from /proc/PID/status."""
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def kernel_pid(pid):
    """The workbench's child process (the kernel), from /proc/PID/task/*/children."""
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found = children.read().split()
        except OSError:
            continue
        if found:
            return int(found[0])
    return None


# ---------------------------------------------------------------- report

def percentile(samples, fraction):
    """Nearest-rank percentile: the value below which `fraction` of the samples lie."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(round(fraction * len(ordered) + 0.5)) - 1))]


def summary_row(name, samples):
    return (f"| {name:<46} | {len(samples):>3} | {statistics.median(samples):>8.2f} | "
            f"{percentile(samples, 0.9):>8.2f} | {percentile(samples, 0.99):>8.2f} | {max(samples):>8.2f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("soma", help="the soma binary to measure")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--cells", type=int, default=20)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="soma-wbench-") as state:
        bench = Workbench(os.path.abspath(options.soma), state)
        bench.wait_until(is_idle, 30, "the first idle status")
        bench.settle(0.2)
        kernel = kernel_pid(bench.pid)
        memory_at_start = (memory(bench.pid), memory(kernel) if kernel else (0.0, 0.0))

        idle = keystroke_latencies(bench, options.keys)

        # A long run: the kernel is busy and sends progress while keys are typed.
        type_cell(bench, LONG_RUN)
        bench.wait_until(is_running, 30, "the running status")
        bench.settle(0.05, 0.3)
        busy = keystroke_latencies(bench, options.keys)
        interrupted = time.perf_counter()
        bench.write(b"\x03")
        stopped = bench.wait_until(is_idle, 60, "idle after Ctrl-C")
        bench.settle(0.2)

        # The kernel's network keeps every population and cannot mix the dimensionless
        # D with LIF, so the small models start in a fresh kernel: round 1 is a cold one.
        type_cell(bench, [":restart"])
        bench.wait_until(lambda s: any("kernel restarted" in line for line in s.lines()), 10, "the restart")
        bench.wait_until(is_idle, 30, "idle after :restart")
        bench.settle(0.2)

        first = first_output_times(bench, options.cells, first_cell_number=2)
        kernel = kernel_pid(bench.pid) or kernel
        memory_after = (memory(bench.pid), memory(kernel) if kernel else (0.0, 0.0))
        full = keystroke_latencies(bench, options.keys)
        bench.quit()

    print(f"soma workbench on a {COLUMNS}×{ROWS} pty, TERM=xterm-256color; times in ms\n")
    print("| measurement                                    |   n |   median |      p90 |      p99 |      max |")
    print("| ---------------------------------------------- | --- | -------- | -------- | -------- | -------- |")
    print(summary_row("keystroke → echo drawn, idle", idle))
    print(summary_row("keystroke → echo drawn, kernel running", busy))
    print(summary_row(f"keystroke → echo drawn, idle, after the cells", full))
    if len(first) > 1:
        print(summary_row("Enter → `count(Pn) =` drawn, rounds 2..n", first[1:]))
    print(f"| {'Enter → `count(Pn) =` drawn, round 1 (cold)':<46} |   1 | {first[0]:>8.2f} |          |          |          |")
    print(f"| {'Ctrl-C → status idle (long run interrupted)':<46} |   1 | {(stopped - interrupted) * 1000:>8.2f} |          |          |          |")
    print()
    print("| process              | when                       | VmRSS MiB | VmHWM MiB |")
    print("| -------------------- | -------------------------- | --------- | --------- |")
    for label, (workbench_memory, kernel_memory) in [("after start", memory_at_start),
                                                      (f"after {options.cells} cells", memory_after)]:
        print(f"| workbench (soma)     | {label:<26} | {workbench_memory[0]:>9.1f} | {workbench_memory[1]:>9.1f} |")
        print(f"| kernel (soma kernel) | {label:<26} | {kernel_memory[0]:>9.1f} | {kernel_memory[1]:>9.1f} |")
    print("\nEnter → output, every round (ms): " + " ".join(f"{value:.1f}" for value in first))


if __name__ == "__main__":
    main()
