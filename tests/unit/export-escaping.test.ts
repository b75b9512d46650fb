import { describe, expect, it } from 'vitest';

import { csvField, toCsv } from '../../src/model/export/csv';
import { escapeInline, escapeLines } from '../../src/model/export/markdown';

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['a=b', 'a=b'],
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['\n=HYPERLINK("x")', `"'\n=HYPERLINK(""x"")"`],
    ['\r\n+1', `"'\r\n+1"`],
    ['\u00a0=1', "'\u00a0=1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    [' plain', ' plain'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are and nothing for missing values', () => {
    expect([csvField(-3), csvField(20), csvField(null), csvField(undefined)]).toEqual(['-3', '20', '', '']);
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('Markdown escaping', () => {
  it('escapes inline markup and joins lines', () => {
    expect(escapeInline('**bold** _it_ `code` [link](u) <b>x</b> a|b ~~s~~ &amp; #1\nnext')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](u) \\<b\\>x\\</b\\> a\\|b \\~\\~s\\~\\~ \\&amp; \\#1 next',
    );
  });

  it('escapes what would start a block at the start of a line', () => {
    expect(
      escapeLines('- item\n+ item\n* item\n1. one\n2) two\n> quote\n# heading\n===\n    code\nplain'),
    ).toEqual([
      '\\- item',
      '\\+ item',
      '\\* item',
      '1\\. one',
      '2\\) two',
      '\\> quote',
      '\\# heading',
      '\\===',
      'code',
      'plain',
    ]);
  });
});
