# SPDX-License-Identifier: MIT
# Writes the hostile corpus of this folder (python3 make_corpus.py). The huge files (GEN) are
# made by tests/model/tst_hostile.cpp at test time instead of being checked in.
import json, os
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
files = {}
GEN = {}
def doc(seqs):
    return {"format": "sequence-designer", "formatVersion": 1, "sequences": seqs}
def seq(steps, start=None, sid="d1d1d1d1-0001-4aaa-8bbb-000000000001", name="Hostile", **kw):
    s = {"id": sid, "name": name, "recordType": "lead", "start": start or (steps[0]["id"] if steps else None), "steps": steps}
    s.update(kw)
    return s
def st(i, t="task", **kw):
    d = {"id": i, "type": t}; d.update(kw); return d
def j(o): return json.dumps(o, indent=1).encode()
good = [st("a", "email", params={"template": "Introduction"}, next="b"), st("b", "phoneCall")]
valid = j(doc([seq(good)]))

F = files
F['empty'] = b''
F['whitespace-only'] = b'  \n\t\r\n  '
F['bom-only'] = b'\xef\xbb\xbf'
F['bom-then-garbage'] = b'\xef\xbb\xbfnot json at all'
F['truncated'] = valid[: len(valid) // 2]
F['trailing-comma'] = b'{"format": "sequence-designer", "formatVersion": 1, "sequences": [],}'
F['unquoted-keys'] = b'{format: "sequence-designer", formatVersion: 1, sequences: []}'
F['single-quotes'] = b"{'format': 'sequence-designer', 'formatVersion': 1, 'sequences': []}"
F['comments'] = b'// a comment\n' + valid
F['nan-literal'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": NaN')
F['duplicate-key'] = b'{"format": "sequence-designer", "format": "sequence-designer", "formatVersion": 1, "sequences": []}'
F['nul-byte-in-string'] = valid.replace(b'"Hostile"', b'"Host\x00ile"')
F['nul-bytes-only'] = b'\x00' * 4096
F['nul-after-document'] = valid + b'\x00'
F['bad-utf8'] = valid.replace(b'"Hostile"', b'"Host\xff\xfeile"')
F['overlong-utf8'] = valid.replace(b'"Hostile"', b'"Host\xc0\xafile"')
F['lone-surrogate'] = valid.replace(b'"Hostile"', b'"Host\\ud800ile"')
F['raw-control-character'] = valid.replace(b'"Hostile"', b'"Host\x01ile"')
F['utf16-file'] = '{"format": "sequence-designer", "formatVersion": 1, "sequences": []}'.encode('utf-16')
F['top-level-array'] = b'[' + valid + b']'
F['top-level-string'] = b'"sequence-designer"'
F['top-level-null'] = b'null'
F['format-other-program'] = valid.replace(b'"sequence-designer"', b'"sequence-painter"')
F['format-missing'] = j({"formatVersion": 1, "sequences": [seq(good)]})
F['version-2'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": 2')
F['version-999999999999'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": 999999999999')
F['version-string'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": "1"')
F['version-negative'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": -1')
F['version-fraction'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": 1.5')
F['version-missing'] = j({"format": "sequence-designer", "sequences": [seq(good)]})
F['number-too-large'] = valid.replace(b'"formatVersion": 1', b'"formatVersion": 1e999')
F['sequences-not-array'] = j({"format": "sequence-designer", "formatVersion": 1, "sequences": {"a": 1}})
F['sequence-is-number'] = j(doc([42]))
F['name-wrong-type'] = j(doc([seq(good, name=12345)]))
F['name-too-long'] = j(doc([seq(good, name="N" * 5000)]))
F['steps-not-array'] = j(doc([dict(seq(good), steps="email, call")]))
F['id-not-uuid'] = j(doc([seq(good, sid="'; DROP TABLE sequences; --")]))
F['step-id-bad-characters'] = j(doc([seq([st("a b/<script>", "task")])]))
F['wait-days-wrong-type'] = j(doc([seq([st("t", "task", next="w"), st("w", "wait", params={"days": "two", "hours": 0}, next="c"), st("c", "phoneCall")])]))
F['unknown-step-type'] = j(doc([seq([st("x", "rm -rf /")])]))
F['duplicate-step-ids'] = j(doc([seq([st("a", "task", next="b"), st("b", "phoneCall"), st("b", "task")])]))
F['cycle'] = j(doc([seq([st("a", "task", next="b"), st("b", "phoneCall", next="a")])]))
F['self-loop'] = j(doc([seq([st("a", "task", next="a")])]))
F['shared-step'] = j(doc([seq([st("a", "phoneCall", next="c"), st("b", "task", next="c"), st("c", "task"),
                              st("cond", "callCondition")], start="a")]))
F['start-names-no-step'] = j(doc([seq(good, start="nowhere")]))
F['next-names-no-step'] = j(doc([seq([st("a", "task", next="ghost")])]))
F['condition-uses-next'] = j(doc([seq([st("a", "phoneCall", next="c"), st("c", "callCondition", next="d"), st("d", "task")])]))
# one good sequence and one bad one in a bundle: the whole file is refused
F['bundle-one-bad'] = j(doc([seq(good), seq([st("a", "task", next="a")], sid="d1d1d1d1-0002-4aaa-8bbb-000000000002", name="Bad")]))
# deep nesting
F['deep-arrays'] = valid.replace(b'"template": "Introduction"', b'"template": "Introduction", "x": ' + b'[' * 100 + b']' * 100)
F['deep-objects-5000'] = b'{"a":' * 5000 + b'1' + b'}' * 5000
F['deep-unclosed'] = b'[' * 20000
# huge strings
GEN['huge-name-2mib'] = j(doc([seq(good, name="A" * (2 * 1024 * 1024))]))
GEN['huge-key-2mib'] = valid.replace(b'"template": "Introduction"', b'"' + b'k' * (2 * 1024 * 1024) + b'": 1, "template": "Introduction"')
GEN['huge-unterminated-string'] = b'{"format": "' + b'x' * (3 * 1024 * 1024)
# too many steps
many = [st("s%d" % i, "task", next="s%d" % (i + 1)) for i in range(100001)]
many[-1].pop("next")
GEN['too-many-steps'] = json.dumps(doc([seq(many)]), separators=(',', ':')).encode()
# drafts: rule/param problems import as inactive drafts
F['draft-wait-last'] = j(doc([seq([st("a", "automatedEmail", params={"template": "Introduction"}, next="w"), st("w", "wait", params={"days": 2, "hours": 0})])]))
F['draft-missing-template'] = j(doc([seq([st("a", "automatedEmail", next="b"), st("b", "phoneCall")])]))
F['draft-wait-too-long'] = j(doc([seq([st("a", "task", next="w"), st("w", "wait", params={"days": 400, "hours": 0}, next="b"), st("b", "phoneCall")])]))
F['draft-unknown-record-field'] = j(doc([seq([st("a", "task", next="u"), st("u", "updateField", params={"field": "noSuchField", "value": "x"})])]))
# duplicate sequence ids in one bundle: the second gets a new id, both import
F['imports-duplicate-sequence-ids'] = j(doc([seq(good, name="First"), seq(good, name="Second")]))

for name, data in F.items():
    with open(os.path.join(out, name + '.sequence.json'), 'wb') as f:
        f.write(data)
print(len(F))
