#!/usr/bin/python3
"""Heat's verdict as stack create gives it: the shared oracle (../shared/tools/heat_oracle.py, which runs
Heat's `template validate`), but with Stack.validate() in full, so each resource type's own validate()
runs too (OS::Cinder::Volume's size-or-source check is one that `template validate` skips).
Usage: heat_create_oracle.py [--fill] FILE...  -> one line per file: "FILE OK" or "FILE ERR <Exception> <message>"
"""
import os, sys
sys.path.insert(0, os.environ.get('HEAT_ORACLE_DIR') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'tools'))
argv, sys.argv = sys.argv[1:], [sys.argv[0]]
import heat_oracle as oracle  # runs nothing without file arguments

full_validate = oracle.stk.Stack.validate
oracle.stk.Stack.validate = lambda self, ignorable_errors=None, validate_res_tmpl_only=False: full_validate(self, ignorable_errors)
fill = '--fill' in argv
for path in [a for a in argv if a != '--fill']:
    try:
        oracle.check(path, fill)
        print(path, 'OK')
    except Exception as e:
        print(path, 'ERR', type(e).__name__, str(e).replace('\n', ' ')[:300])
