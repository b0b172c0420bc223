#!/usr/bin/env python3
"""Independent evaluator (own parser, no shared code with the Java model).
Usage: eval_indep.py INSTANCE_DIR SOLFILE...   (solution: '# claimed_objective=N' then 'empId,cell,cell,...')"""
import sys, os, re
def parse(path):
    secs, cur = {}, None
    for raw in open(path, newline=''):
        l = raw.rstrip('\n').rstrip('\r')
        if l.startswith('#'): continue
        if l.startswith('SECTION_'): cur = l.strip(); secs[cur] = []; continue
        if not l.strip(): cur = None; continue
        if cur: secs[cur].append(l.strip())
    I = {'H': int(secs['SECTION_HORIZON'][0])}
    I['len'], I['forb'] = {}, {}
    for l in secs['SECTION_SHIFTS']:
        f = l.split(',')
        I['len'][f[0]] = int(f[1]); I['forb'][f[0]] = set(t for t in f[2].split('|') if t) if len(f) > 2 else set()
    I['staff'] = {}
    for l in secs['SECTION_STAFF']:
        f = l.split(',')
        I['staff'][f[0]] = dict(maxs={k: int(v) for k, v in (kv.split('=') for kv in f[1].split('|'))},
            maxm=int(f[2]), minm=int(f[3]), maxc=int(f[4]), minc=int(f[5]), mino=int(f[6]), maxw=int(f[7]))
    I['off'] = {}
    for l in secs.get('SECTION_DAYS_OFF', []):
        f = l.split(','); I['off'].setdefault(f[0], set()).update(int(x) for x in f[1:])
    I['on'] = [(f[0], int(f[1]), f[2], int(f[3])) for f in (l.split(',') for l in secs.get('SECTION_SHIFT_ON_REQUESTS', []))]
    I['offr'] = [(f[0], int(f[1]), f[2], int(f[3])) for f in (l.split(',') for l in secs.get('SECTION_SHIFT_OFF_REQUESTS', []))]
    I['cov'] = [(int(f[0]), f[1], abs(int(f[2])), int(f[3]), int(f[4])) for f in (l.split(',') for l in secs['SECTION_COVER'])]
    return I
def runs(bits):
    out, d, H = [], 0, len(bits)
    while d < H:
        s = d
        while d < H and bits[d] == bits[s]: d += 1
        out.append((bits[s], s, d - s))
    return out
def evaluate(I, grid):
    H, viol = I['H'], []
    for e, st in I['staff'].items():
        row = grid[e]; assert len(row) == H
        for d in range(H - 1):
            if row[d] and row[d+1] and row[d+1] in I['forb'][row[d]]: viol.append(f'succ {e} {d}')
        for s in I['len']:
            c = sum(1 for x in row if x == s)
            if c > st['maxs'].get(s, 0): viol.append(f'maxs {e} {s}')
        mins = sum(I['len'][x] for x in row if x)
        if not st['minm'] <= mins <= st['maxm']: viol.append(f'minutes {e} {mins}')
        for work, s, n in runs([bool(x) for x in row]):
            inner = s > 0 and s + n < H
            if work and n > st['maxc']: viol.append(f'maxc {e} {s}')
            if work and inner and n < st['minc']: viol.append(f'minc {e} {s}')
            if not work and inner and n < st['mino']: viol.append(f'mino {e} {s}')
        if sum(1 for k in range(H // 7) if row[7*k+5] or row[7*k+6]) > st['maxw']: viol.append(f'maxw {e}')
        for d in I['off'].get(e, ()):
            if row[d]: viol.append(f'dayoff {e} {d}')
    on = sum(w for e, d, s, w in I['on'] if grid[e][d] != s)
    off = sum(w for e, d, s, w in I['offr'] if grid[e][d] == s)
    cov = 0
    for d, s, R, U, O in I['cov']:
        n = sum(1 for e in grid if grid[e][d] == s)
        cov += (R - n) * U if n < R else (n - R) * O
    return on + off + cov, viol
if __name__ == '__main__':
    idir, cache, bad, n = sys.argv[1], {}, 0, 0
    for sf in sys.argv[2:]:
        inst = os.path.basename(sf).split('_')[0]
        I = cache.setdefault(inst, parse(os.path.join(idir, inst + '.txt')) if inst not in cache else cache[inst])
        lines = open(sf).read().splitlines()
        claimed = int(re.search(r'claimed_objective=(\d+)', lines[0]).group(1))
        grid = {}
        for l in lines[1:]:
            f = l.split(','); grid[f[0]] = [x or None for x in f[1:]]
        assert set(grid) == set(I['staff']), 'missing rows'
        tot, viol = evaluate(I, grid); n += 1
        if tot != claimed or viol: bad += 1; print('MISMATCH', sf, claimed, tot, viol[:5])
    print(f'checked {n} solutions, {bad} mismatches/infeasible')
    if len(sys.argv) == 2:  # sanity mode: all-off rosters
        pass
