#!/usr/bin/env python3
"""redis_server_cost.py - where a batched decision's server instructions go.

Runs a private redis-server under callgrind twice, while bench_redis makes
SMALL and LARGE batched decisions (--only batch --batch 256), and prints,
per decision (the slope between the two runs, so start-up and SCRIPT LOAD
cancel out), the server's instructions split by what spends them: reading
the command, KEYS/ARGV made Lua strings, the script in the Lua VM,
redis.call's bridge (argument and reply conversion, lookup and ACL), the
commands themselves, propagation, notifications, key expiry, the reply.

    python3 bench/redis_server_cost.py build/bench/bench/bench_redis [--tenants 1]

Needs valgrind and redis-server. Debian's redis-server is stripped of its
static functions (Lua's, and script_lua.c's), so those are found by their
place in the call graph: the function that calls scriptCall is
luaRedisGenericCommand (redis.call), the one luaCallFunction calls that
pushes strings into a table is luaCreateArray, and so on. docs/redis.md
("Benchmark") holds a table made with it."""
import os
import re
import subprocess
import sys
import tempfile
import time

SMALL, LARGE = 1024, 5120
LINE = re.compile(r'\s*([\d,]+) \([^)]*\)\s+([<>*])\s+(\S.*?)(?: \(([\d,]+)x\))?(?: \[.*\])?\s*$')


def profile_once(bench, n, extra, out):
    """True when bench_redis made its n decisions against a fresh server."""
    d = tempfile.mkdtemp(prefix='dayone-cost-')
    sock = os.path.join(d, 's')
    srv = subprocess.Popen(['valgrind', '--tool=callgrind', '--dump-instr=no',
                            '--callgrind-out-file=' + out, 'redis-server', '--port', '0',
                            '--unixsocket', sock, '--unixsocketperm', '700', '--save', '',
                            '--appendonly', 'no', '--dir', d],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            if os.path.exists(sock):
                break
            time.sleep(0.1)
        time.sleep(1)
        return subprocess.run([bench, '--socket', sock, '--only', 'batch', '--batch', '256',
                               '--rounds', '1', '--ops', str(n)] + extra,
                              stdout=subprocess.DEVNULL).returncode == 0
    finally:
        subprocess.run(['redis-cli', '-s', sock, 'shutdown', 'nosave'],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        try:
            srv.wait(timeout=120)
        except subprocess.TimeoutExpired:  # callgrind still writes its file on SIGTERM
            srv.terminate()
            srv.wait()
        subprocess.run(['rm', '-rf', d])


def profile(bench, n, extra, out):
    # On a loaded machine the server under callgrind can miss the bench's
    # 1 s command timeout; a failed run made some decisions, so it is
    # thrown away whole and made again on a fresh server.
    for _ in range(5):
        if profile_once(bench, n, extra, out):
            return
        time.sleep(5)
    sys.exit('redis_server_cost: bench_redis failed five times')


def graph(path):
    """Inclusive cost per function, and each function's callers and callees."""
    text = subprocess.run(['callgrind_annotate', '--inclusive=yes', '--tree=both',
                           '--threshold=100', path], capture_output=True, text=True).stdout
    incl, callers, callees, total = {}, {}, {}, 0
    block = []
    for line in text.splitlines() + ['']:
        if 'PROGRAM TOTALS' in line:
            total = int(line.split()[0].replace(',', ''))
        m = LINE.match(line)
        if m:
            block.append((m.group(2), m.group(3).split(':', 1)[-1], int(m.group(1).replace(',', ''))))
            continue
        me = [b for b in block if b[0] == '*']
        if me:
            name = me[0][1]
            incl[name] = incl.get(name, 0) + me[0][2]
            callers.setdefault(name, set()).update(b[1] for b in block if b[0] == '<')
            callees.setdefault(name, set()).update(b[1] for b in block if b[0] == '>')
        block = []
    return total, incl, callers, callees


def find(callers, callees, called_by, calls):
    for f, ce in callees.items():
        if called_by in callers.get(f, ()) and calls <= ce:
            return f
    return None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    bench, extra = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for n in (SMALL, LARGE):
            out = os.path.join(tmp, 'cg.%d' % n)
            profile(bench, n, extra, out)
            runs.append(graph(out))
    (t0, a, _, _), (t1, b, callers, callees) = runs

    def s(name):
        return (b.get(name, 0) - a.get(name, 0)) / (LARGE - SMALL) if name else 0.0

    bridge = None
    for f, ce in callees.items():
        if 'scriptCall' in ce and "'" not in f:
            bridge = f
    create_array = find(callers, callees, 'luaCallFunction', {'lua_pushlstring', 'lua_rawseti'})
    to_redis = None
    for f in callees.get(bridge, ()):
        if 'createStringObject' in callees.get(f, ()):
            to_redis = f
    to_client = None
    for f in callees.get('luaCallFunction', ()):
        if f not in (create_array, 'lua_pcall') and not f.startswith('lua_') and s(f) > 0:
            to_client = f
    rows = [
        ('reading and parsing the EVALSHA command', s('readQueryFromClient') - s('processCommand')),
        ('KEYS and ARGV made Lua strings (luaCreateArray)', s(create_array)),
        ('the script in the Lua VM, redis.call aside', s('lua_pcall') - s(bridge)),
        ('redis.call: Lua arguments to Redis objects, their frees',
         s(to_redis) + s('freeLuaRedisArgv')),
        ('redis.call: the reply made a Lua value', s('parseReply')),
        ('redis.call: lookup, ACL, run context',
         s(bridge) - s(to_redis) - s('freeLuaRedisArgv') - s('parseReply') - s("call'2")),
        ('call() around each command', s("call'2") - s('psetexCommand') - s('existsCommand')
         - s('timeCommand') - s('mgetCommand') - s('getCommand') - s('pttlCommand')),
        ('PSETEX: the key, its value, its expiry',
         s('psetexCommand') - s('rewriteClientCommandVector') - s('notifyKeyspaceEvent')),
        ('propagation (PSETEX rewritten as SET PXAT)', s('rewriteClientCommandVector')),
        ('keyspace notifications (the check)', s('notifyKeyspaceEvent')),
        ('EXISTS, MGET, GET, PTTL, TIME', s('existsCommand') + s('timeCommand') + s('mgetCommand')
         + s('getCommand') + s('pttlCommand')),
        ('expiring keys (activeExpireCycle)', s('activeExpireCycle')),
        ('the reply to the client', s(to_client) + s('handleClientsWithPendingWritesUsingThreads')),
    ]
    total = (t1 - t0) / (LARGE - SMALL)
    rows.append(('the rest (event loop, cron, EVALSHA lookup)', total - sum(v for _, v in rows)))
    for name, v in rows:
        print('| %s | %.1fk |' % (name, v / 1000))
    print('| total | %.1fk |' % (total / 1000))


if __name__ == '__main__':
    main()
