/** The magnum-conf TextMate grammar, tokenized by the same engine VS Code uses (vscode-textmate + oniguruma). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { REPO_ROOT } from '../support/fixtures';

const GRAMMAR = join(REPO_ROOT, 'syntaxes', 'magnum-conf.tmLanguage.json');

/** [text, innermost scope] per token of every line; tokens without a scope of ours are left out. */
function tokenize(grammar: IGrammar, text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let stack = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const scope = token.scopes[token.scopes.length - 1];
      const piece = line.slice(token.startIndex, token.endIndex);
      if (scope !== 'source.magnum-conf' && piece.trim() !== '') out.push([piece.trim(), scope]);
    }
    stack = result.ruleStack;
  }
  return out;
}

describe('magnum-conf TextMate grammar', () => {
  let grammar: IGrammar;

  before(async () => {
    await loadWASM(readFileSync(join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
      loadGrammar: async () => parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
    });
    const loaded = await registry.loadGrammar('source.magnum-conf');
    assert.ok(loaded, 'the grammar loads');
    grammar = loaded;
  });

  test('sections, keys, separators, values and column-1 comments', () => {
    const text = '# magnum.conf\n[DEFAULT]\ndebug = true\n[keystone_authtoken]\nauth_url: http://ctl:5000/v3\n; old style\nworkers=4\n';
    assert.deepEqual(tokenize(grammar, text), [
      ['#', 'punctuation.definition.comment.magnum-conf'],
      ['magnum.conf', 'comment.line.number-sign.magnum-conf'],
      ['[', 'punctuation.definition.section.begin.magnum-conf'],
      ['DEFAULT', 'entity.name.section.default.magnum-conf'],
      [']', 'punctuation.definition.section.end.magnum-conf'],
      ['debug', 'variable.other.key.magnum-conf'],
      ['=', 'punctuation.separator.key-value.magnum-conf'],
      ['true', 'constant.language.boolean.magnum-conf'],
      ['[', 'punctuation.definition.section.begin.magnum-conf'],
      ['keystone_authtoken', 'entity.name.section.magnum-conf'],
      [']', 'punctuation.definition.section.end.magnum-conf'],
      ['auth_url', 'variable.other.key.magnum-conf'],
      [':', 'punctuation.separator.key-value.magnum-conf'],
      ['http://ctl:5000/v3', 'string.unquoted.value.magnum-conf'],
      [';', 'punctuation.definition.comment.magnum-conf'],
      ['old style', 'comment.line.number-sign.magnum-conf'],
      ['workers', 'variable.other.key.magnum-conf'],
      ['=', 'punctuation.separator.key-value.magnum-conf'],
      ['4', 'constant.numeric.magnum-conf'],
    ]);
  });

  test('no inline comments: `#` after a value is value text', () => {
    assert.deepEqual(tokenize(grammar, '[a]\nkey = v # not a comment\n').slice(3), [
      ['key', 'variable.other.key.magnum-conf'],
      ['=', 'punctuation.separator.key-value.magnum-conf'],
      ['v # not a comment', 'string.unquoted.value.magnum-conf'],
    ]);
  });

  test('continuation lines extend the value above; after a blank line they are errors', () => {
    const text = '[a]\nkey = first\n  second\n\n  stray\n';
    assert.deepEqual(tokenize(grammar, text).slice(3), [
      ['key', 'variable.other.key.magnum-conf'],
      ['=', 'punctuation.separator.key-value.magnum-conf'],
      ['first', 'string.unquoted.value.magnum-conf'],
      ['second', 'string.unquoted.value.magnum-conf'],
      ['stray', 'invalid.illegal.continuation.magnum-conf'],
    ]);
  });

  test('substitutions, and lines oslo.config cannot parse', () => {
    const text = '[a]\nurl = http://$host:${b.port}/\nno separator here\n[broken\n';
    assert.deepEqual(tokenize(grammar, text).slice(3), [
      ['url', 'variable.other.key.magnum-conf'],
      ['=', 'punctuation.separator.key-value.magnum-conf'],
      ['http://', 'string.unquoted.value.magnum-conf'],
      ['$host', 'variable.other.substitution.magnum-conf'],
      [':', 'string.unquoted.value.magnum-conf'],
      ['${b.port}', 'variable.other.substitution.magnum-conf'],
      ['/', 'string.unquoted.value.magnum-conf'],
      ['no separator here', 'invalid.illegal.assignment.magnum-conf'],
      ['[broken', 'invalid.illegal.section.magnum-conf'],
    ]);
  });
});
