import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'duplicate-option';

describe(RULE, () => {
  test('every occurrence but the last in a group is reported, across reopened sections and dash spellings', () => {
    const { text, diagnostics } = lintFixture('conf/duplicate-option-bad.conf');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.severity, d.range, d.tags, d.message]), [
      ['warning', rangeOf(text, 'workers'), ['unnecessary'], "'workers' is set again on line 9; oslo.config uses that last value, so this line is ignored."],
      ['warning', rangeOf(text, 'log_file'), ['unnecessary'], "'log_file' is set again on line 12; oslo.config uses that last value, so this line is ignored."],
    ]);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, text.replace('workers = 4\n', ''));
    assert.equal(only(lintText('magnum.conf', fixed), RULE).length, 1);
  });

  test('never echoes the value of a secret option', () => {
    const found = only(lintText('magnum.conf', '[DEFAULT]\ntransport_url = rabbit://u:ONE@h.example.com\ntransport_url = rabbit://u:TWO@h.example.com\n'), RULE);
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0].message + found[0].fixes.map((f) => f.title).join(), /ONE|TWO/);
  });

  test('different groups and multi-valued options are fine', () => {
    assert.deepEqual(only(lintFixture('conf/duplicate-option-good.conf').diagnostics, RULE), []);
  });
});
